package cn.onenetwork.supervision.replica;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 单位类别, as the national 办公用房信息 table classes a using unit; the registry records it with the unit. */
@Schema(name = "AgencyCategory", description = "单位类别 the using unit's category in the national tables.")
public enum AgencyCategory {
    AGENCY_PROPER, VERTICAL_BRANCH, DISPATCHED_OFFICE, CIVIL_SERVICE_MANAGED_INSTITUTION, OTHER;

    /** A unit registered before the registry recorded categories: a 参公 institution by its system, otherwise the agency itself. */
    public static AgencyCategory implied(String system) {
        return "CIVIL_SERVICE_INSTITUTION".equals(system) ? CIVIL_SERVICE_MANAGED_INSTITUTION : AGENCY_PROPER;
    }
}
