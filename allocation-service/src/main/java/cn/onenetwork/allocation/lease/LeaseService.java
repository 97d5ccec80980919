package cn.onenetwork.allocation.lease;

import cn.onenetwork.allocation.certificate.CertificateService;
import cn.onenetwork.allocation.holding.Holding;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingInput;
import cn.onenetwork.allocation.holding.HoldingBasis;
import cn.onenetwork.allocation.holding.HoldingService;
import cn.onenetwork.allocation.lease.LeaseApi.LeaseInput;
import cn.onenetwork.allocation.lease.LeaseApi.LeasePage;
import cn.onenetwork.allocation.lease.LeaseApi.LeaseView;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.parameter.AllocationFigures;
import cn.onenetwork.allocation.parameter.ParameterService;
import cn.onenetwork.allocation.recommend.OfficeFit.Office;
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
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 租用: only for a request approved with method LEASE (so reallocation and exchange were ruled out), approved and filed by
 * the bureau, within the rent cap; the unit holds the leased rooms for the term; expiry is announced ahead by a lead.
 */
@ApplicationScoped
public class LeaseService {

    static final String SUBJECT = "lease";

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

    @Inject
    ParameterService parameters;

    public Lease visible(UUID id) {
        Lease l = id == null ? null : Lease.findById(id);
        if (l == null || !scope.canRead(l.divisionCode, l.agencyCode)) {
            throw ProblemException.notFound(AllocationText.KIND_LEASE, id);
        }
        return l;
    }

