package cn.onenetwork.property.compliance;

import cn.onenetwork.property.compliance.ComplianceFacts.ConcurrentPost;
import cn.onenetwork.property.compliance.ComplianceFacts.Occupant;
import cn.onenetwork.property.compliance.ComplianceFacts.Periods;
import cn.onenetwork.property.compliance.ComplianceFacts.Person;
import cn.onenetwork.property.compliance.ComplianceFacts.Room;
import cn.onenetwork.property.compliance.ComplianceFacts.Seat;
import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.rules.Entitlements;
import cn.onenetwork.rules.Entitlements.UnitEntitlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The area-standard checks of domain.md §4 as plain functions of the facts and the day. Every
 * excess is reported, however small: "a square metre or two over" is exactly what they exist to find.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static List<Finding> checkRoom(Room room, LocalDate today, Periods periods) {
        List<Finding> findings = new ArrayList<>();
        if (room.category() == RoomCategory.OFFICE && !room.occupants().isEmpty()
                && room.occupants().stream().allMatch(o -> o.standard() != null)) {
            BigDecimal entitled = room.occupants().stream().map(o -> o.standard().area()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal excess = room.useArea().subtract(entitled);
            if (excess.signum() > 0) {
                boolean shared = room.occupants().size() > 1;
                LocalDate since = room.occupants().stream().map(Occupant::seatedSince).max(Comparator.naturalOrder()).orElseThrow();
                String who = room.occupants().stream().map(o -> o.name() + " (" + o.rank() + " " + area(o.standard().area()) + " m²)")
                        .collect(Collectors.joining(", "));
                String ceilings = ceilingReasons(room.occupants().stream().map(o -> o.standard().ceilingReason()).toList());
                findings.add(new Finding(shared ? Rule.SHARED_OFFICE_OVER_STANDARD : Rule.OFFICE_OVER_STANDARD, roomKey(room.id()),
                        room.id(), shared ? null : room.occupants().get(0).personId(), area(excess), since,
                        "Room " + room.number() + " has " + area(room.useArea()) + " m² of use area; the standard for " + who
                                + " is " + area(entitled) + " m²" + ceilings));
            }
        }
        if (room.category() == RoomCategory.TECHNICAL && !room.occupants().isEmpty()) {
            BigDecimal area = room.buildingArea() != null ? room.buildingArea() : room.useArea();
            LocalDate since = room.occupants().stream().map(Occupant::seatedSince).min(Comparator.naturalOrder()).orElseThrow();
            findings.add(new Finding(Rule.OFFICE_IN_TECHNICAL_ROOM, roomKey(room.id()), room.id(), null, area(area), since,
                    "Technical room " + room.number() + " is used as an office by "
                            + room.occupants().stream().map(Occupant::name).collect(Collectors.joining(", "))));
        }
        if (room.holder() != null) {
            ComplianceFacts.Holder holder = room.holder();
            List<Occupant> others = room.occupants().stream().filter(o -> !holder.agencyId().equals(o.unitId())).toList();
            if (!others.isEmpty()) {
                LocalDate since = later(holder.from(), others.stream().map(Occupant::seatedSince).min(Comparator.naturalOrder()).orElseThrow());
                findings.add(new Finding(Rule.USED_BY_ANOTHER_UNIT, roomKey(room.id()), room.id(), null, area(room.useArea()), since,
                        "Room " + room.number() + " is held by " + holder.agencyName() + " but used by "
                                + others.stream().map(Occupant::name).collect(Collectors.joining(", ")) + " of another unit"));
            }
            if (holder.approvedUse() != room.category()) {
                LocalDate since = later(holder.from(), room.categorySince());
                findings.add(new Finding(Rule.FUNCTION_CHANGED, roomKey(room.id()), room.id(), null, area(room.useArea()), since,
                        "Room " + room.number() + " was approved to " + holder.agencyName() + " as " + holder.approvedUse()
                                + " and is registered as " + room.category()));
            }
        }
        if (room.status() == RoomStatus.IDLE) {
            LocalDate limit = room.idleSince().plusMonths(periods.idleMonths());
            if (today.isAfter(limit)) {
                findings.add(new Finding(Rule.IDLE_OVER_LIMIT, roomKey(room.id()), room.id(), null, area(room.useArea()), limit.plusDays(1),
                        "Room " + room.number() + " has been idle since " + room.idleSince() + ", more than " + periods.idleMonths() + " months"));
            }
        }
        return findings;
    }

    public static List<Finding> checkPerson(Person person, LocalDate today, Periods periods) {
        List<Finding> findings = new ArrayList<>();
        if (person.status().hasLeft() && !person.openSeats().isEmpty()) {
            LocalDate deadline = person.statusSince().plusMonths(periods.vacateAfterDepartureMonths());
            if (today.isAfter(deadline)) {
                findings.add(new Finding(Rule.NOT_VACATED_AFTER_DEPARTURE, personKey(person.id()), null, person.id(),
                        totalArea(person.openSeats()), deadline.plusDays(1),
                        person.name() + " is " + person.status() + " since " + person.statusSince() + " and still holds "
                                + rooms(person.openSeats()) + "; the deadline was " + deadline));
            }
        }
        Map<UUID, ConcurrentPost> posts = person.posts().stream().collect(Collectors.toMap(ConcurrentPost::id, Function.identity()));
        for (Seat seat : person.openSeats()) {
            ConcurrentPost post = seat.concurrentPostId() == null ? null : posts.get(seat.concurrentPostId());
            if (post != null && post.endsOn() != null) {
                LocalDate deadline = post.endsOn().plusMonths(periods.vacateAfterConcurrentPostMonths());
                if (today.isAfter(deadline)) {
                    findings.add(new Finding(Rule.NOT_VACATED_AFTER_CONCURRENT_POST, "seat:" + seat.id(), seat.roomId(), person.id(),
                            area(seat.useArea()), deadline.plusDays(1),
                            person.name() + "'s concurrent post ended on " + post.endsOn() + " but room " + seat.roomNumber()
                                    + " is still held; the deadline was " + deadline));
                }
            }
        }
        if (!person.status().hasLeft()) {
            extraOffices(person, today).ifPresent(findings::add);
        }
        return findings;
    }

    /** The unit's entitlement by the one rule allocation sizes requests by too. */
    public static Optional<UnitEntitlement> entitlement(ComplianceFacts.Unit unit) {
        return Entitlements.of(unit.staffing(), unit.allowance());
    }

    /** Per unit: the space held against {@link #entitlement}; a unit holding nothing is not judged. */
    public static List<Finding> checkUnit(ComplianceFacts.Unit unit) {
        Optional<UnitEntitlement> entitled = entitlement(unit);
        if (unit.basicArea().signum() == 0 || entitled.isEmpty()) {
            return List.of();
        }
        UnitEntitlement e = entitled.get();
        List<Finding> findings = new ArrayList<>();
        BigDecimal officeExcess = unit.officeArea().subtract(e.office());
        if (officeExcess.signum() > 0) {
            findings.add(new Finding(Rule.UNIT_OFFICE_OVER_ENTITLEMENT, unitKey(unit.agencyId()), null, null, area(officeExcess), unit.heldSince(),
                    unit.name() + " holds " + area(unit.officeArea()) + " m² of offices; " + e.approvedPosts() + " approved posts are entitled to "
                            + e.office() + " m²" + ceilingReasons(e.ceilingReasons())));
        }
        if (e.basic() != null) {
            BigDecimal basicExcess = unit.basicArea().subtract(e.basic());
            if (basicExcess.signum() > 0) {
                findings.add(new Finding(Rule.UNIT_BASIC_SPACE_OVER_ENTITLEMENT, unitKey(unit.agencyId()), null, null, area(basicExcess),
                        unit.heldSince(), unit.name() + " holds " + area(unit.basicArea()) + " m² of basic office space; the entitlement is "
                                + e.office() + " m² of offices plus the service and equipment allowance of " + e.approvedPosts()
                                + " approved posts = " + e.basic() + " m²" + ceilingReasons(e.ceilingReasons())));
            }
        }
        return findings;
    }

    /** One office; one more for each approved concurrent post in force. */
    private static Optional<Finding> extraOffices(Person person, LocalDate today) {
        List<Seat> offices = person.openSeats().stream().filter(s -> s.category() == RoomCategory.OFFICE)
                .sorted(Comparator.comparing(Seat::from).thenComparing(s -> s.id().toString())).toList();
        Set<UUID> approvedActive = person.posts().stream().filter(p -> p.approved() && p.activeOn(today)).map(ConcurrentPost::id)
                .collect(Collectors.toSet());
        Set<UUID> postsUsed = new HashSet<>();
        List<Seat> unexplained = new ArrayList<>();
        for (Seat seat : offices) {
            UUID post = seat.concurrentPostId();
            if (post != null && approvedActive.contains(post) && postsUsed.add(post)) {
                continue;
            }
            unexplained.add(seat);
        }
        if (unexplained.size() <= 1) {
            return Optional.empty();
        }
        List<Seat> extras = unexplained.subList(1, unexplained.size());
        LocalDate since = extras.stream().map(Seat::from).min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Finding(Rule.MORE_THAN_ONE_OFFICE, personKey(person.id()), null, person.id(), totalArea(extras), since,
                person.name() + " holds " + offices.size() + " offices (" + rooms(offices) + ") with "
                        + approvedActive.size() + " approved concurrent post(s) in force"));
    }

    /** The reasons a ceiling stood in for a rank's own standard, as a sentence to append to a finding; empty without one. */
    private static String ceilingReasons(List<String> reasons) {
        List<String> given = reasons.stream().filter(Objects::nonNull).distinct().toList();
        return given.isEmpty() ? "" : " (" + String.join("; ", given) + ")";
    }

    private static String rooms(List<Seat> seats) {
        return seats.stream().map(Seat::roomNumber).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static BigDecimal totalArea(List<Seat> seats) {
        return area(seats.stream().map(Seat::useArea).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal area(BigDecimal value) {
        return Entitlements.area(value);
    }

    public static String roomKey(UUID roomId) {
        return "room:" + roomId;
    }

    public static String unitKey(UUID agencyId) {
        return "agency:" + agencyId;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public static String personKey(UUID personId) {
        return "person:" + personId;
    }
}
