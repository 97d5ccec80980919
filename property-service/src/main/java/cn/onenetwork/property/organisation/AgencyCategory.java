package cn.onenetwork.property.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "单位类别 the category of a using unit in the statistics tables (domain.md §8.1): AGENCY_PROPER 机关本级, "
        + "VERTICAL_BRANCH 垂直管理机构, DISPATCHED_OFFICE 派出机构, CIVIL_SERVICE_MANAGED_INSTITUTION 参照公务员法管理的事业单位, OTHER 其他")
public enum AgencyCategory {
    AGENCY_PROPER, VERTICAL_BRANCH, DISPATCHED_OFFICE, CIVIL_SERVICE_MANAGED_INSTITUTION, OTHER;

    /** The category of a unit registered without one: a 参公 institution by its system, an agency proper otherwise. */
    public static AgencyCategory defaultFor(AgencySystem system) {
        return system == AgencySystem.CIVIL_SERVICE_INSTITUTION ? CIVIL_SERVICE_MANAGED_INSTITUTION : AGENCY_PROPER;
    }
}
