package cn.onenetwork.allocation.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "申请事由: NEW_UNIT 新设机构, STAFFING_CHANGE 编制变动, REORGANISATION 机构改革, RELOCATION 搬迁 (the unit hands its present space back)")
public enum RequestReason {
    NEW_UNIT, STAFFING_CHANGE, REORGANISATION, RELOCATION
}
