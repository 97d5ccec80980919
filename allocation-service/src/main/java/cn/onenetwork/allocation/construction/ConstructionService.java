package cn.onenetwork.allocation.construction;

import cn.onenetwork.allocation.construction.ConstructionApi.Decision;
import cn.onenetwork.allocation.construction.ConstructionApi.HandOff;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewInput;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewPage;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewView;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.request.AllocationMethod;
import cn.onenetwork.allocation.request.AllocationRequest;
import cn.onenetwork.allocation.request.RequestApi.RecommendationView;
import cn.onenetwork.allocation.request.RequestService;
import cn.onenetwork.allocation.request.RequestStatus;
import cn.onenetwork.common.json.JsonColumns;
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
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * 必要性审查: only for a request approved with method CONSTRUCTION; the decision that building is necessary is refused while
 * the idle pool can serve the request (the pool is checked before any new acquisition), and precedes the hand-off.
 */
@ApplicationScoped
public class ConstructionService {

    static final String SUBJECT = "construction-review";

    @Inject
    CallerScope scope;

    @Inject
    RequestService requests;

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

    public ConstructionReview visible(UUID id) {
        ConstructionReview c = id == null ? null : ConstructionReview.findById(id);
        if (c == null || !scope.canSeeDivision(c.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_CONSTRUCTION_REVIEW, id);
        }
        return c;
    }

    public ReviewPage list(ReviewStatus status, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", null).andEquals("status", status).after("id", Cursors.decodeUuid(cursor));
        List<ConstructionReview> rows = ConstructionReview.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<ReviewView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, c -> c.id, this::view), ReviewView::id);
        return new ReviewPage(page.items(), page.nextCursor());
    }

    @Transactional
    public ConstructionReview open(ReviewInput input) {
        AllocationRequest r = AllocationRequest.findById(input.requestId());
        if (r == null || !scope.canSeeDivision(r.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_REQUEST, input.requestId());
        }
        scope.requireOwnLevel(r.divisionCode);
        if (r.status != RequestStatus.APPROVED || r.method != AllocationMethod.CONSTRUCTION) {
            throw ProblemException.businessRule("NOT_A_CONSTRUCTION_REQUEST", r.method == null
                    ? AllocationText.NOT_A_CONSTRUCTION_REQUEST.with(r.number, AllocationText.label(r.status))
                    : AllocationText.NOT_A_CONSTRUCTION_REQUEST_FOR.with(r.number, AllocationText.label(r.status), AllocationText.label(r.method)),
                    List.of(Violation.of("requestId", AllocationText.AN_APPROVED_CONSTRUCTION_REQUEST, r.id.toString())));
        }
        if (ConstructionReview.count("requestId", r.id) > 0) {
            throw ProblemException.conflict("REVIEW_EXISTS", AllocationText.REVIEW_EXISTS.with(r.number));
        }
        ConstructionReview c = new ConstructionReview();
        c.id = UUID.randomUUID();
        c.number = numbers.next(r.divisionCode, "JS", clock.today().getYear());
        c.requestId = r.id;
        c.agencyId = r.agencyId;
        c.agencyCode = r.agencyCode;
        c.divisionCode = r.divisionCode;
        c.projectName = input.projectName().strip();
        c.site = input.site().strip();
        c.plannedArea = input.plannedArea();
        c.estimatedInvestment = input.estimatedInvestment();
        c.approvingDepartment = given(input.approvingDepartment(), null);
        c.builder = given(input.builder(), null);
        c.findings = json.write(List.of());
        c.status = ReviewStatus.UNDER_REVIEW;
        c.createdAt = clock.now();
        c.updatedAt = c.createdAt;
        c.persist();
        step(c, "OPEN", null, ReviewView.OPENED);
        return c;
    }

    @Transactional
    public ConstructionReview decide(UUID id, String ifMatch, Decision decision) {
        ConstructionReview c = actionable(id, ifMatch, ReviewStatus.UNDER_REVIEW);
        if (decision.necessary()) {
            List<RecommendationView> pool = requests.recommend(c.requestId, 1);
            if (!pool.isEmpty()) {
                throw ProblemException.businessRule("POOL_CAN_SERVE", AllocationText.POOL_CAN_SERVE_NO_BUILDING.with(pool.get(0).totalArea(),
                        AllocationText.list(pool.get(0).buildings())), List.of(Violation.of("necessary", AllocationText.FALSE_WHILE_POOL_CAN_SERVE, "true")));
            }
        }
        c.findings = json.write(decision.findings().stream().map(String::strip).toList());
        c.decisionReason = decision.reason().strip();
        c.status = decision.necessary() ? ReviewStatus.NECESSARY : ReviewStatus.NOT_NECESSARY;
        c.updatedAt = clock.now();
        step(c, "DECIDE", decision.reason(), ReviewView.DECIDED);
        return c;
    }

    @Transactional
    public ConstructionReview handOff(UUID id, String ifMatch, HandOff input) {
        ConstructionReview c = actionable(id, ifMatch, ReviewStatus.NECESSARY);
        c.handedTo = input.handedTo().strip();
        c.handOffReference = input.reference().strip();
        c.approvingDepartment = given(input.approvingDepartment(), c.approvingDepartment);
        c.builder = given(input.builder(), c.builder);
        c.status = ReviewStatus.HANDED_OFF;
        c.updatedAt = clock.now();
        step(c, "HAND_OFF", c.handedTo + " " + c.handOffReference, ReviewView.HANDED_OFF);
        return c;
    }

    private ConstructionReview actionable(UUID id, String ifMatch, ReviewStatus expected) {
        ConstructionReview c = visible(id);
        scope.requireOwnLevel(c.divisionCode);
        Etags.requireMatch(ifMatch, c.version);
        if (c.status != expected) {
            throw ProblemException.conflict("REVIEW_NOT_" + expected, AllocationText.REVIEW_NOT_IN_STATUS.with(c.number, AllocationText.label(c.status),
                    AllocationText.label(expected)));
        }
        return c;
    }

    private void step(ConstructionReview c, String action, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, c.id, action, c.status, scope.subject(), comment, c.updatedAt);
        entityManager.flush();
        outbox.publish(ReviewView.TOPIC, c.id.toString(), eventType, view(c));
        audit.record("construction-review." + action.toLowerCase().replace('_', '-'), SUBJECT, c.id, c.number + " → " + c.status);
    }

    /** Optional text as given, without surrounding spaces; absent or blank, what stands. */
    private static String given(String text, String standing) {
        return text == null || text.isBlank() ? standing : text.strip();
    }

    public ReviewView view(ConstructionReview c) {
        return view(c, WorkflowStep.history(SUBJECT, c.id));
    }

    private ReviewView view(ConstructionReview c, List<WorkflowStep.View> history) {
        return new ReviewView(c.id, c.number, c.requestId, c.agencyId, c.agencyCode, c.divisionCode, c.projectName, c.site, c.plannedArea, c.estimatedInvestment,
                c.approvingDepartment, c.builder, json.read(c.findings, new TypeReference<List<String>>() { }),
                c.status, c.decisionReason, c.handedTo, c.handOffReference, history, c.version);
    }


}
