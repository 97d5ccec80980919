package cn.onenetwork.supervision.replica;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 单位类别, as the national 办公用房信息 table classes a using unit; the registry records it with the unit (the same schema as its). */
@Schema(name = "AgencyCategory", description = "单位类别 the category of a using unit in the statistics tables (domain.md §8.1): AGENCY_PROPER 机关本级, "
        + "VERTICAL_BRANCH 垂直管理机构, DISPATCHED_OFFICE 派出机构, CIVIL_SERVICE_MANAGED_INSTITUTION 参照公务员法管理的事业单位, OTHER 其他")
public enum AgencyCategory {
    AGENCY_PROPER, VERTICAL_BRANCH, DISPATCHED_OFFICE, CIVIL_SERVICE_MANAGED_INSTITUTION, OTHER;

    /** A unit registered before the registry recorded categories: a 参公 institution by its system, otherwise the agency itself. */
    public static AgencyCategory implied(String system) {
        return "CIVIL_SERVICE_INSTITUTION".equals(system) ? CIVIL_SERVICE_MANAGED_INSTITUTION : AGENCY_PROPER;
    }
}
