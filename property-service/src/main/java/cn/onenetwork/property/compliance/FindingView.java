package cn.onenetwork.property.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplianceFinding", requiredProperties = {"id", "rule", "divisionCode", "excessArea", "since", "detail", "status", "foundAt"}, description = "超标/违规 a finding: the rule, the record, the excess in m² and since when.")
public record FindingView(UUID id, Rule rule, @Schema(examples = "640104") String divisionCode, String agencyCode, UUID roomId, UUID personId,
        @Schema(description = "Excess in m² (use area; building area for technical rooms)", examples = "0.01") BigDecimal excessArea,
        @Schema(description = "The day the violation began", examples = "2026-10-27") LocalDate since,
        @Schema(examples = "Room 301 has 18.01 m² of use area; the standard for 王建国 (DIVISION_CHIEF 18.00 m²) is 18.00 m²") String detail,
        FindingStatus status, OffsetDateTime foundAt, OffsetDateTime resolvedAt) {

    public static final String TOPIC = "property.compliance-findings";
    public static final String OPENED = "cn.onenetwork.property.compliance-finding.opened.v1";
    public static final String CHANGED = "cn.onenetwork.property.compliance-finding.changed.v1";
    public static final String RESOLVED = "cn.onenetwork.property.compliance-finding.resolved.v1";

    static FindingView of(ComplianceFinding f) {
        return new FindingView(f.id, f.rule, f.divisionCode, f.agencyCode, f.roomId, f.personId, f.excessArea, f.since, f.detail, FindingStatus.valueOf(f.status),
                f.foundAt, f.resolvedAt);
    }

    @Schema(name = "ComplianceFindingPage", description = "A page of findings.")
    public record Page(List<FindingView> items, String nextCursor) {
    }
}
