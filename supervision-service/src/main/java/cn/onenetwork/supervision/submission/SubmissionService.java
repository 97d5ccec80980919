package cn.onenetwork.supervision.submission;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.DivisionCodes;
import cn.onenetwork.supervision.deadline.DeadlineService;
import cn.onenetwork.supervision.i18n.SupervisionText;
import cn.onenetwork.supervision.report.ReportService;
import cn.onenetwork.supervision.report.ReportService.Division;
import cn.onenetwork.supervision.report.ReportViews.DivisionInfo;
import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import cn.onenetwork.supervision.submission.SubmissionViews.Changes;
import cn.onenetwork.supervision.submission.SubmissionViews.Late;
import cn.onenetwork.supervision.submission.SubmissionViews.LateList;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmissionView;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmitRequest;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmittedReport;
import cn.onenetwork.supervision.submission.SubmissionViews.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Statistics reports submitted up the division tree (domain.md §8.1): prepared, signed off, frozen, accepted or returned. */
@ApplicationScoped
public class SubmissionService {

    public static final String TOPIC = "supervision.statistics-submissions";
    public static final String SUBMITTED = "cn.onenetwork.supervision.statistics-submission.submitted.v1";
    public static final String ACCEPTED = "cn.onenetwork.supervision.statistics-submission.accepted.v1";
    public static final String RETURNED = "cn.onenetwork.supervision.statistics-submission.returned.v1";

    @Inject
    CallerScope scope;

    @Inject
    PlatformClockProvider clock;

    @Inject
    ReportService reports;

    @Inject
    RollupService rollups;