    public LeasePage list(UUID agencyId, LeaseStatus status, boolean expiring, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andEquals("status", status)
                .andWhere(expiring, "status = 'ACTIVE' and remindFrom <= :today", "today", clock.today()).after("id", Cursors.decodeUuid(cursor));
        List<Lease> rows = Lease.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<LeaseView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, l -> l.id, this::view), LeaseView::id);
        return new LeasePage(page.items(), page.nextCursor());
    }

    @Transactional
    public Lease sign(LeaseInput input) {
        AllocationRequest r = AllocationRequest.findById(input.requestId());
        if (r == null || !scope.canSeeDivision(r.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_REQUEST, input.requestId());
        }
        scope.requireOwnLevel(r.divisionCode);
        if (r.status != RequestStatus.APPROVED || r.method != AllocationMethod.LEASE) {
            throw ProblemException.businessRule("NOT_A_LEASE_REQUEST", r.method == null
                    ? AllocationText.NOT_A_LEASE_REQUEST.with(r.number, AllocationText.label(r.status))
                    : AllocationText.NOT_A_LEASE_REQUEST_FOR.with(r.number, AllocationText.label(r.status), AllocationText.label(r.method)),
                    List.of(Violation.of("requestId", AllocationText.AN_APPROVED_LEASE_REQUEST, r.id.toString())));
        }
        if (!input.endsOn().isAfter(input.startsOn())) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.LEASE_ENDS_AFTER_START.with(),
                    List.of(new Violation("endsOn", AllocationText.MUST_BE_AFTER.with(input.startsOn()), input.endsOn().toString())));
        }
        List<UUID> roomIds = List.copyOf(new LinkedHashSet<>(input.roomIds()));
        BigDecimal area = BigDecimal.ZERO;
        List<Office> offices = new ArrayList<>();
        Map<UUID, RegistryRoom> rooms = new HashMap<>();
        RegistryRoom.<RegistryRoom>list("id in ?1", roomIds).forEach(room -> rooms.put(room.id, room));
        for (UUID roomId : roomIds) {
            RegistryRoom room = rooms.get(roomId);
            if (room == null || !input.buildingId().equals(room.buildingId) || !r.divisionCode.equals(room.divisionCode)) {
                throw new ProblemException(404, "NOT_FOUND", PlatformText.NOT_FOUND.with(AllocationText.KIND_ROOM_OF_BUILDING.with(input.buildingId()), roomId));
            }
            if ("OFFICE".equals(room.category)) {
                offices.add(new Office(room.id, room.number, room.useArea));
            }
            area = area.add(room.useArea);
        }
        requests.requireWithinApproval(r, area, offices, "roomIds");
        AllocationFigures figures = parameters.inForce(r.divisionCode, clock.today());
        BigDecimal rentCap = figures.maxMonthlyRentPerSquareMetre();
        // Compared unrounded: a rent a fraction of a fen above the cap is above it.
        if (input.annualRent().compareTo(rentCap.multiply(area).multiply(BigDecimal.valueOf(12))) > 0) {
            throw ProblemException.businessRule("RENT_ABOVE_CAP", AllocationText.RENT_ABOVE_CAP.with(monthlyPerSquareMetre(input.annualRent(), area),
                    r.divisionCode, rentCap.stripTrailingZeros().toPlainString()), List.of(new Violation("annualRent",
                    AllocationText.MONTHLY_RENT_AT_MOST.with(rentCap.stripTrailingZeros().toPlainString()), input.annualRent().toPlainString())));
        }
        Lease l = new Lease();
        l.id = UUID.randomUUID();
        l.number = numbers.next(r.divisionCode, "ZL", clock.today().getYear());
        l.requestId = r.id;
        l.agencyId = r.agencyId;
        l.agencyCode = r.agencyCode;
        l.divisionCode = r.divisionCode;
        l.buildingId = input.buildingId();
        l.lessor = input.lessor().strip();
        l.roomIds = json.write(roomIds);
        l.area = area;
        l.startsOn = input.startsOn();
        l.endsOn = input.endsOn();
        l.annualRent = input.annualRent();
        l.approvalReference = input.approvalReference().strip();
        l.filingReference = input.filingReference().strip();
        l.remindFrom = input.endsOn().minusMonths(figures.leaseReminderLeadMonths());
        l.status = LeaseStatus.ACTIVE;
        l.createdAt = clock.now();
        l.updatedAt = l.createdAt;
        holdings.startAll(roomIds.stream().map(roomId -> new HoldingInput(roomId, r.agencyId, HoldingBasis.LEASE, null, l.number, input.startsOn())).toList());
        certificates.issue(r.id, UserUnit.findById(r.agencyId), roomIds, input.startsOn(), input.agreement(), "agreement");
        requests.fulfilled(r.id, "租用 " + l.number, roomIds, input.startsOn());
        l.persist();
        step(l, "SIGN", scope.subject(), null, LeaseView.SIGNED);
        return l;
    }

    @Transactional
    public Lease end(UUID id, String ifMatch, LocalDate endedOn, String reason) {
        Lease l = visible(id);
        scope.requireOwnLevel(l.divisionCode);
        Etags.requireMatch(ifMatch, l.version);
        if (l.status != LeaseStatus.ACTIVE) {
            throw ProblemException.conflict("LEASE_ENDED", AllocationText.LEASE_ENDED.with(l.number, l.endedOn));
        }
        for (Holding h : Holding.<Holding>list("reference = ?1 and basis = ?2 and toDate is null", l.number, HoldingBasis.LEASE)) {
            holdings.close(h, endedOn, "租赁终止 " + l.number, "endedOn");
        }
        l.status = LeaseStatus.ENDED;
        l.endedOn = endedOn;
        l.endReason = reason.strip();
        l.updatedAt = clock.now();
        step(l, "END", scope.subject(), reason, LeaseView.ENDED);
        return l;
    }

    @Scheduled(cron = "{onenetwork.leases.reminder-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void dailyReminders() {
        remindExpiring();
    }

    /** Each active lease entering its reminder lead is announced once (an event, and the expiring list shows it); how many were. */
    @Transactional
    public int remindExpiring() {
        List<Lease> due = Lease.list("status = ?1 and remindFrom <= ?2 and expiryRemindedOn is null", LeaseStatus.ACTIVE, clock.today());
        for (Lease l : due) {
            l.expiryRemindedOn = clock.today();
            l.updatedAt = clock.now();
            step(l, "REMIND_EXPIRY", AuditTrail.SYSTEM_ACTOR, "租期将于 " + l.endsOn + " 届满", LeaseView.EXPIRY_DUE);
        }
        return due.size();
    }

    static BigDecimal monthlyPerSquareMetre(BigDecimal annualRent, BigDecimal area) {
        return annualRent.divide(area.multiply(BigDecimal.valueOf(12)), 2, RoundingMode.HALF_UP);
    }

    private void step(Lease l, String action, String actor, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, l.id, action, l.status, actor, comment, l.updatedAt);
        entityManager.flush();
        outbox.publish(LeaseView.TOPIC, l.buildingId.toString(), eventType, view(l));
        audit.record("lease." + action.toLowerCase().replace('_', '-'), SUBJECT, l.id, l.number + " → " + l.status);
    }

    public LeaseView view(Lease l) {
        return view(l, WorkflowStep.history(SUBJECT, l.id));
    }

    private LeaseView view(Lease l, List<WorkflowStep.View> history) {
        return new LeaseView(l.id, l.number, l.requestId, l.agencyId, l.agencyCode, l.divisionCode, l.buildingId, json.read(l.roomIds, new TypeReference<List<UUID>>() { }), l.lessor, l.area,
                l.startsOn, l.endsOn, l.annualRent, monthlyPerSquareMetre(l.annualRent, l.area), l.approvalReference, l.filingReference, l.status,
                l.endedOn, l.endReason, l.status == LeaseStatus.ACTIVE && !l.remindFrom.isAfter(clock.today()), l.expiryRemindedOn,
                history, l.version);
    }


}
