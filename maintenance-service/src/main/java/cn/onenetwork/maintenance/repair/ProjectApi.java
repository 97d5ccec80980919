package cn.onenetwork.maintenance.repair;

import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of repair projects. */
public final class ProjectApi {

    private ProjectApi() {
    }

    @Schema(name = "RepairItem", description = "One line of work, by building system.")
    public record Item(@NotNull @Schema(examples = "ENVELOPE") BuildingSystem system,
            @NotBlank @Size(max = 1000) @Schema(examples = "屋面防水层老化渗漏，整体翻新") String description,
            @Schema(description = "The line's own class; the project's when absent. Routine lines are not bundled into a medium or major project.")
            RepairClass itemClass,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2) @Schema(description = "元", examples = "180000.00")
            BigDecimal estimatedCost) {
    }

    @Schema(name = "RepairDeclaration", description = "维修申报: a unit declares repair work on a building it uses; a bureau may declare for a unit of its division.")
    public record Declaration(
            @NotNull @Schema(description = "The declaring unit (申报单位)") UUID agencyId,
            @NotNull UUID buildingId,
            @Size(max = 500) @Schema(description = "The rooms the works take out of use while they last") List<@NotNull UUID> roomIds,
            @NotNull RepairClass repairClass,
            @Min(2000) @Max(2100) @Schema(description = "The plan year; required for medium and major repairs, this year for routine ones", examples = "2027")
            Integer planYear,
            @NotBlank @Size(max = 200) @Schema(examples = "1号楼屋面及外墙维修") String title,
            @NotBlank @Size(max = 4000) @Schema(examples = "屋面渗漏、外墙空鼓脱落，影响办公安全") String description,
            @NotEmpty @Size(max = 6) List<@NotNull RepairGround> grounds,
            @Schema(description = "The gravest hazard; NONE when absent") HazardLevel hazardLevel,
            @Size(max = 20) @Schema(examples = "[\"外墙面砖脱落\"]") List<@NotBlank @Size(max = 500) String> hazards,
            @DecimalMin("0.00") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Energy use, kWh per m² a year", examples = "135.00") BigDecimal energyUseIntensity,
            @DecimalMin("0.00") @DecimalMax("9999999.99") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Floor area added (major repairs only), m²", examples = "0.00") BigDecimal extensionArea,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {
    }

    @Schema(name = "RepairCorrection", description = "A correction of a declaration's text and facts before it is established; the work itself changes only "
            + "by merging (additions), so that the rules stay applied.")
    public record Correction(@NotBlank @Size(max = 200) @Schema(examples = "1号楼屋面及外墙维修") String title,
            @NotBlank @Size(max = 4000) @Schema(examples = "屋面渗漏、外墙空鼓脱落，影响办公安全") String description,
            @NotNull HazardLevel hazardLevel,
            @Size(max = 20) @Schema(examples = "[\"外墙面砖脱落\"]") List<@NotBlank @Size(max = 500) String> hazards,
            @DecimalMin("0.00") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Energy use, kWh per m² a year", examples = "135.00") BigDecimal energyUseIntensity,
            @NotBlank @Size(max = 2000) @Schema(description = "Why it is corrected", examples = "更正项目名称") String comment) {
    }

    @Schema(name = "RepairAdditions", description = "合并申报: work merged into a project before it is established, instead of a second project (化整为零).")
    public record Additions(@NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items,
            @Size(max = 500) List<@NotNull UUID> roomIds,
            @NotBlank @Size(max = 2000) @Schema(examples = "将二次申报的外墙维修并入本项目") String comment) {
    }

    @Schema(name = "RepairAppraisal", description = "检查鉴定: the inspection and appraisal that precedes establishment.")
    public record Appraisal(@NotNull @PastOrPresent @Schema(examples = "2026-11-20") LocalDate appraisedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "宁夏建筑工程质量检测中心") String appraiser,
            @NotBlank @Size(max = 2000) @Schema(examples = "屋面防水失效，外墙饰面空鼓率18%，建议中修") String conclusion,
            @Schema(description = "The hazard the appraisal found; the declared one when absent") HazardLevel hazardLevel,
            @Size(max = 20) @Schema(description = "Ids of the project's documents the appraisal rests on") List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RepairEstablishment", description = "立项: the approval that puts the project in the reserve. No money is committed before it.")
    public record Establishment(@NotBlank @Size(max = 100) @Schema(examples = "银机管维〔2026〕15号") String approvalReference,
            @Size(max = 2000) @Schema(examples = "同意立项") String comment,
            @Size(max = 20) List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RepairContractApproval", description = "超计划合同审批: the approving bureau approves a contract above the amount the annual plan funds.")
    public record ContractApproval(
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2) @Schema(description = "The contract cost approved, 元",
                    examples = "168000.00") BigDecimal contractCost,
            @NotBlank @Size(max = 100) @Schema(examples = "兴机管维〔2027〕3号") String approvalReference,
            @Size(max = 2000) @Schema(examples = "同意按中标价签订合同") String comment,
            @Size(max = 20) List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RepairStart", description = "实施: works begin under a contract; a large project names its public tender.")
    public record Start(@NotNull @Schema(examples = "2027-04-01") LocalDate startedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "宁夏某建设工程有限公司") String contractor,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2) @Schema(examples = "168000.00") BigDecimal contractCost,
            @Size(max = 100) @Schema(description = "Public resource trading centre tender number; required when the estimate or the contract is in the large band",
                    examples = "NXGGZY-2027-0123")
            String tenderReference,
            @Size(max = 2000) String comment,
            @Size(max = 20) List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RepairAcceptance", description = "竣工验收: the works are accepted with their actual cost and the acceptance record (a document of kind ACCEPTANCE).")
    public record Acceptance(@NotNull @PastOrPresent @Schema(examples = "2027-08-30") LocalDate acceptedOn,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2) @Schema(examples = "171500.00") BigDecimal actualCost,
            @Size(max = 2000) @Schema(examples = "验收合格") String comment,
            @NotEmpty @Size(max = 20) @Schema(description = "The acceptance documents, already stored with the project") List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RoutineReport", description = "A routine repair done by the unit from its operating budget, with what it cost.")
    public record Report(@NotNull @PastOrPresent @Schema(examples = "2026-11-25") LocalDate completedOn,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999.99") @Digits(integer = 10, fraction = 2) @Schema(examples = "3200.00") BigDecimal actualCost,
            @Size(max = 2000) String comment,
            @Size(max = 20) List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "RepairRejection", description = "不予立项, with the reason.")
    public record Rejection(@NotBlank @Size(max = 2000) @Schema(examples = "经鉴定主体结构完好，按日常维修处理") String comment) {
    }

    @Schema(name = "RepairWithdrawal", description = "撤回 a declaration before it is established, with the reason.")
    public record Withdrawal(@NotBlank @Size(max = 2000) @Schema(examples = "已并入本单位另一项目") String comment) {
    }

    @Schema(name = "RepairSplitting", requiredProperties = {"routineTotal", "mediumFrom"},
            description = "化整为零 suspected: the unit's routine declarations at the address for the plan year, this one included, reach the medium band.")
    public record Splitting(@Schema(description = "Their total with this declaration, 元", examples = "50000.00") BigDecimal routineTotal,
            @Schema(description = "Where the medium band started on the day of the declaration, 元", examples = "50000") BigDecimal mediumFrom,
            @Schema(description = "The same in the reader's language, with the rule; absent in events, whose consumers write their own",
                    examples = "疑似化整为零：该单位在此地址 2026 年度的日常维修申报连同本次合计 50000.00 元，已达到中额档起点 50000 元。依据：…") String explanation) {
    }

    @Schema(name = "ProjectStageEntry", requiredProperties = {"stage", "status", "actedOn", "actor", "documentIds", "at"}, description = "One stage a project took.")
    public record StageView(@Schema(examples = "ESTABLISH") String stage, @Schema(examples = "ESTABLISHED") String status, LocalDate actedOn,
            @Schema(examples = "bureau-admin-640104") String actor, String comment, List<UUID> documentIds, OffsetDateTime at) {
    }

    @Schema(name = "ProjectDocument", requiredProperties = {"id", "kind", "fileName", "contentType", "sizeBytes", "sha256", "uploadedAt"}, description = "A document or photo of a project.")
    public record DocumentView(UUID id, ProjectDocument.Kind kind, @Schema(examples = "验收报告.pdf") String fileName,
            @Schema(examples = "application/pdf") String contentType, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {

        static DocumentView of(ProjectDocument d) {
            return new DocumentView(d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt);
        }
    }

    @Schema(name = "RepairProject", requiredProperties = {"id", "number", "agencyId", "agencyCode", "divisionCode", "buildingId", "repairClass", "planYear",
            "title", "description", "grounds", "hazardLevel", "hazards", "extensionArea", "roomIds", "items", "estimatedCost", "costBand", "tendered",
            "splitSuspected", "approvingDivision", "status", "declaredOn", "stages", "documents", "version"}, description = "维修项目 with its procedure, costs and documents.")
    public record ProjectView(UUID id, @Schema(examples = "640104-WX-2026-0001") String number, UUID agencyId,
            @Schema(examples = "11640104MB0000101H") String agencyCode, @Schema(examples = "640104") String divisionCode, UUID buildingId,
            RepairClass repairClass, @Schema(examples = "2027") int planYear, String title, String description, List<RepairGround> grounds,
            HazardLevel hazardLevel, List<String> hazards, BigDecimal energyUseIntensity, BigDecimal extensionArea, List<UUID> roomIds, List<Item> items,
            @Schema(description = "Σ items, 元") BigDecimal estimatedCost, CostBand costBand,
            @Schema(description = "Tendered through the public resource trading centre: its estimate or its contract is in the large band") boolean tendered,
            @Schema(description = "化整为零 suspected: a routine declaration that, with the unit's earlier ones at this address this year, reaches the "
                    + "medium band; the bureau reviews them together (splitting says why)") boolean splitSuspected,
            @Schema(description = "Why splitting is suspected; absent when it is not") Splitting splitting,
            @Schema(description = "The division whose bureau establishes the project (the level above for a large one)", examples = "640104") String approvingDivision,
            BigDecimal contractCost,
            @Schema(description = "A contract cost above the planned amount that the approving bureau approved, 元") BigDecimal approvedContractCost,
            @Schema(description = "That approval's number", examples = "兴机管维〔2027〕3号") String contractApprovalReference, BigDecimal actualCost,
            @Schema(description = "Actual − estimate, 元; absent until the actual cost is known") BigDecimal variance,
            @Schema(description = "Variance ÷ estimate, %", examples = "-4.72") BigDecimal variancePercent,
            String contractor, String tenderReference, String approvalReference, ProjectStatus status,
            @Schema(description = "The stage that moves it forward; absent when its procedure is over", examples = "ESTABLISH") Procedure.Stage nextStage,
            LocalDate declaredOn, LocalDate appraisedOn, LocalDate establishedOn, LocalDate plannedOn, LocalDate startedOn, LocalDate acceptedOn,
            List<StageView> stages, List<DocumentView> documents, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        /** Project events carry this view, keyed by project. */
        public static final String TOPIC = "maintenance.repair-projects";
        public static final String DECLARED = "cn.onenetwork.maintenance.repair.declared.v1";
        public static final String APPROVED = "cn.onenetwork.maintenance.repair.approved.v1";
        public static final String PLANNED = "cn.onenetwork.maintenance.repair.planned.v1";
        public static final String STARTED = "cn.onenetwork.maintenance.repair.started.v1";
        public static final String COMPLETED = "cn.onenetwork.maintenance.repair.completed.v1";
        public static final String CHANGED = "cn.onenetwork.maintenance.repair.changed.v1";
    }

    @Schema(name = "RepairProjectPage", description = "A page of projects; pass nextCursor back as cursor for the next page.")
    public record ProjectPage(List<ProjectView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