    @Inject
    DeadlineService deadlines;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** The day a report of a year is as of on a given day: the year's last day, or that day while the year runs. */
    static LocalDate asOf(int reportingYear, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(reportingYear, 12, 31);
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    @Transactional
    public SubmissionView prepare(int reportingYear) {
        String division = scope.divisionCode();
        reports.division(division);
        if (reportingYear > clock.today().getYear()) {
            throw ProblemException.businessRule("REPORTING_YEAR_AHEAD", SupervisionText.REPORTING_YEAR_AHEAD.with(reportingYear, clock.today().getYear()));
        }
        Submission live = live(division, reportingYear);
        if (live != null) {
            throw ProblemException.conflict("SUBMISSION_EXISTS", SupervisionText.SUBMISSION_EXISTS.with(reportingYear, live.revision, label(live.status)));
        }
        Number last = (Number) Submission.getEntityManager().createQuery(
                "SELECT max(s.revision) FROM Submission s WHERE s.divisionCode = ?1 AND s.reportingYear = ?2").setParameter(1, division)
                .setParameter(2, reportingYear).getSingleResult();
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.divisionCode = division;
        s.reportingYear = reportingYear;
        s.revision = last == null ? 1 : last.intValue() + 1;
        s.status = SubmissionStatus.DRAFT;
        s.preparedBy = scope.subject();
        s.preparedAt = clock.now();
        s.dueOn = deadlines.inForce(division, reportingYear).dueOn();
        s.persist();
        audit.record("statistics-submission.prepared", "StatisticsSubmission", s.id, division + " " + reportingYear + " r" + s.revision);
        return view(s);
    }

    public SubmissionView get(UUID id) {
        return view(readable(id));
    }

    public List<SubmissionView> list(Integer reportingYear, String divisionCode, SubmissionStatus status) {
        String division = scope.divisionInScope(divisionCode);
        StringBuilder query = new StringBuilder("divisionCode like ?1");
        List<Object> params = new ArrayList<>(List.of(DivisionCodes.scopePrefix(division) + "%"));
        if (reportingYear != null) {
            params.add(reportingYear);
            query.append(" and reportingYear = ?").append(params.size());
        }
        if (status != null) {
            params.add(status);
            query.append(" and status = ?").append(params.size());
        }
        query.append(" order by reportingYear desc, divisionCode, revision desc");
        return Submission.<Submission>find(query.toString(), params.toArray()).list().stream().map(SubmissionService::view).toList();
    }

    @Transactional
    public SubmissionView submit(UUID id, String ifMatch, SubmitRequest request) {
        Submission s = readable(id);
        scope.requireOwnLevel(s.divisionCode);
        Etags.requireMatch(ifMatch, s.version);
        requireStatus(s, SubmissionStatus.DRAFT);
        LocalDate today = clock.today();
        LocalDate asOf = asOf(s.reportingYear, today);
        LocalDate due = deadlines.inForce(s.divisionCode, s.reportingYear).dueOn();
        StatisticsTables live = reports.tables(s.divisionCode, asOf, Languages.CHINESE);
        DivisionInfo filled = new DivisionInfo(live.division().code(), live.division().statisticalCode(), live.division().name(), live.division().level(),
                request.filledBy(), request.phone(), today);
        StatisticsTables tables = new StatisticsTables(filled, asOf, live.officeSpace(), live.technicalSpace(), live.constructionProjects());
        // Every query is made before the entity changes: a flush in between would write a half-submitted row.
        String snapshot = Snapshots.canonical(new SubmittedReport(s.reportingYear, asOf, tables, rollups.rollup(s.divisionCode, s.reportingYear, asOf,
                tables.officeSpace().totals().figures())));
        s.snapshot = snapshot;
        s.snapshotSha256 = Snapshots.sha256(snapshot);
        s.asOf = asOf;
        s.filledBy = request.filledBy();
        s.phone = request.phone();
        s.signedOffBy = request.signedOffBy();
        s.submittedBy = scope.subject();
        s.submittedAt = clock.now();
        s.submittedOn = today;
        s.dueOn = due;
        s.status = SubmissionStatus.SUBMITTED;
        return published(s, SUBMITTED, "statistics-submission.submitted");
    }

    @Transactional
    public SubmissionView accept(UUID id, String ifMatch) {
        Submission s = reviewable(id, ifMatch);
        s.status = SubmissionStatus.ACCEPTED;
        return published(s, ACCEPTED, "statistics-submission.accepted");
    }

    @Transactional
    public SubmissionView returnToDivision(UUID id, String ifMatch, String comments) {
        Submission s = reviewable(id, ifMatch);
        s.status = SubmissionStatus.RETURNED;
        s.reviewComments = comments;
        return published(s, RETURNED, "statistics-submission.returned");
    }

    public Submission frozen(UUID id) {
        Submission s = readable(id);
        if (s.snapshot == null) {
            throw ProblemException.conflict("NOT_SUBMITTED", SupervisionText.NOT_SUBMITTED.with(s.reportingYear, s.revision));
        }
        return s;
    }

    public Verification verify(UUID id) {
        Submission s = frozen(id);
        String computed = Snapshots.sha256(s.snapshot);
        return new Verification(s.id, s.snapshotSha256, computed, computed.equals(s.snapshotSha256));
    }

    public Changes changes(UUID id) {
        Submission s = frozen(id);
        StatisticsTables submitted = Snapshots.read(s.snapshot, SubmittedReport.class).tables();
        LocalDate today = clock.today();
        StatisticsTables live = reports.tables(s.divisionCode, today, Languages.CHINESE);
        return new Changes(s.id, s.asOf, today, SnapshotDiff.between(submitted, live));
    }

    /** The divisions directly below the caller's that are late for a year: not submitted by a passed deadline, or submitted after it. */
    public LateList late(int reportingYear) {
        String division = scope.divisionCode();
        LocalDate today = clock.today();
        List<Late> late = new ArrayList<>();
        for (Division child : reports.children(division)) {
            LocalDate due = deadlines.inForce(child.code(), reportingYear).dueOn();
            Submission live = live(child.code(), reportingYear);
            LocalDate submittedOn = live == null ? null : live.submittedOn;
            LocalDate reference = submittedOn != null ? submittedOn : today;
            if (reference.isAfter(due)) {
                late.add(new Late(child.code(), child.name(), due, live == null ? null : live.status, submittedOn, ChronoUnit.DAYS.between(due, reference)));
            }
        }
        return new LateList(reportingYear, late);
    }

    private Submission live(String division, int reportingYear) {
        return Submission.<Submission>find("divisionCode = ?1 and reportingYear = ?2 and status <> ?3", division, reportingYear, SubmissionStatus.RETURNED)
                .firstResult();
    }

    private Submission readable(UUID id) {
        Submission s = Submission.findById(id);
        if (s == null || !scope.canSeeDivision(s.divisionCode)) {
            throw ProblemException.notFound(SupervisionText.SUBMISSION, id);
        }
        return s;
    }

    /** Only the bureau one level up reviews a submission, and only while it awaits review. */
    private Submission reviewable(UUID id, String ifMatch) {
        Submission s = readable(id);
        String above = DivisionCodes.levelAbove(s.divisionCode);
        if (!scope.isBureauAdmin() || !scope.divisionCode().equals(above)) {
            throw ProblemException.forbidden("NOT_THE_LEVEL_ABOVE", SupervisionText.NOT_THE_LEVEL_ABOVE.with(s.divisionCode, above));
        }
        Etags.requireMatch(ifMatch, s.version);
        requireStatus(s, SubmissionStatus.SUBMITTED);
        s.reviewedBy = scope.subject();
        s.reviewedAt = clock.now();
        return s;
    }

    private static void requireStatus(Submission s, SubmissionStatus expected) {
        if (s.status != expected) {
            throw ProblemException.conflict("SUBMISSION_STATE", SupervisionText.SUBMISSION_STATE.with(label(s.status), label(expected)));
        }
    }

    private SubmissionView published(Submission s, String eventType, String action) {
        Submission.getEntityManager().flush();
        SubmissionView view = view(s);
        outbox.publish(TOPIC, s.id.toString(), eventType, view);
        audit.record(action, "StatisticsSubmission", s.id, s.divisionCode + " " + s.reportingYear + " r" + s.revision);
        return view;
    }

    private static Text label(SubmissionStatus status) {
        return SupervisionText.valueOf("STATUS_" + status.name()).with();
    }

    static SubmissionView view(Submission s) {
        return new SubmissionView(s.id, s.divisionCode, s.reportingYear, s.revision, s.status, s.preparedBy, s.preparedAt, s.asOf, s.dueOn, s.filledBy,
                s.phone, s.signedOffBy, s.submittedBy, s.submittedAt, s.submittedOn == null ? null : s.late(), s.snapshotSha256, s.reviewedBy, s.reviewedAt,
                s.reviewComments, s.version);
    }
}
