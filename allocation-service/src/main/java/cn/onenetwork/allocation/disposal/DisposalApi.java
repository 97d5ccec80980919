package cn.onenetwork.allocation.disposal;

import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of disposals. */
public final class DisposalApi {

    private DisposalApi() {
    }

    @Schema(name = "DisposalInput", description = "处置 proposed for a building of your division. Refused while its title is not clear or a unit holds any of its rooms.")
    public record DisposalInput(
            @NotNull UUID buildingId,
            @NotNull DisposalMethod method,
            @NotNull DisposalGround ground,
            @NotBlank @Size(max = 2000) @Schema(examples = "经鉴定为D级危房，加固费用超过重建费用的70%") String groundsDetail,
            @Size(max = 1000) @Schema(description = "Required for any method but REALLOCATE: why no unit can use it", examples = "本级及下级单位均无使用需求")
            String reallocationRuledOut,
            @Size(max = 200) @Schema(description = "Who receives it (the unit, the new user, the lessee)", examples = "兴庆区社区服务中心") String recipient) {
    }

    @Schema(name = "DisposalApproval", description = "The approval the disposal rests on.")
    public record Approval(@NotBlank @Size(max = 100) @Schema(examples = "宁机管处〔2026〕4号") String approvalReference, @Size(max = 2000) String comment) {
    }

    @Schema(name = "DisposalCompletion", description = "The disposal is carried out: when, and the proceeds remitted to the treasury (上缴国库).")
    public record Completion(
            @NotNull @Schema(examples = "2026-12-20") LocalDate completedOn,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) @Schema(description = "元; 0 for a demolition or a free transfer", examples = "3500000.00") BigDecimal proceeds,
            @Size(max = 100) @Schema(description = "Required when there are proceeds: the remittance to the treasury", examples = "宁财缴〔2026〕88号") String treasuryReference,
            @Size(max = 2000) String comment) {
    }

    @Schema(name = "DisposalCancellation", description = "Why the disposal will not happen.")
    public record Cancellation(@NotBlank @Size(max = 2000) @Schema(examples = "规划调整，暂缓处置") String comment) {
    }

    @Schema(name = "Disposal", requiredProperties = {"id", "number", "buildingId", "buildingName", "divisionCode", "method", "ground", "groundsDetail", "status",
            "history", "version"}, description = "处置利用 of a building.")
    public record DisposalView(UUID id, @Schema(examples = "640104-CZ-2026-0001") String number, UUID buildingId,
            @Schema(examples = "兴庆区老干部活动中心") String buildingName, String divisionCode, DisposalMethod method, DisposalGround ground,
            String groundsDetail, String reallocationRuledOut, String recipient, DisposalStatus status, String approvalReference, LocalDate completedOn,
            BigDecimal proceeds, String treasuryReference, List<WorkflowStep.View> history,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.disposals";
        public static final String PROPOSED = "cn.onenetwork.allocation.disposal.proposed.v1";
        public static final String APPROVED = "cn.onenetwork.allocation.disposal.approved.v1";
        public static final String COMPLETED = "cn.onenetwork.allocation.disposal.completed.v1";
        public static final String CANCELLED = "cn.onenetwork.allocation.disposal.cancelled.v1";
    }

    @Schema(name = "DisposalPage", description = "A page of disposals; pass nextCursor back as cursor for the next page.")
    public record DisposalPage(List<DisposalView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
