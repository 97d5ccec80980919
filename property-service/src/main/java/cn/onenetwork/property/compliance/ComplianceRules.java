package cn.onenetwork.property.compliance;

import cn.onenetwork.property.compliance.ComplianceFacts.ConcurrentPost;
import cn.onenetwork.property.compliance.ComplianceFacts.Occupant;
import cn.onenetwork.property.compliance.ComplianceFacts.Periods;
import cn.onenetwork.property.compliance.ComplianceFacts.Person;
import cn.onenetwork.property.compliance.ComplianceFacts.Room;
import cn.onenetwork.property.compliance.ComplianceFacts.Seat;
import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.rules.Entitlements;
import cn.onenetwork.rules.Entitlements.Posts;
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
                List<FindingDetail> who = room.occupants().stream()
                        .map(o -> FindingDetail.of(PropertyText.OCCUPANT, o.name(), o.rank(), area(o.standard().area()))).toList();
                List<Occupant> capped = room.occupants().stream().filter(o -> o.standard().ceilingReason() != null).toList();
                FindingDetail detail = capped.isEmpty()
                        ? FindingDetail.of(PropertyText.FINDING_OFFICE_OVER_STANDARD, room.number(), area(room.useArea()), who, area(entitled))
                        : FindingDetail.of(PropertyText.FINDING_OFFICE_OVER_STANDARD_CAPPED, room.number(), area(room.useArea()), who, area(entitled),
                                capped.stream().map(Occupant::rank).distinct().toList(), area(capped.get(0).standard().area()));
                findings.add(new Finding(shared ? Rule.SHARED_OFFICE_OVER_STANDARD : Rule.OFFICE_OVER_STANDARD, roomKey(room.id()),
                        room.id(), shared ? null : room.occupants().get(0).personId(), area(excess), since, detail));
            }
        }
        if (room.category() == RoomCategory.TECHNICAL && !room.occupants().isEmpty()) {
            BigDecimal area = room.buildingArea() != null ? room.buildingArea() : room.useArea();
            LocalDate since = room.occupants().stream().map(Occupant::seatedSince).min(Comparator.naturalOrder()).orElseThrow();
            findings.add(new Finding(Rule.OFFICE_IN_TECHNICAL_ROOM, roomKey(room.id()), room.id(), null, area(area), since,
                    FindingDetail.of(PropertyText.FINDING_OFFICE_IN_TECHNICAL_ROOM, room.number(), room.occupants().stream().map(Occupant::name).toList())));
        }
        if (room.holder() != null) {
            ComplianceFacts.Holder holder = room.holder();
            List<Occupant> others = room.occupants().stream().filter(o -> !holder.agencyId().equals(o.unitId())).toList();
            if (!others.isEmpty()) {
                LocalDate since = later(holder.from(), others.stream().map(Occupant::seatedSince).min(Comparator.naturalOrder()).orElseThrow());
                findings.add(new Finding(Rule.USED_BY_ANOTHER_UNIT, roomKey(room.id()), room.id(), null, area(room.useArea()), since,
                        FindingDetail.of(PropertyText.FINDING_USED_BY_ANOTHER_UNIT, room.number(), holder.agencyName(),
                                others.stream().map(Occupant::name).toList())));
            }
            if (holder.approvedUse() != room.category()) {
                LocalDate since = later(holder.from(), room.categorySince());
                findings.add(new Finding(Rule.FUNCTION_CHANGED, roomKey(room.id()), room.id(), null, area(room.useArea()), since,
                        FindingDetail.of(PropertyText.FINDING_FUNCTION_CHANGED, room.number(), holder.agencyName(),
                                label("CATEGORY", holder.approvedUse()), label("CATEGORY", room.category()))));
            }
        }
        if (room.status() == RoomStatus.IDLE) {
            LocalDate limit = room.idleSince().plusMonths(periods.idleMonths());
            if (today.isAfter(limit)) {
                findings.add(new Finding(Rule.IDLE_OVER_LIMIT, roomKey(room.id()), room.id(), null, area(room.useArea()), limit.plusDays(1),
                        FindingDetail.of(PropertyText.FINDING_IDLE_OVER_LIMIT, room.number(), room.idleSince(), periods.idleMonths())));
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
                        FindingDetail.of(PropertyText.FINDING_NOT_VACATED_AFTER_DEPARTURE, person.name(), label("STATUS", person.status()),
                                person.statusSince(), rooms(person.openSeats()), deadline)));
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
                            FindingDetail.of(PropertyText.FINDING_NOT_VACATED_AFTER_CONCURRENT_POST, person.name(), post.endsOn(), seat.roomNumber(),
                                    deadline)));
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
        List<Posts> capped = unit.staffing().stream().filter(p -> p.approved() > 0 && p.standard().ceilingReason() != null).toList();
        List<String> cappedRanks = capped.stream().map(Posts::rank).distinct().toList();
        if (officeExcess.signum() > 0) {
            findings.add(new Finding(Rule.UNIT_OFFICE_OVER_ENTITLEMENT, unitKey(unit.agencyId()), null, null, area(officeExcess), unit.heldSince(),
                    capped.isEmpty()
                            ? FindingDetail.of(PropertyText.FINDING_UNIT_OFFICE_OVER_ENTITLEMENT, unit.name(), area(unit.officeArea()), e.approvedPosts(),
                                    e.office())
                            : FindingDetail.of(PropertyText.FINDING_UNIT_OFFICE_OVER_ENTITLEMENT_CAPPED, unit.name(), area(unit.officeArea()),
                                    e.approvedPosts(), e.office(), cappedRanks, area(capped.get(0).standard().area()))));
        }
        if (e.basic() != null) {
            BigDecimal basicExcess = unit.basicArea().subtract(e.basic());
            if (basicExcess.signum() > 0) {
                findings.add(new Finding(Rule.UNIT_BASIC_SPACE_OVER_ENTITLEMENT, unitKey(unit.agencyId()), null, null, area(basicExcess),
                        unit.heldSince(), capped.isEmpty()
                                ? FindingDetail.of(PropertyText.FINDING_UNIT_BASIC_SPACE_OVER_ENTITLEMENT, unit.name(), area(unit.basicArea()), e.office(),
                                        e.approvedPosts(), e.basic())
                                : FindingDetail.of(PropertyText.FINDING_UNIT_BASIC_SPACE_OVER_ENTITLEMENT_CAPPED, unit.name(), area(unit.basicArea()),
                                        e.office(), e.approvedPosts(), e.basic(), cappedRanks, area(capped.get(0).standard().area()))));
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
                FindingDetail.of(PropertyText.FINDING_MORE_THAN_ONE_OFFICE, person.name(), offices.size(), rooms(offices), approvedActive.size())));
    }

    /** Where a ceiling stood in for the standard of a staffed rank, why, in the reader's language. */
    public static List<FindingDetail> ceilings(ComplianceFacts.Unit unit) {
        return unit.staffing().stream().filter(p -> p.approved() > 0 && p.standard() != null && p.standard().ceilingReason() != null)
                .map(p -> FindingDetail.of(PropertyText.TOWNSHIP_CEILING, p.rank(), area(p.standard().area()))).distinct().toList();
    }

    private static List<String> rooms(List<Seat> seats) {
        return seats.stream().map(Seat::roomNumber).filter(Objects::nonNull).toList();
    }

    private static FindingDetail label(String prefix, Enum<?> value) {
        return FindingDetail.of(PropertyText.label(prefix, value));
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
