package cn.onenetwork.maintenance.plan;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.maintenance.plan.PlanApi.PlanLine;
import cn.onenetwork.maintenance.plan.PlanApi.PlanView;
import cn.onenetwork.maintenance.plan.PlanApi.ScoredProject;
import cn.onenetwork.maintenance.repair.ProjectService;
import cn.onenetwork.maintenance.repair.RepairProject;
import cn.onenetwork.maintenance.reserve.PlanSelection;
import cn.onenetwork.maintenance.reserve.PlanSelection.Candidate;
import cn.onenetwork.maintenance.reserve.PlanSelection.Selection;
import cn.onenetwork.maintenance.reserve.ReserveService;
import cn.onenetwork.maintenance.reserve.ReserveService.Ranked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Annual plans: drawn up from the reserve by score within the budget, revised while a draft, approved by the division's bureau. */
@ApplicationScoped
public class PlanService {

    private static final int UNFUNDED_SHOWN = 50;

    @Inject
    CallerScope scope;

    @Inject
    ReserveService reserve;

    @Inject
    ProjectService projects;

    @Inject
    PlatformClockProvider clock;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    JsonColumns json;

    @Inject
    ReaderLanguage reader;

    public AnnualPlan visible(UUID id) {
        AnnualPlan plan = id == null ? null : AnnualPlan.findById(id);
        if (plan == null || !scope.canSeeDivision(plan.divisionCode) || scope.isAgencyUser()) {
            throw ProblemException.notFound(MaintenanceText.ANNUAL_PLAN, id);
        }
        return plan;
    }

    public List<AnnualPlan> list(Integer year) {
        if (year == null) {
            return AnnualPlan.list("divisionCode like ?1 order by year desc, divisionCode", scope.divisionPrefix() + "%");
        }
        return AnnualPlan.list("divisionCode like ?1 and year = ?2 order by divisionCode", scope.divisionPrefix() + "%", year);
    }

