package cn.onenetwork.allocation.lease;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.Valid;
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

/** Request and response shapes of leases. */
public final class LeaseApi {

    private LeaseApi() {
    }

    @Schema(name = "LeaseInput", description = "租用 a lease signed for a request approved with method LEASE. The premises are registered in the registry first "
            + "(a building of origin LEASED and its rooms); the unit holds the rooms for the term.")
    public record LeaseInput(
            @NotNull @Schema(description = "The request approved with method LEASE") UUID requestId,
            @NotNull @Schema(description = "The leased premises as registered in the registry") UUID buildingId,
            @NotNull @Size(min = 1, max = 500) @Schema(description = "The rooms of that building the lease covers") List<@NotNull UUID> roomIds,
            @NotBlank @Size(max = 200) @Schema(examples = "银川市某置业有限公司") String lessor,
            @NotNull @Schema(examples = "2027-01-01") LocalDate startsOn,
            @NotNull @Schema(examples = "2029-12-31") LocalDate endsOn,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) @Schema(description = "元 per year", examples = "86400.00") BigDecimal annualRent,
            @NotBlank @Size(max = 100) @Schema(description = "The bureau's approval", examples = "银机管租〔2026〕2号") String approvalReference,
            @NotBlank @Size(max = 100) @Schema(description = "备案 of the contract with the bureau", examples = "银机管备〔2026〕15号") String filingReference,
            @Valid @Schema(required = true, description = "The use agreement the unit signed; the certificate is issued with it") AgreementSigning agreement) {
    }

    @Schema(name = "LeaseEnd", description = "The lease ends (expired or terminated): the unit's holdings of its rooms end that day.")
    public record End(@NotNull @Schema(examples = "2029-12-31") LocalDate endedOn, @NotBlank @Size(max = 1000) @Schema(examples = "租期届满") String reason) {
    }

    @Schema(name = "Lease", requiredProperties = {"id", "number", "requestId", "agencyId", "agencyCode", "divisionCode", "buildingId", "roomIds", "lessor", "area",
            "startsOn", "endsOn", "annualRent", "monthlyRentPerSquareMetre", "approvalReference", "filingReference", "status", "expiresSoon", "history", "version"},
            description = "租用 a lease contract for office premises.")
    public record LeaseView(UUID id, @Schema(examples = "640104-ZL-2026-0001") String number, UUID requestId, UUID agencyId, String agencyCode,
            String divisionCode, UUID buildingId, List<UUID> roomIds, String lessor, @Schema(description = "Use area leased, m²") BigDecimal area,
            LocalDate startsOn, LocalDate endsOn, BigDecimal annualRent,
            @Schema(description = "元 per m² per month, the figure the rent cap applies to", examples = "40.00") BigDecimal monthlyRentPerSquareMetre,
            String approvalReference, String filingReference, LeaseStatus status, LocalDate endedOn, String endReason,
            @Schema(description = "Active and ending within the reminder lead (3 months unless the region sets another)") boolean expiresSoon,
            @Schema(description = "When the expiry reminder was sent") LocalDate expiryRemindedOn, List<WorkflowStep.View> history,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.leases";
        public static final String SIGNED = "cn.onenetwork.allocation.lease.signed.v1";
        public static final String EXPIRY_DUE = "cn.onenetwork.allocation.lease.expiry-due.v1";
        public static final String ENDED = "cn.onenetwork.allocation.lease.ended.v1";
    }

    @Schema(name = "LeasePage", description = "A page of leases; pass nextCursor back as cursor for the next page.")
    public record LeasePage(List<LeaseView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
