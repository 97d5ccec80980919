package cn.onenetwork.allocation.disposal;

import cn.onenetwork.allocation.building.BuildingNames;
import cn.onenetwork.allocation.disposal.DisposalApi.Completion;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalInput;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalPage;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalView;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 处置利用: reallocation first; never for a building whose title is not clear or whose rooms a unit still holds (checked when
 * proposed and again when carried out); proceeds go to the treasury; the completed disposal reaches the registry.
 */
@ApplicationScoped
public class DisposalService {

    static final String SUBJECT = "disposal";
    /** Titles a building may be disposed of under: registered to the bureau, or to its user unit with the bureau's approval. */
    static final Set<String> CLEAR_TITLES = Set.of("REGISTERED_TO_BUREAU", "REGISTERED_TO_USER_UNIT");

    @Inject
    CallerScope scope;

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

    @Inject
    BuildingNames names;

    public Disposal visible(UUID id) {
        Disposal d = id == null ? null : Disposal.findById(id);
        if (d == null || !scope.canSeeDivision(d.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_DISPOSAL, id);
        }
        return d;
    }

    public DisposalPage list(DisposalStatus status, UUID buildingId, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", null).andEquals("status", status).andEquals("buildingId", buildingId)
                .after("id", Cursors.decodeUuid(cursor));
        List<Disposal> rows = Disposal.find(query.query(), query.params()).page(0, size + 1).list();
        Map<UUID, String> buildings = names.of(rows.stream().map(d -> d.buildingId).distinct().toList());
        Cursors.Slice<DisposalView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, d -> d.id,
                (d, history) -> view(d, history, buildings.get(d.buildingId))), DisposalView::id);
        return new DisposalPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Disposal propose(DisposalInput input) {
        Object[] building = building(input.buildingId());
        String division = (String) building[1];
        scope.requireOwnLevel(division);
        if (input.method() != DisposalMethod.REALLOCATE && (input.reallocationRuledOut() == null || input.reallocationRuledOut().isBlank())) {
            throw ProblemException.businessRule("REALLOCATION_NOT_RULED_OUT", AllocationText.REALLOCATION_NOT_RULED_OUT.with(AllocationText.label(input.method())),
                    List.of(new Violation("reallocationRuledOut", AllocationText.REQUIRED_FOR.with(AllocationText.label(input.method())), null)));
        }
        requireDisposable(input.buildingId(), (String) building[2]);
        if (Disposal.count("buildingId = ?1 and status in ?2", input.buildingId(), List.of(DisposalStatus.PROPOSED, DisposalStatus.APPROVED)) > 0) {
            throw ProblemException.conflict("DISPOSAL_UNDER_WAY", AllocationText.DISPOSAL_UNDER_WAY.with(building[2]));
        }
        Disposal d = new Disposal();
        d.id = UUID.randomUUID();
        d.number = numbers.next(division, "CZ", clock.today().getYear());
        d.buildingId = input.buildingId();
        d.divisionCode = division;
        d.method = input.method();
        d.ground = input.ground();
        d.groundsDetail = input.groundsDetail().strip();
        d.reallocationRuledOut = input.reallocationRuledOut() == null ? null : input.reallocationRuledOut().strip();
        d.recipient = input.recipient() == null ? null : input.recipient().strip();
        d.status = DisposalStatus.PROPOSED;
        d.createdAt = clock.now();
        d.updatedAt = d.createdAt;
        d.persist();
        step(d, "PROPOSE", null, DisposalView.PROPOSED);
        return d;
    }

    @Transactional
    public Disposal approve(UUID id, String ifMatch, String approvalReference, String comment) {
        Disposal d = decidable(id, ifMatch, DisposalStatus.PROPOSED);
        d.approvalReference = approvalReference.strip();
        return transition(d, DisposalStatus.APPROVED, "APPROVE", comment, DisposalView.APPROVED);
    }

    /** Carried out: the title and the holdings are checked again, since either may have changed after approval. */
    @Transactional
    public Disposal complete(UUID id, String ifMatch, Completion input) {
        Disposal d = decidable(id, ifMatch, DisposalStatus.APPROVED);
        requireDisposable(d.buildingId, (String) building(d.buildingId)[2]);
        if (input.proceeds().signum() > 0 && (input.treasuryReference() == null || input.treasuryReference().isBlank())) {
            throw ProblemException.businessRule("PROCEEDS_NOT_REMITTED", AllocationText.PROCEEDS_NOT_REMITTED.with(),
                    List.of(Violation.of("treasuryReference", AllocationText.REQUIRED_WITH_PROCEEDS, null)));
        }
        d.completedOn = input.completedOn();
        d.proceeds = input.proceeds();
        d.treasuryReference = input.treasuryReference() == null ? null : input.treasuryReference().strip();
        return transition(d, DisposalStatus.COMPLETED, "COMPLETE", input.comment(), DisposalView.COMPLETED);
    }

    @Transactional
    public Disposal cancel(UUID id, String ifMatch, String comment) {
        Disposal d = visible(id);
        scope.requireOwnLevel(d.divisionCode);
        Etags.requireMatch(ifMatch, d.version);
        if (d.status != DisposalStatus.PROPOSED && d.status != DisposalStatus.APPROVED) {
            throw ProblemException.conflict("DISPOSAL_CLOSED", AllocationText.DISPOSAL_CLOSED.with(d.number, AllocationText.label(d.status)));
        }
        return transition(d, DisposalStatus.CANCELLED, "CANCEL", comment, DisposalView.CANCELLED);
    }

    /** Refused for a title that is not clear (or not on record) and for a building any room of which a unit holds. */
    private void requireDisposable(UUID buildingId, String buildingName) {
        List<?> title = entityManager.createNativeQuery("SELECT state FROM registry_title WHERE building_id = ?1").setParameter(1, buildingId).getResultList();
        if (title.isEmpty() || !CLEAR_TITLES.contains((String) title.get(0))) {
            throw ProblemException.businessRule("TITLE_NOT_CLEAR", title.isEmpty() ? AllocationText.TITLE_NOT_ON_RECORD.with(buildingName)
                    : AllocationText.TITLE_NOT_CLEAR.with(buildingName, title.get(0)),
                    List.of(new Violation("buildingId", AllocationText.TITLE_ONE_OF.with(AllocationText.list(CLEAR_TITLES.stream().sorted().toList())),
                            buildingId.toString())));
        }
        @SuppressWarnings("unchecked")
        List<String> holders = entityManager.createNativeQuery("""
                SELECT DISTINCT h.agency_code FROM holding h JOIN registry_room r ON r.id = h.room_id
                WHERE r.building_id = ?1 AND h.to_date IS NULL ORDER BY h.agency_code
                """).setParameter(1, buildingId).getResultList();
        if (!holders.isEmpty()) {
            throw ProblemException.businessRule("BUILDING_HELD", AllocationText.BUILDING_HELD.with(buildingName, AllocationText.list(holders)),
                    List.of(Violation.of("buildingId", AllocationText.A_BUILDING_NOBODY_HOLDS, buildingId.toString())));
        }
    }

    /** id, division, name of a building of the replica in the caller's scope. */
    private Object[] building(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, division_code, name FROM registry_building WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty() || !scope.canSeeDivision((String) rows.get(0)[1])) {
            throw ProblemException.notFound(AllocationText.KIND_BUILDING, id);
        }
        return rows.get(0);
    }

    private Disposal decidable(UUID id, String ifMatch, DisposalStatus expected) {
        Disposal d = visible(id);
        scope.requireOwnLevel(d.divisionCode);
        Etags.requireMatch(ifMatch, d.version);
        if (d.status != expected) {
            throw ProblemException.conflict("DISPOSAL_NOT_" + expected, AllocationText.DISPOSAL_NOT_IN_STATUS.with(d.number, AllocationText.label(d.status),
                    AllocationText.label(expected)));
        }
        return d;
    }

    private Disposal transition(Disposal d, DisposalStatus status, String action, String comment, String eventType) {
        d.status = status;
        d.updatedAt = clock.now();
        step(d, action, comment, eventType);
        return d;
    }

    private void step(Disposal d, String action, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, d.id, action, d.status, scope.subject(), comment, d.updatedAt);
        entityManager.flush();
        outbox.publish(DisposalView.TOPIC, d.buildingId.toString(), eventType, view(d));
        audit.record("disposal." + action.toLowerCase(), SUBJECT, d.id, d.number + " → " + d.status);
    }

    public DisposalView view(Disposal d) {
        return view(d, WorkflowStep.history(SUBJECT, d.id), names.of(List.of(d.buildingId)).get(d.buildingId));
    }

    private DisposalView view(Disposal d, List<WorkflowStep.View> history, String buildingName) {
        return new DisposalView(d.id, d.number, d.buildingId, buildingName, d.divisionCode, d.method, d.ground, d.groundsDetail, d.reallocationRuledOut,
                d.recipient, d.status, d.approvalReference, d.completedOn, d.proceeds, d.treasuryReference, history, d.version);
    }
}
