package cn.onenetwork.allocation.exchange;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of exchanges. */
public final class ExchangeApi {

    private ExchangeApi() {
    }

    @Schema(name = "ExchangeSideInput", description = "A unit and the holdings it gives up.")
    public record SideInput(@NotNull UUID agencyId, @NotNull @Size(min = 1, max = 200) List<@NotNull UUID> holdingIds) {
    }

    @Schema(name = "ExchangeInput", description = "置换 approved as the holdings stand now: completing it later applies it only if none of them changed.")
    public record ExchangeInput(@NotNull @Valid SideInput first, @NotNull @Valid SideInput second,
            @Schema(description = "The request approved with method EXCHANGE that this serves; fulfilled when the exchange completes") UUID requestId,
            @NotBlank @Size(max = 1000) @Schema(examples = "两单位办公地点互换，便于集中办公") String reason) {
    }

    @Schema(name = "ExchangeCompletion", description = "The day the rooms change hands, and the use agreement each unit signed for the rooms it receives.")
    public record Completion(@NotNull @Schema(examples = "2026-12-15") LocalDate effectiveOn, @Size(max = 2000) String comment,
            @Valid @Schema(required = true, description = "Signed by the first unit; its certificate is issued with it") AgreementSigning firstAgreement,
            @Valid @Schema(required = true, description = "Signed by the second unit; its certificate is issued with it") AgreementSigning secondAgreement) {
    }

    @Schema(name = "ExchangeCancellation", description = "Why the exchange will not happen.")
    public record Cancellation(@NotBlank @Size(max = 2000) @Schema(examples = "一方机构调整，置换取消") String comment) {
    }

    @Schema(name = "ExchangedHolding", requiredProperties = {"holdingId", "roomId", "roomNumber", "version"}, description = "A holding as approved.")
    public record HoldingAsApproved(UUID holdingId, UUID roomId, @Schema(examples = "301") String roomNumber,
            @Schema(description = "The holding's version at approval") long version) {
    }

    @Schema(name = "ExchangeSide", requiredProperties = {"agencyId", "holdings"}, description = "A unit and the holdings it gives up.")
    public record SideView(UUID agencyId, List<HoldingAsApproved> holdings) {
    }

    @Schema(name = "Exchange", requiredProperties = {"id", "number", "divisionCode", "first", "second", "reason", "status", "history", "version"},
            description = "置换 between two units of a division.")
    public record ExchangeView(UUID id, @Schema(examples = "640104-ZH-2026-0001") String number, String divisionCode, UUID requestId, SideView first,
            SideView second, String reason, ExchangeStatus status, LocalDate effectiveOn, List<WorkflowStep.View> history,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.exchanges";
        public static final String APPROVED = "cn.onenetwork.allocation.exchange.approved.v1";
        public static final String COMPLETED = "cn.onenetwork.allocation.exchange.completed.v1";
        public static final String CANCELLED = "cn.onenetwork.allocation.exchange.cancelled.v1";
    }

    @Schema(name = "ExchangePage", description = "A page of exchanges; pass nextCursor back as cursor for the next page.")
    public record ExchangePage(List<ExchangeView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
