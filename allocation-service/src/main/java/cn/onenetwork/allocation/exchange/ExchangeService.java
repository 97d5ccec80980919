package cn.onenetwork.allocation.exchange;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.certificate.CertificateService;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangeInput;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangePage;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangeView;
import cn.onenetwork.allocation.exchange.ExchangeApi.HoldingAsApproved;
import cn.onenetwork.allocation.exchange.ExchangeApi.SideInput;
import cn.onenetwork.allocation.exchange.ExchangeApi.SideView;
import cn.onenetwork.allocation.holding.Holding;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingInput;
import cn.onenetwork.allocation.holding.HoldingBasis;
import cn.onenetwork.allocation.holding.HoldingService;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.request.AllocationMethod;
import cn.onenetwork.allocation.request.AllocationRequest;
import cn.onenetwork.allocation.request.RequestService;
import cn.onenetwork.allocation.request.RequestStatus;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 置换: the bureau approves a swap of two units' holdings as they stand; completing it ends every one of them and starts
 * the mirror holdings in one transaction, and applies nothing if any holding changed since approval.
 */
@ApplicationScoped
public class ExchangeService {

    static final String SUBJECT = "exchange";

    @Inject
    CallerScope scope;

    @Inject
    HoldingService holdings;

    @Inject
    RequestService requests;

    @Inject
    CertificateService certificates;

    @Inject
    NumberSequence numbers;

    @Inject
    PlatformClockProvider clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    JsonColumns json;

    @Inject
    EntityManager entityManager;

    public Exchange visible(UUID id) {
        Exchange e = id == null ? null : Exchange.findById(id);
        if (e == null || !scope.canSeeDivision(e.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_EXCHANGE, id);
        }
        return e;
    }

