package cn.onenetwork.property.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The checks of domain.md §4: OFFICE_OVER_STANDARD 办公室超标, SHARED_OFFICE_OVER_STANDARD 合用办公室超标, "
        + "MORE_THAN_ONE_OFFICE 多处占用办公室, NOT_VACATED_AFTER_DEPARTURE 调离或退休后未按期腾退, "
        + "NOT_VACATED_AFTER_CONCURRENT_POST 兼职结束后未按期腾退, OFFICE_IN_TECHNICAL_ROOM 技术业务用房用作办公室, IDLE_OVER_LIMIT 闲置超期, "
        + "UNIT_OFFICE_OVER_ENTITLEMENT 单位办公室面积超核定, UNIT_BASIC_SPACE_OVER_ENTITLEMENT 单位基本办公用房超核定, "
        + "USED_BY_ANOTHER_UNIT 出借或被其他单位占用, FUNCTION_CHANGED 擅自改变使用功能")
public enum Rule {
    OFFICE_OVER_STANDARD,
    SHARED_OFFICE_OVER_STANDARD,
    MORE_THAN_ONE_OFFICE,
    NOT_VACATED_AFTER_DEPARTURE,
    NOT_VACATED_AFTER_CONCURRENT_POST,
    OFFICE_IN_TECHNICAL_ROOM,
    IDLE_OVER_LIMIT,
    UNIT_OFFICE_OVER_ENTITLEMENT,
    UNIT_BASIC_SPACE_OVER_ENTITLEMENT,
    USED_BY_ANOTHER_UNIT,
    FUNCTION_CHANGED
}