    @Transactional
    public PlanView draw(int year, BigDecimal budget) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        AnnualPlan existing = AnnualPlan.find("divisionCode = ?1 and year = ?2", division, year).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("PLAN_EXISTS", MaintenanceText.PLAN_EXISTS.with(division, year, existing.status, existing.id));
        }
        AnnualPlan plan = new AnnualPlan();
        plan.id = UUID.randomUUID();
        plan.divisionCode = division;
        plan.year = year;
        plan.status = AnnualPlan.Status.DRAFT;
        plan.createdAt = OffsetDateTime.now(clock.getClock());
        Selection<Ranked> selection = select(plan, budget);
        audit.record("annual-plan.drawn", "annual-plan", plan.id, division + " " + year + ": " + plan.total + " of " + budget);
        return view(plan, selection);
    }

    @Transactional
    public PlanView revise(UUID id, String ifMatch, BigDecimal budget) {
        AnnualPlan plan = writable(id, ifMatch);
        Selection<Ranked> selection = select(plan, budget);
        audit.record("annual-plan.revised", "annual-plan", plan.id, plan.divisionCode + " " + plan.year + ": " + plan.total + " of " + budget);
        return view(plan, selection);
    }

    /** 计划安排: every funded project is planned in this transaction, or none is. */
    @Transactional
    public AnnualPlan approve(UUID id, String ifMatch, String approvalReference) {
        AnnualPlan plan = writable(id, ifMatch);
        List<PlanItem> items = PlanItem.list("planId = ?1 order by rank", plan.id);
        Map<UUID, RepairProject> funded = RepairProject.<RepairProject>list("id in ?1", items.stream().map(i -> i.projectId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        plan.status = AnnualPlan.Status.APPROVED;
        plan.approvalReference = approvalReference.strip();
        plan.approvedOn = clock.today();
        plan.approvedBy = scope.subject();
        plan.updatedAt = OffsetDateTime.now(clock.getClock());
        for (PlanItem item : items) {
            projects.planned(funded.get(item.projectId), plan.approvedOn, plan.approvalReference);
        }
        audit.record("annual-plan.approved", "annual-plan", plan.id, plan.divisionCode + " " + plan.year + " " + plan.approvalReference + ": " + items.size()
                + " projects, " + plan.total);
        return plan;
    }

    /** The plan as stored: its funded lines, and the reserve's projects it does not fund scored as of today. */
    public PlanView view(AnnualPlan plan) {
        List<PlanLine> lines = entityManager.createQuery("""
                select new cn.onenetwork.maintenance.plan.PlanApi$PlanLine(i.rank, i.projectId, p.number, p.title, i.amount, i.score)
                from PlanItem i, RepairProject p where p.id = i.projectId and i.planId = ?1 order by i.rank""", PlanLine.class)
                .setParameter(1, plan.id).getResultList();
        Set<UUID> inPlan = lines.stream().map(PlanLine::projectId).collect(Collectors.toSet());
        return view(plan, lines, reserve.ranked(plan.divisionCode, plan.year).stream().filter(r -> !inPlan.contains(r.projectId())).toList());
    }

    /** The plan just drawn, from the selection in hand. */
    private PlanView view(AnnualPlan plan, Selection<Ranked> selection) {
        List<PlanLine> lines = new ArrayList<>(selection.funded().size());
        for (Candidate<Ranked> funded : selection.funded()) {
            Ranked r = funded.project();
            lines.add(new PlanLine(lines.size() + 1, r.projectId(), r.number(), r.title(), funded.amount(), r.score()));
        }
        return view(plan, lines, selection.passedOver().stream().map(Candidate::project).toList());
    }

    private PlanView view(AnnualPlan plan, List<PlanLine> lines, List<Ranked> rest) {
        List<ScoredProject> unfunded = new ArrayList<>();
        Locale language = reader.get();
        for (int i = 0; i < Math.min(rest.size(), UNFUNDED_SHOWN); i++) {
            unfunded.add(ScoredProject.of(i + 1, rest.get(i), language));
        }
        return new PlanView(plan.id, plan.divisionCode, plan.year, plan.budget, plan.total, plan.budget.subtract(plan.total), plan.status, lines, unfunded,
                rest.size(), plan.approvalReference, plan.approvedOn, plan.approvedBy, plan.version);
    }

    private AnnualPlan writable(UUID id, String ifMatch) {
        AnnualPlan plan = visible(id);
        scope.requireOwnLevel(plan.divisionCode);
        Etags.requireMatch(ifMatch, plan.version);
        if (plan.status != AnnualPlan.Status.DRAFT) {
            throw ProblemException.conflict("PLAN_APPROVED", MaintenanceText.PLAN_APPROVED.with(plan.divisionCode, plan.year, plan.approvedOn,
                    plan.approvalReference));
        }
        return plan;
    }

    private Selection<Ranked> select(AnnualPlan plan, BigDecimal budget) {
        List<Ranked> ranked = reserve.ranked(plan.divisionCode, plan.year);
        Selection<Ranked> selection = PlanSelection.within(budget, ranked.stream().map(r -> new Candidate<>(r, r.estimatedCost())).toList());
        plan.budget = budget;
        plan.total = selection.total();
        plan.updatedAt = OffsetDateTime.now(clock.getClock());
        if (!plan.isPersistent()) {
            plan.persist();
        }
        entityManager.flush();
        // Set-based: a region's plan funds thousands of projects, and a revision changes few of its lines; rows left as they
        // were are not rewritten, and projects no longer funded leave.
        List<Map<String, Object>> rows = new ArrayList<>(selection.funded().size());
        for (Candidate<Ranked> funded : selection.funded()) {
            rows.add(Map.of("project", funded.project().projectId(), "rank", rows.size() + 1, "score", funded.project().score(), "amount", funded.amount()));
        }
        entityManager.createNativeQuery("""
                WITH funded AS (
                    SELECT (r->>'project')::uuid AS project_id, (r->>'rank')::int AS rank, (r->>'score')::numeric AS score, (r->>'amount')::numeric AS amount
                    FROM jsonb_array_elements(cast(?2 AS jsonb)) r),
                left_out AS (
                    DELETE FROM annual_plan_item WHERE plan_id = ?1 AND project_id NOT IN (SELECT project_id FROM funded))
                INSERT INTO annual_plan_item (project_id, plan_id, rank, score, amount)
                SELECT project_id, ?1, rank, score, amount FROM funded
                ON CONFLICT (project_id) DO UPDATE SET plan_id = EXCLUDED.plan_id, rank = EXCLUDED.rank, score = EXCLUDED.score, amount = EXCLUDED.amount
                WHERE (annual_plan_item.plan_id, annual_plan_item.rank, annual_plan_item.score, annual_plan_item.amount)
                      IS DISTINCT FROM (EXCLUDED.plan_id, EXCLUDED.rank, EXCLUDED.score, EXCLUDED.amount)
                """).setParameter(1, plan.id).setParameter(2, json.write(rows)).executeUpdate();
        return selection;
    }
}
