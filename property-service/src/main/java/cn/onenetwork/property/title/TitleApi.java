package cn.onenetwork.property.title;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of titles. */
public final class TitleApi {

    private TitleApi() {
    }

    @Schema(name = "TitleChangeInput", description = "A title state change, with the evidence the new state needs. Also used to open a title record.")
    public record ChangeInput(
            @Schema(description = "The building (only when opening the title record; name a building or a parcel)") UUID buildingId,
            @Schema(description = "The land parcel (only when opening the title record; name a building or a parcel)") UUID parcelId,
            @NotNull TitleState state,
            @Size(max = 100) @Schema(description = "不动产权证书号", examples = "宁(2025)银川市不动产权第0012345号") String unifiedCertificateNo,
            @Size(max = 100) @Schema(description = "房屋所有权证号 (legacy pair)") String buildingOwnershipCertificateNo,
            @Size(max = 100) @Schema(description = "国有土地使用证号 (legacy pair)") String landUseCertificateNo,
            LandUseType landUseType,
            @Size(max = 200) @Schema(description = "登记权利人", examples = "宁夏回族自治区机关事务管理局") String registrant,
            @Size(max = 100) @Schema(description = "The bureau's approval of the classified exception", examples = "宁机管密〔2025〕1号") String approvalReference,
            @Size(max = 100) @Schema(description = "权属备案 reference of an unclear title", examples = "宁机管备〔2025〕7号") String filingReference,
            @Schema(description = "权属资料已移交: the title's records (certificates, deeds, files) were handed over to the bureau. Absent when "
                    + "opening: false; absent in a change: kept as it is.", examples = "true") Boolean recordsHandedOver,
            @Size(max = 2000) @Schema(description = "Why the state changes", examples = "统一登记完成") String reason) {

        TitleRules.Claim claim() {
            return new TitleRules.Claim(unifiedCertificateNo, buildingOwnershipCertificateNo, landUseCertificateNo, approvalReference, filingReference, reason);
        }
    }

    @Schema(name = "TitleChange", requiredProperties = {"toState", "actor", "occurredAt"}, description = "One entry of a title's history.")
    public record ChangeView(TitleState fromState, TitleState toState, String reason, String reference, String actor, OffsetDateTime occurredAt) {
    }

    @Schema(name = "Title", requiredProperties = {"id", "divisionCode", "state", "recordsHandedOver", "nextStates", "history", "version"}, description = "权属 the title of a building or a land parcel, with its full history.")
    public record TitleView(UUID id, @Schema(description = "Set for a building's title") UUID buildingId,
            @Schema(description = "Set for a parcel's title") UUID parcelId, String divisionCode, TitleState state, String unifiedCertificateNo,
            String buildingOwnershipCertificateNo, String landUseCertificateNo, LandUseType landUseType, String registrant,
            String approvalReference, String filingReference,
            @Schema(description = "权属资料已移交: the title's records were handed over to the bureau (with the state, the 权属登记情况 of the statistics "
                    + "tables)", examples = "true") boolean recordsHandedOver,
            @Schema(description = "States it may move to next") List<TitleState> nextStates,
            List<ChangeView> history, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "property.titles";
        public static final String CHANGED = "cn.onenetwork.property.title.changed.v1";
    }

    @Schema(name = "UnificationItem", requiredProperties = {"buildingId", "buildingCode", "buildingName", "divisionCode"}, description = "A building not yet registered to its bureau (统一登记待办).")
    public record UnificationItem(UUID buildingId, String buildingCode, String buildingName, String divisionCode,
            @Schema(description = "Absent when the building has no title record yet") TitleState state) {
    }

    @Schema(name = "UnificationPage", description = "A page of buildings awaiting unification.")
    public record UnificationPage(List<UnificationItem> items, String nextCursor) {
    }

    @Schema(name = "TitleSummary", requiredProperties = {"id", "divisionCode", "state", "version"}, description = "权属 a title as lists show it: its subject, state and certificates (its history is on the title itself).")
    public record TitleSummary(UUID id, @Schema(description = "Set for a building's title") UUID buildingId,
            @Schema(description = "Set for a parcel's title") UUID parcelId, String divisionCode, TitleState state, String unifiedCertificateNo,
            String buildingOwnershipCertificateNo, String landUseCertificateNo, String registrant,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        static TitleSummary of(Title t) {
            return new TitleSummary(t.id, t.buildingId, t.parcelId, t.divisionCode, t.state, t.unifiedCertificateNo, t.buildingOwnershipCertificateNo,
                    t.landUseCertificateNo, t.registrant, t.version);
        }
    }

    @Schema(name = "TitlePage", description = "A page of titles.")
    public record TitlePage(List<TitleSummary> items, String nextCursor) {
    }
}
