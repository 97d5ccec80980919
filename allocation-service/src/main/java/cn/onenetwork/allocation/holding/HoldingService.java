package cn.onenetwork.allocation.holding;

import cn.onenetwork.allocation.holding.HoldingApi.HoldingEnd;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingInput;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingPage;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingView;
import cn.onenetwork.allocation.pool.PoolOpenings;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.allocation.room.RoomCategory;
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class HoldingService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    PoolOpenings pools;

    @Inject
    Event<HoldingEnded> ended;

    public Holding visible(UUID id) {
        Holding holding = id == null ? null : Holding.findById(id);
        if (holding == null || !scope.canRead(holding.divisionCode, holding.agencyCode)) {
            throw ProblemException.notFound(AllocationText.KIND_HOLDING, id);
        }
        return holding;
    }

    public HoldingView view(Holding h) {
        return view(h, RegistryRoom.findById(h.roomId));
    }

    private static HoldingView view(Holding h, RegistryRoom room) {
        return new HoldingView(h.id, h.roomId, room.number, room.useArea, h.agencyId, h.agencyCode, h.divisionCode, h.basis, h.approvedUse,
                h.reference, h.fromDate, h.toDate, h.endReason, h.version);
    }

    public HoldingPage list(UUID agencyId, UUID roomId, boolean currentOnly, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andEquals("roomId", roomId)
                .andWhere(currentOnly, "toDate is null").after("id", Cursors.decodeUuid(cursor));
        List<Holding> rows = Holding.find(query.query(), query.params()).page(0, size + 1).list();
        // The page's rooms in one query, not one each.
        Map<UUID, RegistryRoom> rooms = new HashMap<>();
        if (!rows.isEmpty()) {
            RegistryRoom.<RegistryRoom>list("id in ?1", rows.stream().map(h -> h.roomId).distinct().toList()).forEach(r -> rooms.put(r.id, r));
        }
        Cursors.Slice<HoldingView> page = Cursors.slice(rows, size, h -> view(h, rooms.get(h.roomId)), HoldingView::id);
        return new HoldingPage(page.items(), page.nextCursor());
    }

    /** A bureau records existing use directly; every other basis is the outcome of its workflow, which starts the holding itself. */
    @Transactional
    public Holding record(HoldingInput input) {
        if (input.basis() != HoldingBasis.EXISTING_USE) {
            throw ProblemException.businessRule("BASIS_HAS_ITS_WORKFLOW", AllocationText.BASIS_HAS_ITS_WORKFLOW.with(AllocationText.label(input.basis())),
                    List.of(new Violation("basis", PlatformText.EXPECTED.with("EXISTING_USE"), input.basis().name())));
        }
        return start(input);
    }

    @Transactional
    public Holding start(HoldingInput input) {
        return startAll(List.of(input)).get(0);
    }

    /**
     * Starts holdings of several rooms in one transaction, as a fulfilment, a lease or an exchange hands them over: the
     * rooms, units, promises and holdings they are checked against are read once for all of them, not once a room.
     */
    @Transactional
    public List<Holding> startAll(List<HoldingInput> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        List<UUID> roomIds = inputs.stream().map(HoldingInput::roomId).distinct().toList();
        Map<UUID, RegistryRoom> rooms = new HashMap<>();
        RegistryRoom.<RegistryRoom>list("id in ?1", roomIds).forEach(r -> rooms.put(r.id, r));
        Map<UUID, UserUnit> units = new HashMap<>();
        UserUnit.<UserUnit>list("id in ?1", inputs.stream().map(HoldingInput::agencyId).distinct().toList()).forEach(u -> units.put(u.id, u));
        Map<UUID, UUID> promisedTo = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> promises = entityManager.createNativeQuery("""
                SELECT v.room_id, q.agency_id FROM room_reservation v JOIN allocation_request q ON q.id = v.request_id
                WHERE v.room_id = ANY(?1) AND v.expires_on > ?2
                """).setParameter(1, roomIds.toArray(UUID[]::new)).setParameter(2, clock.today()).getResultList();
        promises.forEach(p -> promisedTo.put((UUID) p[0], (UUID) p[1]));
        LocalDate earliest = inputs.stream().map(HoldingInput::fromDate).min(LocalDate::compareTo).orElseThrow();
        Map<UUID, List<Holding>> standing = new HashMap<>();
        Holding.<Holding>list("roomId in ?1 and (toDate is null or (toDate > ?2 and toDate > fromDate))", roomIds, earliest)
                .forEach(h -> standing.computeIfAbsent(h.roomId, r -> new ArrayList<>()).add(h));
        List<Holding> started = new ArrayList<>();
        for (HoldingInput input : inputs) {
            started.add(start(input, rooms.get(input.roomId()), units.get(input.agencyId()), promisedTo.get(input.roomId()),
                    standing.getOrDefault(input.roomId(), List.of())));
        }
        // The unique index on open holdings turns a concurrent grant of the same room into a 409 here.
        entityManager.flush();
        for (Holding h : started) {
            outbox.publish(HoldingView.TOPIC, h.roomId.toString(), HoldingView.STARTED, view(h, rooms.get(h.roomId)));
            audit.record("holding.started", "holding", h.id, units.get(h.agencyId).name + " ← room " + rooms.get(h.roomId).number + " (" + h.basis + ")");
        }
        return started;
    }

    private Holding start(HoldingInput input, RegistryRoom room, UserUnit unit, UUID promisedTo, List<Holding> standing) {
        if (room == null || !scope.canSeeDivision(room.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_ROOM, input.roomId());
        }
        // A bureau grants rooms of its own division, and those of a pool the level below opened to it.
        String grantingDivision = scope.divisionCode().equals(room.divisionCode) || !pools.usableBy(room.id, scope.divisionCode())
                ? room.divisionCode : scope.divisionCode();
        scope.requireOwnLevel(grantingDivision);
        if (room.retiredOn != null) {
            throw ProblemException.conflict("ROOM_RETIRED", AllocationText.ROOM_RETIRED.with(room.number, room.retiredOn));
        }
        if (unit == null || !scope.canSeeDivision(unit.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_UNIT, input.agencyId());
        }
        if (unit.dissolvedOn != null) {
            throw ProblemException.businessRule("UNIT_DISSOLVED", AllocationText.UNIT_ENDED_HOLDS_NOTHING.with(unit.name, unit.dissolvedOn),
                    List.of(Violation.of("agencyId", AllocationText.A_UNIT_THAT_EXISTS, unit.id.toString())));
        }
        if (!unit.divisionCode.equals(grantingDivision)) {
            throw ProblemException.businessRule("UNIT_OF_OTHER_DIVISION", AllocationText.UNIT_OF_OTHER_DIVISION.with(room.number, room.divisionCode,
                    unit.name, unit.divisionCode), List.of(new Violation("agencyId", AllocationText.UNIT_OF_DIVISION.with(grantingDivision), unit.id.toString())));
        }
        RoomCategory use = input.approvedUse() == null ? RoomCategory.valueOf(room.category) : input.approvedUse();
        if ("TECHNICAL".equals(room.category) && use != RoomCategory.TECHNICAL && use != RoomCategory.ANCILLARY) {
            throw ProblemException.businessRule("OFFICE_USE_OF_TECHNICAL_ROOM", AllocationText.OFFICE_USE_OF_TECHNICAL_ROOM.with(room.number,
                    AllocationText.label(use)), List.of(new Violation("approvedUse", PlatformText.EXPECTED.with("TECHNICAL"), use.name())));
        }
        if (promisedTo != null && !promisedTo.equals(unit.id)) {
            throw ProblemException.conflict("ROOM_RESERVED", AllocationText.ROOM_PROMISED_TO_OTHER_UNIT.with(room.number));
        }
        Holding current = standing.stream().filter(h -> h.toDate == null).findFirst().orElse(null);
        if (current != null) {
            throw ProblemException.conflict("ROOM_ALREADY_HELD", AllocationText.ROOM_ALREADY_HELD.with(room.number, current.agencyCode, current.fromDate));
        }
        // One holder per room per day, in history too; the exclusion constraint decides between concurrent writers.
        Holding earlier = standing.stream().filter(h -> h.toDate.isAfter(input.fromDate())).max(Comparator.comparing((Holding h) -> h.toDate))
                .orElse(null);
        if (earlier != null) {
            throw new ProblemException(409, "HOLDING_OVERLAPS_HISTORY", AllocationText.HOLDING_OVERLAPS_HISTORY.with(room.number, earlier.agencyCode,
                    earlier.fromDate, earlier.toDate), List.of(new Violation("fromDate", AllocationText.ON_OR_AFTER.with(earlier.toDate),
                    input.fromDate().toString())));
        }
        Holding h = new Holding();
        h.id = UUID.randomUUID();
        h.roomId = room.id;
        h.agencyId = unit.id;
        h.agencyCode = unit.creditCode;
        h.divisionCode = room.divisionCode;
        h.basis = input.basis();
        h.approvedUse = use;
        h.reference = input.reference().strip();
        h.fromDate = input.fromDate();
        h.createdAt = clock.now();
        h.updatedAt = h.createdAt;
        h.persist();
        return h;
    }

    @Transactional
    public Holding end(UUID id, String ifMatch, HoldingEnd input) {
        Holding h = visible(id);
        scope.requireOwnLevel(h.divisionCode);
        Etags.requireMatch(ifMatch, h.version);
        return close(h, input.toDate(), input.reason(), "toDate");
    }

    /**
     * Ends an open holding on a date, for a hand-back, an exchange, a lease's end or a vacating order: the caller has
     * checked who may. {@code field} names the input the date came from, for the 400 when it precedes the holding's start.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Holding close(Holding h, LocalDate toDate, String reason, String field) {
        return close(h, toDate, reason, field, null);
    }

    /** Ends a merged unit's holding for its successor, whose certificate (if it took one over) keeps the room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Holding handOver(Holding h, UUID successorId, LocalDate on, String reason, String reference, String field) {
        close(h, on, reason, field, successorId);
        return start(new HoldingInput(h.roomId, successorId, HoldingBasis.REALLOCATION, h.approvedUse, reference, on));
    }

    private Holding close(Holding h, LocalDate toDate, String reason, String field, UUID successorId) {
        // Locked and read again: of two writers ending the same holding, the second sees it ended.
        entityManager.refresh(h, LockModeType.PESSIMISTIC_WRITE);
        if (h.toDate != null) {
            throw ProblemException.conflict("HOLDING_ALREADY_ENDED", AllocationText.HOLDING_ALREADY_ENDED.with(h.roomId, h.toDate));
        }
        if (toDate.isBefore(h.fromDate)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.HOLDING_ENDS_BEFORE_START.with(),
                    List.of(new Violation(field, AllocationText.NOT_BEFORE.with(h.fromDate), toDate.toString())));
        }
        h.toDate = toDate;
        h.endReason = reason.strip();
        h.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(HoldingView.TOPIC, h.roomId.toString(), HoldingView.ENDED, view(h));
        audit.record("holding.ended", "holding", h.id, h.agencyCode + " " + h.toDate);
        ended.fire(new HoldingEnded(h, successorId));
        return h;
    }
}
