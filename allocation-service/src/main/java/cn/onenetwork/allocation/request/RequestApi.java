package cn.onenetwork.allocation.request;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of allocation requests. */
public final class RequestApi {

    private RequestApi() {
    }

    @Schema(name = "StaffCount", description = "People of one rank the space is asked for; at most the unit's approved posts (编制) of that rank.")
    public record StaffCount(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z_]+") @Schema(examples = "SECTION_CHIEF") String rank,
            @NotNull @Min(1) @Max(10000) @Schema(examples = "4") Integer people) {
    }

    @Schema(name = "AllocationRequestInput", description = "用房申请 a unit's request for office space. The entitlement is computed from the standards and "
            + "allowances in force today for the unit's division, by the rule the registry checks with.")
    public record RequestInput(
            @NotNull @Schema(description = "The unit asking (使用单位); a user unit asks only for itself") UUID agencyId,
            @NotNull RequestReason reason,
            @NotBlank @Size(max = 2000) @Schema(examples = "机构改革新组建，现无办公用房") String justification,
            @NotNull @Size(min = 1, max = 60) @Schema(description = "The unit's whole staff per rank once it is served, each rank once and within its "
                    + "approved posts: not only the people added, since the space the unit already holds counts against the entitlement")
            List<@Valid @NotNull StaffCount> staff,
            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 8, fraction = 2) @Schema(description = "服务用房 asked, m²", examples = "40.00") BigDecimal serviceAreaAsked,
            @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 8, fraction = 2) @Schema(description = "设备用房 asked, m²", examples = "20.00") BigDecimal equipmentAreaAsked,
            @NotNull @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 8, fraction = 2) @Schema(description = "Total use area asked, m²", examples = "150.00") BigDecimal areaAsked,
            @Size(max = 20) @Schema(description = "References of the supporting documents (编制批复, 机构改革方案…)", examples = "[\"宁编发〔2026〕12号\"]")
            List<@NotBlank @Size(max = 200) String> documents) {
    }

    @Schema(name = "StaffLine", requiredProperties = {"rank", "people"}, description = "One rank of a request and the office standard it was sized by.")
    public record StaffLine(@Schema(examples = "SECTION_CHIEF") String rank, @Schema(examples = "4") int people,
            @Schema(description = "Office standard per person in force on the day sized, m²", examples = "18.00") BigDecimal standard,
            @Schema(description = "Why a ceiling stood in for the rank's own standard") String ceilingReason) {
    }

    @Schema(name = "AllocationRequest", requiredProperties = {"id", "number", "agencyId", "agencyCode", "divisionCode", "reason", "justification", "staff",
            "serviceAreaAsked", "equipmentAreaAsked", "areaAsked", "documents", "sizedOn", "officeEntitlement", "heldArea", "status", "ruledOut",
            "reservedRoomIds", "history", "version"}, description = "用房申请 with its entitlement, decision and history.")
    public record RequestView(UUID id, @Schema(examples = "640104-SQ-2026-0001") String number, UUID agencyId,
            @Schema(examples = "11640104MB0000012X") String agencyCode, @Schema(examples = "640104") String divisionCode, RequestReason reason,
            String justification, List<StaffLine> staff, BigDecimal serviceAreaAsked, BigDecimal equipmentAreaAsked, BigDecimal areaAsked,
            List<String> documents, @Schema(description = "The day whose standards sized the request") LocalDate sizedOn,
            @Schema(description = "Σ people × office standard, m²", examples = "90.00") BigDecimal officeEntitlement,
            @Schema(description = "Offices plus the service and equipment allowance per person, m²; absent without an allowance in force", examples = "126.00")
            BigDecimal basicEntitlement,
            @Schema(description = "Basic office space the unit held when it asked, m² (0 for a relocation, which hands it back)", examples = "0.00")
            BigDecimal heldArea,
            RequestStatus status, AllocationMethod method,
            @Schema(description = "Why each method above the one chosen could not serve") Map<AllocationMethod, String> ruledOut,
            FundingSource fundingSource,
            @Schema(description = "The idle pool's best recommendation when the decision was taken; absent when the pool had none") RecommendationView poolBestFit,
            @Schema(description = "Rooms promised to this request until it is fulfilled") List<UUID> reservedRoomIds,
            @Schema(description = "The last day the promised rooms stay promised; absent without a promise") LocalDate promisedUntil,
            @Schema(description = "Service space granted at approval, m²", examples = "40.00") BigDecimal serviceAreaGranted,
            @Schema(description = "Equipment space granted at approval, m²", examples = "20.00") BigDecimal equipmentAreaGranted,
            @Schema(description = "What fulfilment may hand over, m²: the area asked within the offices' entitlement plus the space granted", examples = "150.00")
            BigDecimal areaApproved,
            List<WorkflowStep.View> history, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        /** This request as a reader sees it: the pool's recommendation explained in the reader's language. */
        public RequestView in(Locale language) {
            return poolBestFit == null ? this : new RequestView(id, number, agencyId, agencyCode, divisionCode, reason, justification, staff,
                    serviceAreaAsked, equipmentAreaAsked, areaAsked, documents, sizedOn, officeEntitlement, basicEntitlement, heldArea, status, method,
                    ruledOut, fundingSource, poolBestFit.in(language), reservedRoomIds, promisedUntil, serviceAreaGranted, equipmentAreaGranted,
                    areaApproved, history, version);
        }

        /** Request events carry this view, keyed by request. */
        public static final String TOPIC = "allocation.requests";
        public static final String SUBMITTED = "cn.onenetwork.allocation.request.submitted.v1";
        public static final String REVIEW_STARTED = "cn.onenetwork.allocation.request.review-started.v1";
        public static final String APPROVED = "cn.onenetwork.allocation.request.approved.v1";
        public static final String REJECTED = "cn.onenetwork.allocation.request.rejected.v1";
        public static final String WITHDRAWN = "cn.onenetwork.allocation.request.withdrawn.v1";
        public static final String CANCELLED = "cn.onenetwork.allocation.request.cancelled.v1";
        public static final String FULFILLED = "cn.onenetwork.allocation.request.fulfilled.v1";
        public static final String PROMISE_LAPSED = "cn.onenetwork.allocation.request.promise-lapsed.v1";
    }

    @Schema(name = "AllocationRequestPage", description = "A page of requests; pass nextCursor back as cursor for the next page.")
    public record RequestPage(List<RequestView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Schema(name = "RequestComment", description = "A workflow step's comment.")
    public record StepInput(@Size(max = 2000) @Schema(examples = "材料齐全，进入审核") String comment) {
    }

    @Schema(name = "RequestRejection", description = "Why the request is not approved.")
    public record Rejection(@NotBlank @Size(max = 2000) @Schema(examples = "现有用房已达标准，不予配置") String comment) {
    }

    @Schema(name = "RequestApproval", description = "The decision: the method, why each higher method cannot serve, the funding for a lease or "
            + "construction, the service and equipment space granted, and the pool rooms to promise to the request for a reallocation.")
    public record Approval(
            @NotNull AllocationMethod method,
            @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Service space granted, m², at most what was asked: within the allowance in force (what was asked when absent), or, "
                    + "where no allowance is in force, the bureau's own figure, then required", examples = "40.00") BigDecimal serviceAreaGranted,
            @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Equipment space granted, m², like serviceAreaGranted", examples = "20.00") BigDecimal equipmentAreaGranted,
            @Schema(description = "For each method above the chosen one, why it cannot serve", examples = "{\"REALLOCATION\": \"公物仓无满足条件的房源\"}")
            Map<@NotNull AllocationMethod, @NotBlank @Size(max = 1000) String> ruledOut,
            @Schema(description = "Required for a lease or construction; only GOVERNMENT_BUDGET is permitted") FundingSource fundingSource,
            @Size(max = 500) @Schema(description = "Pool rooms promised to this request (reallocation only), usually a recommendation's rooms")
            List<@NotNull UUID> reservedRoomIds,
            @Size(max = 2000) @Schema(examples = "同意调剂") String comment) {
    }

    @Schema(name = "RequestFulfilment", description = "Fulfils an approved reallocation: the unit holds these rooms from the date, in one transaction.")
    public record Fulfilment(
            @Size(max = 500) @Schema(description = "The rooms to hand over; the rooms promised at approval when absent") List<@NotNull UUID> roomIds,
            @NotNull @Schema(examples = "2026-12-01") LocalDate fromDate,
            @Size(max = 2000) String comment,
            @Valid @Schema(required = true, description = "The use agreement the unit signed; the certificate is issued with it") AgreementSigning agreement) {
    }

    @Schema(name = "RecommendedRoom", requiredProperties = {"roomId", "number", "buildingId", "category", "useArea", "purpose"}, description = "A room of a recommendation and what it is for.")
    public record RecommendedRoom(UUID roomId, @Schema(examples = "301") String number, UUID buildingId, @Schema(examples = "3") String floor,
            @Schema(examples = "OFFICE") String category, @Schema(examples = "18.00") BigDecimal useArea,
            @Schema(description = "The rank seated there, or SERVICE / EQUIPMENT", examples = "SECTION_CHIEF") String purpose,
            @Schema(description = "People of that rank seated there", examples = "1") Integer people,
            @Schema(description = "Σ their standards, m²: the use area never exceeds it", examples = "18.00") BigDecimal standardSum) {
    }

    @Schema(name = "Recommendation", requiredProperties = {"rank", "rooms", "buildings", "floorSpan", "totalArea", "officeArea", "serviceArea", "equipmentArea",
            "excessArea", "officeShortfall"}, description = "A set of pool rooms that seats everyone within their standard and covers the space asked.")
    public record RecommendationView(@Schema(examples = "1") int rank, List<RecommendedRoom> rooms,
            @Schema(description = "Names of the buildings used") List<String> buildings, @Schema(examples = "2") int floorSpan,
            BigDecimal totalArea, BigDecimal officeArea, BigDecimal serviceArea, BigDecimal equipmentArea,
            @Schema(description = "Service and equipment area beyond what was asked, m²", examples = "1.50") BigDecimal excessArea,
            @Schema(description = "Σ standards − Σ office area, m²: how much below their standard people sit", examples = "6.00") BigDecimal officeShortfall,
            @Schema(description = "Why this set, and why it ranks below the one before, as codes and figures: what events carry and requests store")
            List<RecommendationReason> reasons,
            @Schema(description = "The reasons in the reader's language (Accept-Language); absent in events") List<String> explanation) {

        /** This recommendation with its reasons rendered in a language; one stored before reasons were kept keeps its stored text. */
        public RecommendationView in(Locale language) {
            return reasons == null ? this : new RecommendationView(rank, rooms, buildings, floorSpan, totalArea, officeArea, serviceArea, equipmentArea,
                    excessArea, officeShortfall, reasons, reasons.stream().map(r -> r.render(language)).toList());
        }
    }

    @Schema(name = "RecommendationReason", requiredProperties = {"code", "values"}, description = "One line of a recommendation's explanation, "
            + "language-neutral: the message's code and its figures by name")
    public record RecommendationReason(@Schema(examples = "SEATS_EVERYONE") String code,
            @Schema(examples = "{\"people\": \"3\", \"offices\": \"2\"}") Map<String, String> values) {

        public static RecommendationReason of(Text text) {
            Map<String, String> values = new LinkedHashMap<>();
            text.args().forEach((name, value) -> values.put(name, value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value)));
            return new RecommendationReason(text.key().name(), values);
        }

        String render(Locale language) {
            return new Text(AllocationText.valueOf(code), new LinkedHashMap<>(values)).render(language);
        }
    }

    @Schema(name = "AllocationRequestCancellation", description = "撤销: why an approved request will not be fulfilled; its promised rooms return to the pool.")
    public record Cancellation(@NotBlank @Size(max = 1000) @Schema(examples = "单位调整用房需求，原批复不再执行") String reason) {
    }

    @Schema(name = "RecommendationList", requiredProperties = {"items"}, description = "Recommendations, best first; empty when the pool cannot serve the request.")
    public record RecommendationList(List<RecommendationView> items) {
    }
}
