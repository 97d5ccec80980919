package cn.onenetwork.supervision.submission;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.supervision.report.ReportService;
import cn.onenetwork.supervision.report.ReportService.Division;
import cn.onenetwork.supervision.report.ReportViews.Figures;
import cn.onenetwork.supervision.submission.SubmissionViews.ChildFigures;
import cn.onenetwork.supervision.submission.SubmissionViews.FiguresSource;
import cn.onenetwork.supervision.submission.SubmissionViews.Rollup;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmittedReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A level's rolled-up report (domain.md §8.1): its own level's figures plus each child's, taken from the child's submitted
 * snapshot for the year (accepted, or submitted and awaiting review) and, for a child that has not submitted, computed
 * live down its own subtree and marked so.
 */
@ApplicationScoped
public class RollupService {

    @Inject
    ReportService reports;

    public Rollup rollup(String divisionCode, int reportingYear, LocalDate day) {
        return rollup(divisionCode, reportingYear, day, reports.tables(divisionCode, day, Languages.CHINESE).officeSpace().totals().figures());
    }

    /** The roll-up of a division whose own figures the caller has computed already (a submission, from the tables it freezes). */
    public Rollup rollup(String divisionCode, int reportingYear, LocalDate day, Figures own) {
        Division division = reports.division(divisionCode);
        List<ChildFigures> children = new ArrayList<>();
        Figures total = own;
        for (Division child : reports.children(divisionCode)) {
            ChildFigures figures = childFigures(child, reportingYear, day);
            children.add(figures);
            total = total.plus(figures.figures());
        }
        return new Rollup(division.code(), division.name(), reportingYear, day, own, children, total);
    }

    private ChildFigures childFigures(Division child, int reportingYear, LocalDate day) {
        Submission submitted = Submission.<Submission>find("divisionCode = ?1 and reportingYear = ?2 and status in ?3", child.code(), reportingYear,
                List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED)).firstResult();
        if (submitted != null) {
            Rollup frozen = Snapshots.read(submitted.snapshot, SubmittedReport.class).rollup();
            FiguresSource source = submitted.status == SubmissionStatus.ACCEPTED ? FiguresSource.ACCEPTED : FiguresSource.SUBMITTED;
            return new ChildFigures(child.code(), child.name(), source, submitted.id, frozen.total());
        }
        return new ChildFigures(child.code(), child.name(), FiguresSource.LIVE, null, rollup(child.code(), reportingYear, day).total());
    }
}
