package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of certificates and their public verification. */
public final class CertificateApi {

    private CertificateApi() {
    }

    @Schema(name = "CertificateRoom", requiredProperties = {"roomId", "number", "useArea"}, description = "A room a certificate covers.")
    public record CertificateRoom(UUID roomId, @Schema(examples = "301") String number, @Schema(examples = "18.00") BigDecimal useArea) {
    }

    @Schema(name = "UseAgreementSigning", requiredProperties = {"signedOn", "unitSignatory", "bureauSignatory"},
            description = "使用协议 as the unit and the bureau signed it, required to issue a certificate: when and by whom. Its terms are fixed: the "
                    + "rooms of the certificate, office use by the unit (OFFICE_USE), and the obligations NO_RENTING, NO_LENDING, NO_BUSINESS_USE and "
                    + "VACATE_ON_CHANGE; they print with the certificate. Refused when absent (400 AGREEMENT_MISSING), without its date or a signatory "
                    + "(422 AGREEMENT_NOT_SIGNED), or dated after today or after the day of issue (422 AGREEMENT_SIGNED_IN_FUTURE, AGREEMENT_SIGNED_AFTER_ISSUE).")
    public record AgreementSigning(
            @Schema(description = "The day both parties signed: on or before the day of issue, never in the future", examples = "2026-11-28") LocalDate signedOn,
            @Size(max = 100) @Schema(description = "Who signed for the unit (法定代表人或其授权代表)", examples = "王建国") String unitSignatory,
            @Size(max = 100) @Schema(description = "Who signed for the bureau (机关事务管理部门)", examples = "李文华") String bureauSignatory) {
    }

    @Schema(name = "UseAgreement", requiredProperties = {"signedOn", "unitSignatory", "bureauSignatory", "purpose", "obligations", "rooms"},
            description = "使用协议 the certificate was issued with, as signed: its rooms stay as they were on signing when the certificate changes.")
    public record AgreementView(@Schema(examples = "2026-11-28") LocalDate signedOn, @Schema(examples = "王建国") String unitSignatory,
            @Schema(examples = "李文华") String bureauSignatory, AgreementPurpose purpose, List<AgreementObligation> obligations, List<CertificateRoom> rooms) {
    }

    @Schema(name = "Certificate", requiredProperties = {"id", "number", "basis", "agencyId", "agencyCode", "divisionCode", "rooms", "totalArea", "issuedOn", "status",
            "statusSince", "history", "version"}, description = "分配使用凭证 (宁夏: 使用权证). Its verification code is printed on it and never returned here.")
    public record CertificateView(UUID id, @Schema(examples = "640104-PZ-2026-0001") String number,
            @Schema(description = "The request it was issued for") UUID requestId, CertificateBasis basis, UUID agencyId, @Schema(examples = "11640104MB0000012X") String agencyCode,
            @Schema(examples = "640104") String divisionCode, List<CertificateRoom> rooms, @Schema(examples = "54.00") BigDecimal totalArea,
            LocalDate issuedOn, CertificateStatus status, @Schema(description = "Why it was changed, transferred, cancelled or revoked") String statusReason,
            LocalDate statusSince, @Schema(description = "The use agreement it was issued with; absent only on certificates issued before agreements were recorded")
            AgreementView agreement, List<WorkflowStep.View> history, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.certificates";
        public static final String ISSUED = "cn.onenetwork.allocation.certificate.issued.v1";
        public static final String CHANGED = "cn.onenetwork.allocation.certificate.changed.v1";
        public static final String TRANSFERRED = "cn.onenetwork.allocation.certificate.transferred.v1";
        public static final String CANCELLED = "cn.onenetwork.allocation.certificate.cancelled.v1";
        public static final String REVOKED = "cn.onenetwork.allocation.certificate.revoked.v1";
    }

    @Schema(name = "CertificatePage", description = "A page of certificates; pass nextCursor back as cursor for the next page.")
    public record CertificatePage(List<CertificateView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Schema(name = "CertificateIssue", description = "A certificate for rooms a unit holds already (EXISTING_USE): holdings recorded from before the "
            + "platform, or a merger's successor. Without roomIds, every room the unit holds that no valid certificate covers.")
    public record Issue(@NotNull UUID agencyId, @Size(max = 500) List<@NotNull UUID> roomIds, @Valid @Schema(required = true) AgreementSigning agreement) {
    }

    @Schema(name = "CertificateChange", description = "变更: the rooms the certificate now covers (all held by its unit), and why.")
    public record Change(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> roomIds,
            @NotBlank @Size(max = 1000) @Schema(examples = "置换后用房调整") String reason) {
    }

    @Schema(name = "CertificateTransfer", description = "转接: the unit that takes the certificate over (a successor after a merger), and why.")
    public record Transfer(@NotNull UUID agencyId, @NotBlank @Size(max = 1000) @Schema(examples = "机构合并，由继任单位承接") String reason) {
    }

    @Schema(name = "CertificateCancellation", description = "注销: why the certificate ends (the space was handed back).")
    public record Cancellation(@NotBlank @Size(max = 1000) @Schema(examples = "用房已腾退移交") String reason) {
    }

    @Schema(name = "CertificateRevocation", description = "收回: the ground and the facts.")
    public record Revocation(@NotNull RevocationGround ground, @NotBlank @Size(max = 1000) @Schema(examples = "申报编制人数与批复不符") String reason) {
    }

    @Schema(name = "CertificatePrinting", description = "Why the certificate is printed: each printing issues a new verification code and voids the last.")
    public record Printing(@NotBlank @Size(max = 200) @Schema(examples = "首次发放") String reason) {
    }

    /** What an Idempotency-Key of a printing stands for: this certificate, for this reason. */
    record PrintRequest(UUID certificateId, String reason) {
    }

    @Schema(name = "CertificatePrintout", requiredProperties = {"number", "verificationUrl", "verificationCode", "html"},
            description = "A printing of the certificate: the new verification code (shown only here), the URL its QR code opens, and the A4 pages "
                    + "(the certificate, then its use agreement's terms and signatories).")
    public record Printout(@Schema(examples = "640104-PZ-2026-0001") String number,
            @Schema(examples = "https://gateway.example/api/v1/certificate-verifications?number=640104-PZ-2026-0001&code=K7M2Q9TXWB") String verificationUrl,
            @Schema(examples = "K7M2Q9TXWB") String verificationCode,
            @Schema(description = "The printable page: HTML with print CSS and the QR code as inline SVG") String html) {
    }

    @Schema(name = "CertificateVerification", requiredProperties = {"valid"}, description = "Whether a certificate with this number and code is valid. "
            + "Nothing else: no holder, no rooms, not even whether the number exists.")
    public record Verification(boolean valid) {
    }
}
