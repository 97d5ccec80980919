package cn.onenetwork.property.agency;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.property.organisation.AgencyCategory;
import cn.onenetwork.property.organisation.AgencySystem;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", requiredProperties = {"id", "creditCode", "name", "divisionCode", "level", "system", "category", "officesBureau", "approvedStaffing", "actualStaff", "version"}, description = "单位 a user unit or offices administration bureau.")
public record AgencyView(
        @Schema(examples = "5b7f6f5e-3f1c-4a51-9a36-2d0c7d6c4e01") UUID id,
        @Schema(examples = "11640000MB1234567T") String creditCode,
        @Schema(examples = "宁夏回族自治区机关事务管理局") String name,
        @Schema(examples = "640000") String divisionCode,
        AdministrativeLevel level,
        AgencySystem system,
        @Schema(description = "单位类别 as the statistics tables report the unit", examples = "AGENCY_PROPER") AgencyCategory category,
        UUID parentAgencyId,
        boolean officesBureau,
        @Schema(description = "编制 approved staffing per rank code.") Map<String, Integer> approvedStaffing,
        @Schema(examples = "23") int actualStaff,
        @Schema(description = "The day the unit ended; absent while it exists") LocalDate dissolvedOn,
        DissolutionKind dissolutionKind,
        @Schema(description = "The unit a merged one went into") UUID successorId,
        String dissolutionReason,
        @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

    /** Agency events carry this view: the agency's full state, so consumers never call back. */
    public static final String TOPIC = "property.agencies";
    public static final String REGISTERED = "cn.onenetwork.property.agency.registered.v1";
    public static final String UPDATED = "cn.onenetwork.property.agency.updated.v1";
    public static final String DISSOLVED = "cn.onenetwork.property.agency.dissolved.v1";

    static AgencyView of(Agency a) {
        return new AgencyView(a.id, a.creditCode, a.name, a.divisionCode, a.level, a.system, a.category, a.parentAgencyId, a.officesBureau,
                new TreeMap<>(a.approvedStaffing), a.actualStaff, a.dissolvedOn, a.dissolutionKind, a.successorId, a.dissolutionReason, a.version);
    }
}
