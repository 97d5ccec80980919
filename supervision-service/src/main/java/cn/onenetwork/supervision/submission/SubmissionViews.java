package cn.onenetwork.supervision.submission;

import cn.onenetwork.supervision.report.ReportViews.Figures;
import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the statistics submissions answer and accept. */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    @Schema(name = "PrepareSubmission", description = "Prepare your division's statistics report for a reporting year.")
    public record PrepareRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2026") Integer reportingYear) {
    }

    @Schema(name = "SubmitSubmission", description = "Sign off and submit a prepared report to the level above (the local heads sign before submission).")
    public record SubmitRequest(
            @NotBlank @Size(max = 100) @Schema(required = true, description = "填报人", examples = "马晓红") String filledBy,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]{5,40}") @Schema(required = true, description = "联系电话", examples = "0951-6012345") String phone,
            @NotBlank @Size(max = 100) @Schema(required = true, description = "签发的负责人 the head who signed the report off", examples = "李建国") String signedOffBy) {
    }

    @Schema(name = "ReturnSubmission", description = "Return a submitted report to its division with what to correct.")
    public record ReturnRequest(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "退回意见", examples = "兴庆区教育局的批复编制与编办批复不一致，请核实后重报。") String comments) {
    }

    @Schema(name = "StatisticsSubmission", description = "报送 one version of a division's statistics report for a reporting year.")
    public record SubmissionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "640104") String divisionCode,
            @Schema(required = true, examples = "2025") int reportingYear,
            @Schema(required = true, description = "1 for the first version; each return makes way for the next.", examples = "1") int revision,
            @Schema(required = true) SubmissionStatus status,
            @Schema(required = true) String preparedBy,
            @Schema(required = true) OffsetDateTime preparedAt,
            @Schema(description = "The day its figures are as of: the reporting year's last day, or the day it was submitted if earlier.",
                    examples = "2025-12-31") LocalDate asOf,
            @Schema(description = "The deadline in force for the division and year.", examples = "2026-08-10") LocalDate dueOn,
            String filledBy,
            String phone,
            String signedOffBy,
            String submittedBy,
            OffsetDateTime submittedAt,
            @Schema(description = "True when it was submitted after its deadline.") Boolean late,
            @Schema(description = "SHA-256 (hex) of the frozen snapshot's canonical JSON.", examples = "9f2c…") String snapshotSha256,
            String reviewedBy,
            OffsetDateTime reviewedAt,
            String reviewComments,
            @Schema(required = true, description = "Version, also sent as the ETag.", examples = "0") long version) {
    }

    @Schema(name = "StatisticsSubmissionPage", description = "A page of submissions.")
    public record SubmissionPage(@Schema(required = true) List<SubmissionView> items) {
    }

    /** The frozen content of a submitted report. */
    @Schema(name = "SubmittedReport", description = "The snapshot frozen on submission: the division's own tables and the rolled-up figures as they stood.")
    public record SubmittedReport(
            @Schema(required = true, examples = "2025") int reportingYear,
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true) StatisticsTables tables,
            @Schema(required = true) Rollup rollup) {
    }

    @Schema(name = "FiguresSource", description = "Where a child division's figures in a roll-up come from.")
    public enum FiguresSource {
        ACCEPTED, SUBMITTED, LIVE
    }

    @Schema(name = "StatisticsRollup", description = "A level's rolled-up report: its own figures plus each child division's.")
    public record Rollup(
            @Schema(required = true, examples = "640100") String divisionCode,
            @Schema(required = true, examples = "银川市") String divisionName,
            @Schema(required = true, examples = "2025") int reportingYear,
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true, description = "The division's own level (本级).") Figures own,
            @Schema(required = true) List<ChildFigures> children,
            @Schema(required = true, description = "Own plus every child's.") Figures total) {
    }

    @Schema(name = "StatisticsChildFigures", description = "A child division's rolled-up figures: its snapshot once submitted, live (and so marked) until then.")
    public record ChildFigures(
            @Schema(required = true, examples = "640104") String divisionCode,
            @Schema(required = true, examples = "兴庆区") String divisionName,
            @Schema(required = true) FiguresSource source,
            @Schema(description = "The submission whose snapshot gives the figures.") UUID submissionId,
            @Schema(required = true) Figures figures) {
    }

    @Schema(name = "SnapshotVerification", description = "Whether a snapshot is the one frozen on submission.")
    public record Verification(
            @Schema(required = true) UUID submissionId,
            @Schema(required = true, description = "The SHA-256 recorded on submission.") String recordedSha256,
            @Schema(required = true, description = "The SHA-256 of the snapshot as stored now.") String computedSha256,
            @Schema(required = true) boolean intact) {
    }

    @Schema(name = "SnapshotChange", description = "A figure of the snapshot that differs from the live figures.")
    public record Change(
            @Schema(required = true, description = "The table: officeSpace, technicalSpace or constructionProjects.", examples = "officeSpace") String table,
            @Schema(required = true, description = "The row: a building's code and its unit, a project's number.", examples = "XQ-B-001 兴庆区教育局") String row,
            @Schema(required = true, description = "The field, or ROW when the row was added or removed.", examples = "officeUseArea") String field,
            @Schema(description = "As submitted; absent when the row is new.", examples = "234.00") String submitted,
            @Schema(description = "As it stands now; absent when the row is gone.", examples = "252.00") String live) {
    }

    @Schema(name = "SnapshotChanges", description = "What changed in the live figures since the report was submitted.")
    public record Changes(
            @Schema(required = true) UUID submissionId,
            @Schema(required = true, description = "The snapshot's day.") LocalDate submittedAsOf,
            @Schema(required = true, description = "The live figures' day.") LocalDate liveAsOf,
            @Schema(required = true) List<Change> changes) {
    }

    @Schema(name = "LateSubmission", description = "A division below yours that has not reported by its deadline, or reported after it.")
    public record Late(
            @Schema(required = true, examples = "640105") String divisionCode,
            @Schema(required = true, examples = "西夏区") String divisionName,
            @Schema(required = true, examples = "2026-08-10") LocalDate dueOn,
            @Schema(description = "Its live version's state; absent when it prepared none.") SubmissionStatus status,
            @Schema(description = "The day it submitted, when it did.") LocalDate submittedOn,
            @Schema(required = true, description = "Days past the deadline: to submission, or to today while it has not submitted.", examples = "3") long daysLate) {
    }

    @Schema(name = "LateSubmissions", description = "The divisions below yours that are late for a reporting year.")
    public record LateList(@Schema(required = true) int reportingYear, @Schema(required = true) List<Late> items) {
    }
}