    public ExchangePage list(UUID agencyId, ExchangeStatus status, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", null).andEquals("status", status)
                .andWhere(agencyId != null, "(firstAgency = :agency or secondAgency = :agency)", "agency", agencyId).after("id", Cursors.decodeUuid(cursor));
        List<Exchange> rows = Exchange.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<ExchangeView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, e -> e.id, this::view), ExchangeView::id);
        return new ExchangePage(page.items(), page.nextCursor());
    }

    @Transactional
    public Exchange approve(ExchangeInput input) {
        scope.requireOwnLevel(scope.divisionCode());
        String division = scope.divisionCode();
        if (input.first().agencyId().equals(input.second().agencyId())) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.EXCHANGE_BETWEEN_TWO_UNITS.with(),
                    List.of(Violation.of("second.agencyId", AllocationText.MUST_DIFFER_FROM_FIRST, input.second().agencyId().toString())));
        }
        Set<UUID> seen = new HashSet<>();
        List<HoldingAsApproved> first = side(input.first(), "first", division, seen);
        List<HoldingAsApproved> second = side(input.second(), "second", division, seen);
        if (input.requestId() != null) {
            AllocationRequest r = AllocationRequest.findById(input.requestId());
            if (r == null || !division.equals(r.divisionCode)) {
                throw ProblemException.notFound(AllocationText.KIND_REQUEST, input.requestId());
            }
            if (r.status != RequestStatus.APPROVED || r.method != AllocationMethod.EXCHANGE
                    || !List.of(input.first().agencyId(), input.second().agencyId()).contains(r.agencyId)) {
                throw ProblemException.businessRule("NOT_AN_EXCHANGE_REQUEST", AllocationText.NOT_AN_EXCHANGE_REQUEST.with(r.number),
                        List.of(Violation.of("requestId", AllocationText.AN_APPROVED_EXCHANGE_REQUEST, input.requestId().toString())));
            }
        }
        Exchange e = new Exchange();
        e.id = UUID.randomUUID();
        e.number = numbers.next(division, "ZH", clock.today().getYear());
        e.divisionCode = division;
        e.requestId = input.requestId();
        e.firstAgency = input.first().agencyId();
        e.secondAgency = input.second().agencyId();
        e.firstHoldings = json.write(first);
        e.secondHoldings = json.write(second);
        e.reason = input.reason().strip();
        e.status = ExchangeStatus.APPROVED;
        e.createdAt = clock.now();
        e.updatedAt = e.createdAt;
        e.persist();
        step(e, "APPROVE", null, ExchangeView.APPROVED);
        return e;
    }

    /** The side's holdings as they stand: open, of that unit, of the bureau's own division, each named once. */
    private List<HoldingAsApproved> side(SideInput side, String field, String division, Set<UUID> seen) {
        UserUnit unit = UserUnit.findById(side.agencyId());
        if (unit == null || !division.equals(unit.divisionCode)) {
            throw new ProblemException(404, "NOT_FOUND", PlatformText.NOT_FOUND.with(AllocationText.KIND_UNIT_OF_DIVISION.with(division), side.agencyId()));
        }
        List<HoldingAsApproved> approved = new ArrayList<>();
        for (int i = 0; i < side.holdingIds().size(); i++) {
            UUID id = side.holdingIds().get(i);
            Holding h = Holding.findById(id);
            String where = field + ".holdingIds[" + i + "]";
            if (!seen.add(id)) {
                throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.HOLDING_TWICE.with(id),
                        List.of(Violation.of(where, AllocationText.EACH_HOLDING_ONCE, id.toString())));
            }
            if (h == null || !division.equals(h.divisionCode)) {
                throw new ProblemException(404, "NOT_FOUND", PlatformText.NOT_FOUND.with(AllocationText.KIND_HOLDING_OF_DIVISION.with(division), id));
            }
            if (h.toDate != null || !h.agencyId.equals(unit.id)) {
                throw ProblemException.businessRule("NOT_AN_OPEN_HOLDING_OF_THE_UNIT", h.toDate != null ? AllocationText.HOLDING_ENDED_SINCE.with(id, h.toDate)
                        : AllocationText.HOLDING_NOT_OF_UNIT.with(id, unit.name), List.of(new Violation(where, AllocationText.AN_OPEN_HOLDING_OF.with(unit.name),
                        id.toString())));
            }
            approved.add(new HoldingAsApproved(h.id, h.roomId, RegistryRoom.<RegistryRoom>findById(h.roomId).number, h.version));
        }
        return approved;
    }

    @Transactional
    public Exchange complete(UUID id, String ifMatch, LocalDate effectiveOn, String comment, AgreementSigning firstAgreement, AgreementSigning secondAgreement) {
        Exchange e = decidable(id, ifMatch);
        List<HoldingAsApproved> first = json.read(e.firstHoldings, new TypeReference<List<HoldingAsApproved>>() { });
        List<HoldingAsApproved> second = json.read(e.secondHoldings, new TypeReference<List<HoldingAsApproved>>() { });
        List<Text> changed = new ArrayList<>();
        List<Holding> firstHeld = current(first, e.firstAgency, changed);
        List<Holding> secondHeld = current(second, e.secondAgency, changed);
        if (!changed.isEmpty()) {
            throw ProblemException.conflict("EXCHANGE_STALE", AllocationText.EXCHANGE_STALE.with(e.number, AllocationText.list(changed)));
        }
        swap(e, firstHeld, e.secondAgency, effectiveOn);
        swap(e, secondHeld, e.firstAgency, effectiveOn);
        AllocationRequest request = e.requestId == null ? null : AllocationRequest.findById(e.requestId);
        for (UUID unit : List.of(e.firstAgency, e.secondAgency)) {
            List<HoldingAsApproved> received = unit.equals(e.firstAgency) ? second : first;
            UUID servedRequest = request != null && request.agencyId.equals(unit) ? request.id : null;
            boolean firstUnit = unit.equals(e.firstAgency);
            certificates.issue(servedRequest, UserUnit.findById(unit), received.stream().map(HoldingAsApproved::roomId).toList(), effectiveOn,
                    firstUnit ? firstAgreement : secondAgreement, firstUnit ? "firstAgreement" : "secondAgreement");
        }
        if (request != null) {
            List<HoldingAsApproved> received = request.agencyId.equals(e.firstAgency) ? second : first;
            requests.fulfilled(request.id, "置换 " + e.number, received.stream().map(HoldingAsApproved::roomId).toList(), effectiveOn);
        }
        e.status = ExchangeStatus.COMPLETED;
        e.effectiveOn = effectiveOn;
        e.updatedAt = clock.now();
        step(e, "COMPLETE", comment, ExchangeView.COMPLETED);
        return e;
    }

    /** Each holding locked and compared with its approved version; what changed is described in {@code changed}. */
    private List<Holding> current(List<HoldingAsApproved> approved, UUID agency, List<Text> changed) {
        List<Holding> held = new ArrayList<>();
        for (HoldingAsApproved a : approved) {
            Holding h = entityManager.find(Holding.class, a.holdingId(), LockModeType.PESSIMISTIC_WRITE);
            if (h.toDate != null) {
                changed.add(AllocationText.HOLDING_OF_ROOM_ENDED.with(a.roomNumber(), h.toDate));
            } else if (h.version != a.version() || !h.agencyId.equals(agency)) {
                changed.add(AllocationText.HOLDING_OF_ROOM_CHANGED.with(a.roomNumber()));
            }
            held.add(h);
        }
        return held;
    }

    private void swap(Exchange e, List<Holding> given, UUID receiver, LocalDate effectiveOn) {
        for (Holding h : given) {
            holdings.close(h, effectiveOn, "置换 " + e.number, "effectiveOn");
        }
        holdings.startAll(given.stream().map(h -> new HoldingInput(h.roomId, receiver, HoldingBasis.EXCHANGE, h.approvedUse, e.number, effectiveOn)).toList());
    }

    @Transactional
    public Exchange cancel(UUID id, String ifMatch, String comment) {
        Exchange e = decidable(id, ifMatch);
        e.status = ExchangeStatus.CANCELLED;
        e.updatedAt = clock.now();
        step(e, "CANCEL", comment, ExchangeView.CANCELLED);
        return e;
    }

    private Exchange decidable(UUID id, String ifMatch) {
        Exchange e = visible(id);
        scope.requireOwnLevel(e.divisionCode);
        Etags.requireMatch(ifMatch, e.version);
        if (e.status != ExchangeStatus.APPROVED) {
            throw ProblemException.conflict("EXCHANGE_NOT_APPROVED", AllocationText.EXCHANGE_NOT_APPROVED.with(e.number, AllocationText.label(e.status)));
        }
        return e;
    }

    private void step(Exchange e, String action, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, e.id, action, e.status, scope.subject(), comment, e.updatedAt);
        entityManager.flush();
        outbox.publish(ExchangeView.TOPIC, e.id.toString(), eventType, view(e));
        audit.record("exchange." + action.toLowerCase(), SUBJECT, e.id, e.number + " → " + e.status);
    }

    public ExchangeView view(Exchange e) {
        return view(e, WorkflowStep.history(SUBJECT, e.id));
    }

    private ExchangeView view(Exchange e, List<WorkflowStep.View> history) {
        return new ExchangeView(e.id, e.number, e.divisionCode, e.requestId, new SideView(e.firstAgency, json.read(e.firstHoldings, new TypeReference<List<HoldingAsApproved>>() { })),
                new SideView(e.secondAgency, json.read(e.secondHoldings, new TypeReference<List<HoldingAsApproved>>() { })), e.reason, e.status, e.effectiveOn, history, e.version);
    }


}
