package cn.onenetwork.maintenance.inspection;

import cn.onenetwork.maintenance.repair.BuildingSystem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of inspections and their findings. */
public final class InspectionApi {

    private InspectionApi() {
    }

    @Schema(name = "InspectionPlanInput", description = "检查计划: which systems of a building are inspected, and when.")
    public record PlanInput(@NotNull UUID buildingId, @NotEmpty @Size(max = 12) List<@NotNull BuildingSystem> systems,
            @NotNull @Schema(examples = "2026-12-10") LocalDate plannedOn) {
    }

    @Schema(name = "InspectionCancellation", description = "取消 a planned inspection, with the day and the reason.")
    public record Cancellation(@NotNull @Schema(examples = "2026-12-01") LocalDate cancelledOn,
            @NotBlank @Size(max = 2000) @Schema(examples = "与年度安全检查合并进行") String reason) {
    }

    @Schema(name = "FindingInput", description = "A finding in one of the inspected systems.")
    public record FindingInput(@NotNull @Schema(examples = "FIRE_PROTECTION") BuildingSystem system, @NotNull @Schema(examples = "HIGH") Finding.Severity severity,
            @NotBlank @Size(max = 2000) @Schema(examples = "消防喷淋管道锈蚀渗漏") String description,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2)
            @Schema(description = "What remedying it costs, 元: deferred maintenance until resolved", examples = "36000.00") BigDecimal remediationCost,
            @NotNull @Schema(description = "整改期限", examples = "2027-01-31") LocalDate remediateBy) {
    }

    @Schema(name = "InspectionRecordInput", description = "检查记录: the inspection done, with what it found (possibly nothing).")
    public record RecordInput(@NotNull @PastOrPresent @Schema(examples = "2026-11-20") LocalDate performedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "兴庆区机关事务服务中心 张工") String inspector,
            @NotNull @Size(max = 200) List<@Valid @NotNull FindingInput> findings) {
    }

    @Schema(name = "FindingResolution", description = "整改完成: the finding is remedied.")
    public record Resolution(@NotNull @PastOrPresent @Schema(examples = "2026-12-20") LocalDate resolvedOn,
            @NotBlank @Size(max = 2000) @Schema(examples = "已更换锈蚀管段并试压合格") String resolution) {
    }

    @Schema(name = "InspectionFinding", requiredProperties = {"id", "inspectionId", "buildingId", "divisionCode", "system", "severity", "description",
            "remediationCost", "remediateBy", "overdue", "version"}, description = "检查发现 with its remediation deadline.")
    public record FindingView(UUID id, UUID inspectionId, UUID buildingId, String divisionCode, BuildingSystem system, Finding.Severity severity,
            String description, BigDecimal remediationCost, LocalDate remediateBy, LocalDate resolvedOn, String resolution,
            @Schema(description = "Open past its deadline") boolean overdue, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {
    }

    @Schema(name = "Inspection", requiredProperties = {"id", "number", "divisionCode", "buildingId", "systems", "plannedOn", "status", "findings", "version"},
            description = "检查 an inspection of a building by system.")
    public record InspectionView(UUID id, @Schema(examples = "640104-JC-2026-0001") String number, String divisionCode, UUID buildingId,
            List<BuildingSystem> systems, LocalDate plannedOn, LocalDate performedOn, String inspector, Inspection.Status status,
            LocalDate cancelledOn, String cancellationReason, List<FindingView> findings,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {
    }

    @Schema(name = "InspectionPage", description = "A page of inspections; pass nextCursor back as cursor for the next page.")
    public record InspectionPage(List<InspectionView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Schema(name = "FindingPage", description = "A page of findings, earliest deadline first; pass nextCursor back as cursor.")
    public record FindingPage(List<FindingView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
