package cn.onenetwork.allocation.vacating;

import cn.onenetwork.allocation.holding.Holding;
import cn.onenetwork.allocation.holding.HoldingEnded;
import cn.onenetwork.allocation.holding.HoldingService;
import cn.onenetwork.allocation.parameter.ParameterService;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.allocation.vacating.VacatingApi.OrderPage;
import cn.onenetwork.allocation.vacating.VacatingApi.OrderView;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 腾退: when the registry ends a unit, or a unit moves into new space (建新交旧), every holding concerned gets an order with
 * a deadline; vacating ends the holding and the room returns to the idle pool, or a merged unit's room passes to its successor.
 */
@ApplicationScoped
public class VacatingService {

    static final String SUBJECT = "vacating-order";

    @Inject
    CallerScope scope;

    @Inject
    HoldingService holdings;

    @Inject
    NumberSequence numbers;

    @Inject
    PlatformClockProvider clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    /** No verified national figure exists for handing back after a dissolution or a move: each division's figure in force. */
    @Inject
    ParameterService parameters;

    /** The registry ended the unit: an order for each open holding that has none yet (a replayed event opens nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unitEnded(UUID agencyId, LocalDate on, VacatingCause cause, UUID successorId, String reason) {
        for (Holding h : Holding.<Holding>list("agencyId = ?1 and toDate is null", agencyId)) {
            open(h, cause, reason == null ? cause.name() : reason, successorId, on, AuditTrail.SYSTEM_ACTOR);
        }
    }

    /** The unit moved into the space of a relocation request: the rest of what it holds is handed back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relocated(UUID agencyId, List<UUID> newRooms, String requestNumber, LocalDate on) {
        for (Holding h : Holding.<Holding>list("agencyId = ?1 and toDate is null", agencyId)) {
            if (!newRooms.contains(h.roomId)) {
                open(h, VacatingCause.RELOCATION, "搬迁 " + requestNumber, null, on, scope.subject());
            }
        }
    }

    private void open(Holding h, VacatingCause cause, String reference, UUID successorId, LocalDate from, String actor) {
        if (VacatingOrder.count("holdingId = ?1 and status = ?2", h.id, VacatingStatus.OPEN) > 0) {
            return;
        }
        VacatingOrder o = new VacatingOrder();
        o.id = UUID.randomUUID();
        o.number = numbers.next(h.divisionCode, "TT", from.getYear());
        o.holdingId = h.id;
        o.roomId = h.roomId;
        o.agencyId = h.agencyId;
        o.agencyCode = h.agencyCode;
        o.divisionCode = h.divisionCode;
        o.cause = cause;
        o.causeReference = reference.length() > 200 ? reference.substring(0, 200) : reference;
        o.successorId = successorId;
        o.deadline = from.plusMonths(parameters.inForce(h.divisionCode, from).vacatingDeadlineMonths());
        o.status = VacatingStatus.OPEN;
        o.createdAt = clock.now();
        o.updatedAt = o.createdAt;
        o.persist();
        step(o, "OPEN", actor, null, OrderView.OPENED);
    }

    public VacatingOrder visible(UUID id) {
        VacatingOrder o = id == null ? null : VacatingOrder.findById(id);
        if (o == null || !scope.canRead(o.divisionCode, o.agencyCode)) {
            throw ProblemException.notFound(AllocationText.KIND_VACATING_ORDER, id);
        }
        return o;
    }

    public OrderPage list(UUID agencyId, VacatingStatus status, boolean overdue, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andEquals("status", status)
                .andWhere(overdue, "status = 'OPEN' and deadline < :today", "today", clock.today()).after("id", Cursors.decodeUuid(cursor));
        List<VacatingOrder> rows = VacatingOrder.find(query.query(), query.params()).page(0, size + 1).list();
        // The orders' rooms read at once, so that each view's lookup finds its room in the session.
        if (!rows.isEmpty()) {
            RegistryRoom.list("id in ?1", rows.stream().map(o -> o.roomId).distinct().toList());
        }
        Cursors.Slice<OrderView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, o -> o.id, this::view), OrderView::id);
        return new OrderPage(page.items(), page.nextCursor());
    }

    /**
     * The room is handed back: the holding ends (and with it the room's place on the unit's certificate) and the room is
     * in the pool again. The order closes first, so that the holding's end finds no open order left.
     */
    @Transactional
    public VacatingOrder vacate(UUID id, String ifMatch, LocalDate on, String comment) {
        VacatingOrder o = actionable(id, ifMatch);
        close(o, VacatingStatus.VACATED, on, "VACATE", comment, OrderView.VACATED);
        holdings.close(Holding.findById(o.holdingId), on, "腾退 " + o.number, "on");
        return o;
    }

