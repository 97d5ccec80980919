package cn.onenetwork.maintenance.plan;

import cn.onenetwork.maintenance.reserve.PriorityScore;
import cn.onenetwork.maintenance.reserve.ReserveService.Ranked;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the reserve and the annual plans. */
public final class PlanApi {

    private PlanApi() {
    }

    @Schema(name = "ScorePart", requiredProperties = {"name", "value", "weight", "basis"},
            description = "One part of a priority score: its value from 0 to 100, its weight, and what it was read from.")
    public record ScorePart(PriorityScore.PartName name, @Schema(examples = "64.00") BigDecimal value, @Schema(examples = "0.20") BigDecimal weight,
            @Schema(description = "In the reader's language", examples = "自 1994-06-30 起使用满 32 年，每年计 2 分") String basis) {
    }

    @Schema(name = "ReserveProject", requiredProperties = {"rank", "projectId", "number", "title", "agencyCode", "buildingId", "estimatedCost", "declaredOn", "score", "parts"},
            description = "A project of the reserve with its priority score and the parts it is made of.")
    public record ScoredProject(@Schema(examples = "1") int rank, UUID projectId, @Schema(examples = "640104-WX-2026-0003") String number, String title,
            String agencyCode, UUID buildingId, @Schema(examples = "180000.00") BigDecimal estimatedCost, LocalDate declaredOn,
            @Schema(description = "Weighted mean of the parts, 0 to 100", examples = "57.35") BigDecimal score, List<ScorePart> parts) {

        /** With the parts' bases in the reader's language. */
        public static ScoredProject of(int rank, Ranked r, Locale language) {
            return new ScoredProject(rank, r.projectId(), r.number(), r.title(), r.agencyCode(), r.buildingId(), r.estimatedCost(), r.declaredOn(),
                    r.score(), r.explain().get().parts().stream().map(p -> new ScorePart(p.name(), p.value(), p.weight(), p.basis().render(language))).toList());
        }
    }

    @Schema(name = "RepairReserve", requiredProperties = {"divisionCode", "planYear", "total", "items"},
            description = "项目储备库: the established projects of a division for a plan year, best first (score, then declaration day, then number).")
    public record ReserveView(@Schema(examples = "640104") String divisionCode, @Schema(examples = "2027") int planYear,
            @Schema(description = "Projects in the reserve; items holds the best of them, up to the limit asked", examples = "12") int total,
            List<ScoredProject> items) {
    }

    @Schema(name = "AnnualPlanInput", description = "Draws up your division's plan for a year: the reserve's projects by score, each that still fits the budget.")
    public record PlanInput(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2027") Integer year,
            @NotNull @DecimalMin("0.01") @DecimalMax("99999999999999.99") @Digits(integer = 14, fraction = 2) @Schema(description = "The year's repair budget, 元",
                    examples = "1200000.00") BigDecimal budget) {
    }

    @Schema(name = "AnnualPlanRevision", description = "A new budget for a draft plan: its projects are selected again.")
    public record PlanRevision(@NotNull @DecimalMin("0.01") @DecimalMax("99999999999999.99") @Digits(integer = 14, fraction = 2)
            @Schema(examples = "1500000.00") BigDecimal budget) {
    }

    @Schema(name = "AnnualPlanApproval", description = "批准: the plan's projects are planned (计划安排) and may start.")
    public record PlanApproval(@NotBlank @Size(max = 100) @Schema(examples = "银机管发〔2027〕2号") String approvalReference) {
    }

    @Schema(name = "AnnualPlanLine", requiredProperties = {"rank", "projectId", "number", "title", "amount", "score"}, description = "A project funded by the plan.")
    public record PlanLine(int rank, UUID projectId, String number, String title, @Schema(examples = "180000.00") BigDecimal amount,
            @Schema(description = "Its score when the plan was drawn up", examples = "57.35") BigDecimal score) {
    }

    @Schema(name = "AnnualPlan", requiredProperties = {"id", "divisionCode", "year", "budget", "total", "remaining", "status", "funded", "unfunded",
            "unfundedCount", "version"},
            description = "年度维修计划 with the projects it funds; its total never exceeds its budget.")
    public record PlanView(UUID id, @Schema(examples = "640104") String divisionCode, @Schema(examples = "2027") int year, BigDecimal budget, BigDecimal total,
            BigDecimal remaining, AnnualPlan.Status status, List<PlanLine> funded,
            @Schema(description = "The best 50 reserve projects of the year the plan does not fund") List<ScoredProject> unfunded,
            @Schema(description = "How many reserve projects of the year the plan does not fund", examples = "3") int unfundedCount,
            String approvalReference, LocalDate approvedOn, String approvedBy, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {
    }
}
