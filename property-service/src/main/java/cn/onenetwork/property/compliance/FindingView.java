package cn.onenetwork.property.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplianceFinding", requiredProperties = {"id", "rule", "divisionCode", "excessArea", "since", "detailKey", "detailValues", "status", "foundAt"}, description = "超标/违规 a finding: the rule, the record, the excess in m² and since when.")
public record FindingView(UUID id, Rule rule, @Schema(examples = "640104") String divisionCode, String agencyCode, UUID roomId, UUID personId,
        @Schema(description = "Excess in m² (use area; building area for technical rooms)", examples = "0.01") BigDecimal excessArea,
        @Schema(description = "The day the violation began", examples = "2026-10-27") LocalDate since,
        @Schema(description = "The detail's message key (i18n/property of property-service): with detailValues, what a consumer renders in its own language",
                examples = "FINDING_OFFICE_OVER_STANDARD") String detailKey,
        @Schema(description = "The detail's values by name: a text, a list of texts, or a nested message {key, values}") Map<String, Object> detailValues,
        @Schema(description = "The detail in the reader's language (Accept-Language; Chinese by default); absent from events, which carry detailKey and detailValues",
                examples = "房间 301 使用面积 18.01 m²，王建国（DIVISION_CHIEF，18.00 m²） 的办公室标准为 18.00 m²；依据《党政机关办公用房建设标准》，办公室使用面积不得超过标准") String detail,
        FindingStatus status, OffsetDateTime foundAt, OffsetDateTime resolvedAt) {

    public static final String TOPIC = "property.compliance-findings";
    public static final String OPENED = "cn.onenetwork.property.compliance-finding.opened.v1";
    public static final String CHANGED = "cn.onenetwork.property.compliance-finding.changed.v1";
    public static final String RESOLVED = "cn.onenetwork.property.compliance-finding.resolved.v1";

    /** The finding as a reader sees it, its detail in the reader's language. */
    static FindingView of(ComplianceFinding f, Locale reader) {
        return view(f, f.detail().render(reader));
    }

    /** The finding as published: the detail as key and values, no prose, so that each consumer renders it in its own language. */
    static FindingView event(ComplianceFinding f) {
        return view(f, null);
    }

    private static FindingView view(ComplianceFinding f, String detail) {
        return new FindingView(f.id, f.rule, f.divisionCode, f.agencyCode, f.roomId, f.personId, f.excessArea, f.since, f.detailKey, f.detailValues,
                detail, FindingStatus.valueOf(f.status), f.foundAt, f.resolvedAt);
    }

    @Schema(name = "ComplianceFindingPage", description = "A page of findings.")
    public record Page(List<FindingView> items, String nextCursor) {
    }
}