    /** A merged unit's room passes to its successor instead of the pool. */
    @Transactional
    public VacatingOrder handOver(UUID id, String ifMatch, LocalDate on, String comment) {
        VacatingOrder o = actionable(id, ifMatch);
        if (o.successorId == null) {
            throw ProblemException.conflict("NO_SUCCESSOR", AllocationText.NO_SUCCESSOR.with(o.number, AllocationText.label(o.cause)));
        }
        close(o, VacatingStatus.HANDED_OVER, on, "HAND_OVER", comment, OrderView.HANDED_OVER);
        holdings.handOver(Holding.findById(o.holdingId), o.successorId, on, "移交继任单位 " + o.number, o.number, "on");
        return o;
    }

    /** However the holding ended (its own end, an exchange, a lease's end), an order still open for it is done. */
    void holdingEnded(@Observes HoldingEnded ended) {
        Holding h = ended.holding();
        for (VacatingOrder o : VacatingOrder.<VacatingOrder>list("holdingId = ?1 and status = ?2", h.id, VacatingStatus.OPEN)) {
            close(o, VacatingStatus.VACATED, h.toDate, "VACATE", "占有使用已终止: " + h.endReason, OrderView.VACATED);
        }
    }

    private VacatingOrder actionable(UUID id, String ifMatch) {
        VacatingOrder o = visible(id);
        scope.requireOwnLevel(o.divisionCode);
        Etags.requireMatch(ifMatch, o.version);
        if (o.status != VacatingStatus.OPEN) {
            throw ProblemException.conflict("ORDER_CLOSED", AllocationText.ORDER_CLOSED.with(o.number, AllocationText.label(o.status), o.closedOn));
        }
        return o;
    }

    private VacatingOrder close(VacatingOrder o, VacatingStatus status, LocalDate on, String action, String comment, String eventType) {
        o.status = status;
        o.closedOn = on;
        o.updatedAt = clock.now();
        step(o, action, scope.subject(), comment, eventType);
        return o;
    }

    private void step(VacatingOrder o, String action, String actor, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, o.id, action, o.status, actor, comment, o.updatedAt);
        entityManager.flush();
        outbox.publish(OrderView.TOPIC, o.id.toString(), eventType, view(o));
        audit.record("vacating-order." + action.toLowerCase().replace('_', '-'), SUBJECT, o.id, o.number + " → " + o.status);
    }

    public OrderView view(VacatingOrder o) {
        return view(o, WorkflowStep.history(SUBJECT, o.id));
    }

    private OrderView view(VacatingOrder o, List<WorkflowStep.View> history) {
        RegistryRoom room = RegistryRoom.findById(o.roomId);
        return new OrderView(o.id, o.number, o.holdingId, o.roomId, room.number, room.useArea, o.agencyId, o.agencyCode, o.divisionCode, o.cause,
                o.causeReference, o.successorId, o.deadline, o.status, o.closedOn, o.status == VacatingStatus.OPEN && o.deadline.isBefore(clock.today()),
                history, o.version);
    }
}
