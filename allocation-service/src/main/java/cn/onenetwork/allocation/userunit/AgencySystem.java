package cn.onenetwork.allocation.userunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry's agency systems; the schema is the registry's, so the merged API document has one of it. */
@Schema(description = "系统 the system a user unit belongs to: PARTY 党委, PEOPLES_CONGRESS 人大, GOVERNMENT 政府, CPPCC 政协, "
        + "SUPERVISION 监委, COURT 法院, PROCURATORATE 检察院, MASS_ORGANIZATION 群团 (工会、共青团、妇联), "
        + "CIVIL_SERVICE_INSTITUTION 参照公务员法管理的事业单位")
public enum AgencySystem {
    PARTY, PEOPLES_CONGRESS, GOVERNMENT, CPPCC, SUPERVISION, COURT, PROCURATORATE, MASS_ORGANIZATION, CIVIL_SERVICE_INSTITUTION
}
