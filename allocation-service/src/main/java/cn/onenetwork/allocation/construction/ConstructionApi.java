package cn.onenetwork.allocation.construction;

import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of construction necessity reviews. */
public final class ConstructionApi {

    private ConstructionApi() {
    }

    @Schema(name = "ConstructionReviewInput", description = "必要性审查 opened for a request approved with method CONSTRUCTION (so reallocation, exchange and lease were ruled out).")
    public record ReviewInput(
            @NotNull UUID requestId,
            @NotBlank @Size(max = 200) @Schema(examples = "兴庆区综合办公楼新建项目") String projectName,
            @NotBlank @Size(max = 300) @Schema(examples = "兴庆区丽景街以东") String site,
            @NotNull @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 10, fraction = 2) @Schema(description = "Planned use area, m²", examples = "1200.00") BigDecimal plannedArea,
            @NotNull @DecimalMin("0.01") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) @Schema(description = "元", examples = "36000000.00") BigDecimal estimatedInvestment,
            @Size(max = 200) @Schema(description = "审批部门 the department that approves the project, when known; it may also be given at the hand-off",
                    examples = "兴庆区发展和改革局") String approvingDepartment,
            @Size(max = 200) @Schema(description = "建设单位 the unit that builds it, when known; it may also be given at the hand-off",
                    examples = "兴庆区机关事务服务中心") String builder) {
    }

    @Schema(name = "ConstructionDecision", description = "The review's findings and its decision.")
    public record Decision(
            @NotNull @Schema(description = "true: necessary (确有必要); false: not supported") Boolean necessary,
            @NotNull @Size(min = 1, max = 50) @Schema(description = "What the review found", examples = "[\"现有用房均为危房\", \"租用成本高于建设\"]")
            List<@NotBlank @Size(max = 1000) String> findings,
            @NotBlank @Size(max = 2000) @Schema(examples = "公物仓及本级房产均无法满足，租用成本高于建设") String reason) {
    }

    @Schema(name = "ConstructionHandOff", description = "The hand-off to the development-and-reform approval (立项).")
    public record HandOff(@NotBlank @Size(max = 200) @Schema(examples = "兴庆区发展和改革局") String handedTo,
            @NotBlank @Size(max = 100) @Schema(examples = "兴机管函〔2026〕21号") String reference,
            @Size(max = 200) @Schema(description = "审批部门; absent or blank: as it stands on the review", examples = "兴庆区发展和改革局") String approvingDepartment,
            @Size(max = 200) @Schema(description = "建设单位; absent or blank: as it stands on the review", examples = "兴庆区机关事务服务中心") String builder) {
    }

    @Schema(name = "ConstructionReview", requiredProperties = {"id", "number", "requestId", "agencyId", "agencyCode", "divisionCode", "projectName", "site",
            "plannedArea", "estimatedInvestment", "findings", "status", "history", "version"}, description = "必要性审查 of a construction request.")
    public record ReviewView(UUID id, @Schema(examples = "640104-JS-2026-0001") String number, UUID requestId,
            @Schema(description = "主要使用单位: the unit of the request") UUID agencyId,
            @Schema(description = "The unit's 统一社会信用代码", examples = "11640104MB0000012X") String agencyCode, String divisionCode, String projectName,
            String site, BigDecimal plannedArea, BigDecimal estimatedInvestment,
            @Schema(description = "审批部门; absent until given", examples = "兴庆区发展和改革局") String approvingDepartment,
            @Schema(description = "建设单位; absent until given", examples = "兴庆区机关事务服务中心") String builder,
            List<String> findings, ReviewStatus status, String decisionReason,
            String handedTo, String handOffReference, List<WorkflowStep.View> history,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.construction-reviews";
        public static final String OPENED = "cn.onenetwork.allocation.construction-review.opened.v1";
        public static final String DECIDED = "cn.onenetwork.allocation.construction-review.decided.v1";
        public static final String HANDED_OFF = "cn.onenetwork.allocation.construction-review.handed-off.v1";
    }

    @Schema(name = "ConstructionReviewPage", description = "A page of reviews; pass nextCursor back as cursor for the next page.")
    public record ReviewPage(List<ReviewView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
