package cn.onenetwork.property.compliance;

import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.agency.Agency;
import cn.onenetwork.property.holding.RoomHolding;
import cn.onenetwork.property.room.Room;
import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.staff.ConcurrentPost;
import cn.onenetwork.property.staff.Person;
import cn.onenetwork.property.staff.Seat;
import cn.onenetwork.rules.Entitlements.Posts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the findings equal to what the rules find today. Every change to rooms, people, posts and
 * seats calls {@link #recompute} in its own transaction, so findings never lag the registry; a daily
 * sweep catches deadlines that pass without any change. Each opened, changed or resolved finding is
 * published as an event.
 */
@ApplicationScoped
public class ComplianceService {

    static final Set<Rule> ROOM_RULES = EnumSet.of(Rule.OFFICE_OVER_STANDARD, Rule.SHARED_OFFICE_OVER_STANDARD,
            Rule.OFFICE_IN_TECHNICAL_ROOM, Rule.IDLE_OVER_LIMIT, Rule.USED_BY_ANOTHER_UNIT, Rule.FUNCTION_CHANGED);
    static final Set<Rule> PERSON_RULES = EnumSet.of(Rule.MORE_THAN_ONE_OFFICE, Rule.NOT_VACATED_AFTER_DEPARTURE,
            Rule.NOT_VACATED_AFTER_CONCURRENT_POST);
    static final Set<Rule> UNIT_RULES = EnumSet.of(Rule.UNIT_OFFICE_OVER_ENTITLEMENT, Rule.UNIT_BASIC_SPACE_OVER_ENTITLEMENT);

    @Inject
    EntityManager entityManager;

    @Inject
    AreaStandards standards;

    @Inject
    Outbox outbox;

    @Inject
    PlatformClockProvider clock;

    public LocalDate today() {
        return clock.today();
    }

    /** Rechecks the rooms and people given, the rooms those people sit in (their standards count there) and the rooms' holders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Set<UUID> roomIds, Set<UUID> personIds) {
        recompute(roomIds, personIds, Set.of());
    }

    /** As {@link #recompute(Set, Set)}, and also the units given, against their entitlement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Set<UUID> roomIds, Set<UUID> personIds, Set<UUID> agencyIds) {
        LocalDate today = today();
        Set<UUID> units = new LinkedHashSet<>(agencyIds);
        ComplianceFacts.Periods periods = standards.periods(today);
        Set<UUID> rooms = new LinkedHashSet<>(roomIds);
        for (UUID personId : personIds) {
            Seat.<Seat>list("personId = ?1 and toDate is null", personId).forEach(s -> rooms.add(s.roomId));
        }
        for (UUID roomId : rooms) {
            Room room = Room.findById(roomId);
            if (room != null) {
                List<Person> occupants = new ArrayList<>();
                RoomHolding holding = RoomHolding.current(room.id);
                ComplianceFacts.Room facts = roomFacts(room, holding, today, occupants);
                String agency = holding != null ? holding.agencyCode
                        : occupants.stream().map(p -> p.agencyCode).distinct().count() == 1 ? occupants.get(0).agencyCode : null;
                if (holding != null) {
                    units.add(holding.agencyId);
                }
                // A retired room no longer exists: its open findings are resolved, their history stays.
                List<Finding> found = room.retiredOn != null ? List.of() : ComplianceRules.checkRoom(facts, today, periods);
                reconcile(found, openFindings("subjectKey", ComplianceRules.roomKey(roomId), ROOM_RULES),
                        room.divisionCode, agency);
            }
        }
        for (UUID personId : personIds) {
            Person person = Person.findById(personId);
            if (person != null) {
                reconcile(ComplianceRules.checkPerson(personFacts(person), today, periods), openFindings("personId", personId, PERSON_RULES),
                        person.divisionCode, person.agencyCode);
            }
        }
        for (UUID agencyId : units) {
            Agency agency = Agency.findById(agencyId);
            if (agency != null) {
                reconcile(ComplianceRules.checkUnit(unitFacts(agency, today)),
                        openFindings("subjectKey", ComplianceRules.unitKey(agencyId), UNIT_RULES), agency.divisionCode, agency.creditCode);
            }
        }
    }

    /** The unit's open holdings summed by category, its approved staffing with the standards in force, and its allowance. */
    public ComplianceFacts.Unit unitFacts(Agency agency, LocalDate today) {
        Object[] held = (Object[]) entityManager.createNativeQuery("""
                SELECT coalesce(sum(r.use_area) FILTER (WHERE r.category = 'OFFICE'), 0),
                       coalesce(sum(r.use_area) FILTER (WHERE r.category IN ('OFFICE', 'SERVICE', 'EQUIPMENT')), 0),
                       max(h.from_date)
                FROM room_holding h JOIN room r ON r.id = h.room_id
                WHERE h.agency_id = ?1 AND h.to_date IS NULL AND r.retired_on IS NULL
                """).setParameter(1, agency.id).getSingleResult();
        List<Posts> staffing = agency.approvedStaffing.entrySet().stream()
                .map(e -> new Posts(e.getKey(), e.getValue(),
                        standards.standard(agency.level, e.getKey(), agency.divisionCode, today)))
                .toList();
        return new ComplianceFacts.Unit(agency.id, agency.name, staffing, standards.allowance(agency.level, agency.divisionCode, today),
                (BigDecimal) held[0], (BigDecimal) held[1], held[2] == null ? today : (LocalDate) held[2]);
    }

    /** The people with an open seat in the room. */
    public Set<UUID> peopleSeatedIn(UUID roomId) {
        Set<UUID> people = new HashSet<>();
        Seat.<Seat>list("roomId = ?1 and toDate is null", roomId).forEach(s -> people.add(s.personId));
        return people;
    }

    private ComplianceFacts.Room roomFacts(Room room, RoomHolding holding, LocalDate today, List<Person> occupants) {
        List<ComplianceFacts.Occupant> list = new ArrayList<>();
        for (Seat seat : Seat.<Seat>list("roomId = ?1 and toDate is null", room.id)) {
            Person person = Person.findById(seat.personId);
            occupants.add(person);
            ConcurrentPost post = seat.concurrentPostId == null ? null : ConcurrentPost.findById(seat.concurrentPostId);
            list.add(new ComplianceFacts.Occupant(person.id, person.name, person.rankCode,
                    standards.standard(person.level, person.rankCode, person.divisionCode, today), seat.fromDate,
                    post != null ? post.agencyId : person.agencyId));
        }
        ComplianceFacts.Holder holder = null;
        if (holding != null) {
            Agency agency = Agency.findById(holding.agencyId);
            holder = new ComplianceFacts.Holder(holding.agencyId, agency != null ? agency.name : holding.agencyCode,
                    RoomCategory.valueOf(holding.approvedUse), holding.fromDate);
        }
        return new ComplianceFacts.Room(room.id, room.number, room.category, room.categorySince, room.useArea, room.buildingArea, room.status,
                room.statusSince, holder, list, holding == null ? RoomHolding.lastEnd(room.id) : null);
    }

    private ComplianceFacts.Person personFacts(Person person) {
        List<ComplianceFacts.Seat> seats = new ArrayList<>();
        for (Seat seat : Seat.<Seat>list("personId = ?1 and toDate is null", person.id)) {
            Room room = Room.findById(seat.roomId);
            seats.add(new ComplianceFacts.Seat(seat.id, room.id, room.number, room.category, room.useArea, seat.fromDate, seat.concurrentPostId));
        }
        List<ComplianceFacts.ConcurrentPost> posts = ConcurrentPost.<ConcurrentPost>list("personId", person.id).stream()
                .map(p -> new ComplianceFacts.ConcurrentPost(p.id, p.approved, p.startsOn, p.endsOn)).toList();
        return new ComplianceFacts.Person(person.id, person.name, person.status, person.statusSince, seats, posts);
    }

    private Map<String, ComplianceFinding> openFindings(String field, Object value, Set<Rule> rules) {
        Map<String, ComplianceFinding> open = new HashMap<>();
        ComplianceFinding.<ComplianceFinding>list(field + " = ?1 and status = ?2 and rule in ?3", value, ComplianceFinding.OPEN, rules)
                .forEach(f -> open.put(f.rule + "|" + f.subjectKey, f));
        return open;
    }

    private void reconcile(List<Finding> found, Map<String, ComplianceFinding> open, String divisionCode, String agencyCode) {
        OffsetDateTime now = clock.now();
        for (Finding finding : found) {
            ComplianceFinding stored = open.remove(finding.rule() + "|" + finding.subjectKey());
            if (stored == null) {
                stored = new ComplianceFinding();
                stored.id = UUID.randomUUID();
                stored.rule = finding.rule();
                stored.subjectKey = finding.subjectKey();
                stored.status = ComplianceFinding.OPEN;
                stored.foundAt = now;
                copy(finding, stored, divisionCode, agencyCode);
                stored.persist();
                entityManager.flush();
                outbox.publish(FindingView.TOPIC, stored.id.toString(), FindingView.OPENED, FindingView.event(stored));
            } else if (differs(finding, stored, divisionCode, agencyCode)) {
                copy(finding, stored, divisionCode, agencyCode);
                entityManager.flush();
                outbox.publish(FindingView.TOPIC, stored.id.toString(), FindingView.CHANGED, FindingView.event(stored));
            }
        }
        for (ComplianceFinding gone : open.values()) {
            gone.status = ComplianceFinding.RESOLVED;
            gone.resolvedAt = now;
            entityManager.flush();
            outbox.publish(FindingView.TOPIC, gone.id.toString(), FindingView.RESOLVED, FindingView.event(gone));
        }
    }

    private static boolean differs(Finding f, ComplianceFinding stored, String divisionCode, String agencyCode) {
        return stored.excessArea.compareTo(f.excessArea()) != 0 || !stored.since.equals(f.since()) || !stored.detail().equals(f.detail())
                || !Objects.equals(stored.roomId, f.roomId()) || !Objects.equals(stored.personId, f.personId())
                || !stored.divisionCode.equals(divisionCode) || !Objects.equals(stored.agencyCode, agencyCode);
    }

    private static void copy(Finding f, ComplianceFinding stored, String divisionCode, String agencyCode) {
        stored.roomId = f.roomId();
        stored.personId = f.personId();
        stored.excessArea = f.excessArea();
        stored.since = f.since();
        stored.detailKey = f.detail().key().name();
        stored.detailValues = f.detail().values();
        stored.divisionCode = divisionCode;
        stored.agencyCode = agencyCode;
    }
}
