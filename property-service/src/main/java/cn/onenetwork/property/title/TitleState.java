package cn.onenetwork.property.title;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "权属状态: REGISTERED_TO_BUREAU 登记在本级机关事务管理部门; REGISTERED_TO_USER_UNIT 经批准登记在使用单位 (涉密或涉及国家安全的例外); "
        + "REGISTERED_TO_OTHER 登记在其他单位、待统一收回; FILED_AS_UNCLEAR 权属不清、已备案; DISPUTED 有争议或诉讼; RECORDS_MISSING 资料缺失")
public enum TitleState {
    REGISTERED_TO_BUREAU, REGISTERED_TO_USER_UNIT, REGISTERED_TO_OTHER, FILED_AS_UNCLEAR, DISPUTED, RECORDS_MISSING
}
