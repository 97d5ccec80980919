package cn.onenetwork.property.building;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "来源 what makes the building office space: FISCAL_FUNDING 财政资金建设或购置, EXPROPRIATION_COMPENSATION 征收补偿购置, "
        + "PROPERTY_EXCHANGE 产权置换, BUILT_ON_OFFICE_LAND 办公用地上新建扩建, TAKEN_OVER 接收或没收, PUBLIC_SUPPORTING_BUILDING 配套非经营性公共建筑, "
        + "FISCAL_ON_ALLOCATED_LAND 划拨土地上财政资金建设, OTHER_BY_LAW 其他依法取得, LEASED 租用 (not state property: held under a lease "
        + "contract that allocation records, so that holdings, compliance and statistics cover it)")
public enum BuildingOrigin {
    FISCAL_FUNDING, EXPROPRIATION_COMPENSATION, PROPERTY_EXCHANGE, BUILT_ON_OFFICE_LAND, TAKEN_OVER, PUBLIC_SUPPORTING_BUILDING,
    FISCAL_ON_ALLOCATED_LAND, OTHER_BY_LAW, LEASED
}
