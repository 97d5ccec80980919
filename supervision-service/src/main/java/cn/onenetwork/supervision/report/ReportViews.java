package cn.onenetwork.supervision.report;

import cn.onenetwork.supervision.replica.AgencyCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The national statistics tables (domain.md §8.1) as the API answers them; the sheets lay the same rows out. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "StatisticsTables", description = "统计报表 the four national tables of one division's own level (本级) as of a day.")
    public record StatisticsTables(
            @Schema(required = true) DivisionInfo division,
            @Schema(required = true, description = "The day the figures are as of.", examples = "2025-12-31") LocalDate asOf,
            @Schema(required = true) OfficeSpaceTable officeSpace,
            @Schema(required = true) TechnicalSpaceTable technicalSpace,
            @Schema(required = true) ConstructionTable constructionProjects) {
    }

    @Schema(name = "StatisticsDivisionInfo", description = "行政区划信息 the reporting division and who filled the report.")
    public record DivisionInfo(
            @Schema(required = true, examples = "640104") String code,
            @Schema(required = true, description = "The 12-digit statistical code of the division.", examples = "640104000000") String statisticalCode,
            @Schema(required = true, examples = "兴庆区") String name,
            @Schema(required = true, description = "Its level (AdministrativeLevel).", examples = "COUNTY") String level,
            @Schema(description = "填报人, once a submission names them.", examples = "马晓红") String filledBy,
            @Schema(description = "联系电话, once a submission names it.", examples = "0951-6012345") String phone,
            @Schema(description = "填报日期, once submitted.", examples = "2026-08-08") LocalDate filledOn) {
    }

    @Schema(name = "StaffingColumn", description = "A 批复编制 column of the division's level.")
    public record StaffingColumn(
            @Schema(required = true, examples = "COUNTY_HEAD") String rankCode,
            @Schema(required = true, examples = "县级正职") String label) {
    }

    @Schema(name = "OfficeSpaceTable", description = "办公用房信息: a row per using unit per building; the building's cells repeat on its rows.")
    public record OfficeSpaceTable(
            @Schema(required = true) List<StaffingColumn> staffingColumns,
            @Schema(required = true) List<OfficeSpaceRow> rows,
            @Schema(required = true) OfficeSpaceTotals totals) {
    }

    @Schema(name = "OfficeSpaceRow", description = "One using unit in one building. Areas in m² with two decimals.")
    public record OfficeSpaceRow(
            @Schema(required = true, description = "序号 of the building: the rows of one building share it.", examples = "1") int serial,
            @Schema(required = true) UUID buildingId,
            @Schema(required = true, examples = "XQ-B-001") String buildingCode,
            @Schema(description = "地址坐落", examples = "银川市兴庆区解放西街1号") String address,
            @Schema(required = true, description = "行政区划", examples = "兴庆区") String divisionName,
            @Schema(description = "用地面积 of the building's parcel.", examples = "12000.00") BigDecimal landArea,
            @Schema(required = true, description = "总建筑面积", examples = "8600.00") BigDecimal grossFloorArea,
            @Schema(required = true, description = "办公用房建筑面积: basic office and ancillary rooms.", examples = "7200.00") BigDecimal officeBuildingArea,
            @Schema(required = true, description = "技术业务用房建筑面积", examples = "600.00") BigDecimal technicalBuildingArea,
            @Schema(description = "使用单位; absent on the row of rooms no unit holds.") UUID agencyId,
            @Schema(description = "使用单位名称", examples = "兴庆区教育局") String agencyName,
            @Schema(description = "单位类别") AgencyCategory agencyCategory,
            @Schema(required = true, description = "批复编制 per rank code of the level.") Map<String, Integer> approvedStaffing,
            @Schema(required = true, description = "批复编制合计", examples = "24") int approvedStaffingTotal,
            @Schema(required = true, description = "办公室使用面积", examples = "234.00") BigDecimal officeUseArea,
            @Schema(required = true, description = "服务用房使用面积", examples = "30.00") BigDecimal serviceUseArea,
            @Schema(required = true, description = "设备用房使用面积", examples = "12.00") BigDecimal equipmentUseArea,
            @Schema(required = true, description = "基本办公用房使用面积合计", examples = "276.00") BigDecimal basicUseArea,
            @Schema(required = true, description = "附属用房建筑面积", examples = "80.00") BigDecimal ancillaryBuildingArea,
            @Schema(required = true) TitleRegistration titleRegistration,
            @Schema(description = "建设年代", examples = "2003") Integer yearBuilt,
            @Schema(required = true, description = "是否为租(借)用") boolean leased,
            @Schema(description = "备注", examples = "无使用单位的房间") String remark) {
    }

    @Schema(name = "OfficeSpaceTotals", description = "合计 of the 办公用房信息 table: a building's cells and a unit's staffing counted once.")
    public record OfficeSpaceTotals(
            @Schema(required = true, examples = "12") int buildings,
            @Schema(required = true, examples = "30") int units,
            @Schema(required = true) Figures figures,
            @Schema(required = true, description = "批复编制 per rank code.") Map<String, Integer> approvedStaffing) {
    }

    @Schema(name = "StatisticsFigures", description = "The figures that add up the division tree: areas in m², investment in yuan.")
    public record Figures(
            @Schema(required = true, examples = "12000.00") BigDecimal landArea,
            @Schema(required = true, examples = "8600.00") BigDecimal grossFloorArea,
            @Schema(required = true, examples = "7200.00") BigDecimal officeBuildingArea,
            @Schema(required = true, examples = "600.00") BigDecimal technicalBuildingArea,
            @Schema(required = true, examples = "24") int approvedStaffing,
            @Schema(required = true, examples = "234.00") BigDecimal officeUseArea,
            @Schema(required = true, examples = "30.00") BigDecimal serviceUseArea,
            @Schema(required = true, examples = "12.00") BigDecimal equipmentUseArea,
            @Schema(required = true, examples = "276.00") BigDecimal basicUseArea,
            @Schema(required = true, examples = "80.00") BigDecimal ancillaryBuildingArea,
            @Schema(required = true, description = "Buildings outside the office zones used for technical work.", examples = "1") int technicalBuildings,
            @Schema(required = true, examples = "1500.00") BigDecimal technicalBuildingsGrossArea,
            @Schema(required = true, examples = "1") int constructionProjects,
            @Schema(required = true, description = "建设规模 of the projects, m².", examples = "5000.00") BigDecimal constructionScale,
            @Schema(required = true, description = "估算投资 of the projects, yuan.", examples = "18000000.00") BigDecimal constructionInvestment) {

        public static final Figures ZERO = new Figures(Areas.ZERO, Areas.ZERO, Areas.ZERO, Areas.ZERO, 0, Areas.ZERO, Areas.ZERO, Areas.ZERO, Areas.ZERO,
                Areas.ZERO, 0, Areas.ZERO, 0, Areas.ZERO, Areas.ZERO);

        public Figures plus(Figures o) {
            return new Figures(landArea.add(o.landArea), grossFloorArea.add(o.grossFloorArea), officeBuildingArea.add(o.officeBuildingArea),
                    technicalBuildingArea.add(o.technicalBuildingArea), approvedStaffing + o.approvedStaffing, officeUseArea.add(o.officeUseArea),
                    serviceUseArea.add(o.serviceUseArea), equipmentUseArea.add(o.equipmentUseArea), basicUseArea.add(o.basicUseArea),
                    ancillaryBuildingArea.add(o.ancillaryBuildingArea), technicalBuildings + o.technicalBuildings,
                    technicalBuildingsGrossArea.add(o.technicalBuildingsGrossArea), constructionProjects + o.constructionProjects,
                    constructionScale.add(o.constructionScale), constructionInvestment.add(o.constructionInvestment));
        }
    }

    @Schema(name = "TechnicalSpaceTable", description = "办公区外技术业务用房信息: buildings whose every room is technical space.")
    public record TechnicalSpaceTable(@Schema(required = true) List<TechnicalSpaceRow> rows) {
    }

    @Schema(name = "TechnicalSpaceRow", description = "One technical building outside the office zones.")
    public record TechnicalSpaceRow(
            @Schema(required = true, examples = "1") int serial,
            @Schema(required = true) UUID buildingId,
            @Schema(description = "地址坐落", examples = "银川市兴庆区丽景街8号") String address,
            @Schema(required = true, examples = "兴庆区") String divisionName,
            @Schema(description = "用地面积", examples = "3000.00") BigDecimal landArea,
            @Schema(required = true, description = "总建筑面积", examples = "1500.00") BigDecimal grossFloorArea,
            @Schema(description = "主要使用单位: the unit that holds most of its area.", examples = "兴庆区气象局") String mainUnit,
            @Schema(required = true) TitleRegistration titleRegistration,
            @Schema(description = "建设年代", examples = "2010") Integer yearBuilt,
            @Schema(description = "备注") String remark) {
    }

    @Schema(name = "ConstructionTable", description = "办公用房建设项目信息: the projects found necessary or handed to development and reform.")
    public record ConstructionTable(@Schema(required = true) List<ConstructionRow> rows) {
    }

    @Schema(name = "ConstructionRow", description = "One construction project.")
    public record ConstructionRow(
            @Schema(required = true, examples = "1") int serial,
            @Schema(required = true) UUID reviewId,
            @Schema(required = true, description = "项目名称", examples = "兴庆区综合办公楼") String projectName,
            @Schema(description = "审批部门", examples = "兴庆区发展和改革局") String approvingDepartment,
            @Schema(description = "建设单位", examples = "兴庆区机关事务服务中心") String builder,
            @Schema(description = "主要使用单位", examples = "兴庆区教育局") String mainUnit,
            @Schema(description = "地址坐落", examples = "银川市兴庆区凤凰北街") String site,
            @Schema(description = "建设规模, m².", examples = "5000.00") BigDecimal scale,
            @Schema(description = "估算投资, yuan (the sheets show 万元).", examples = "18000000.00") BigDecimal estimatedInvestment,
            @Schema(description = "备注: the review's state.", examples = "已移交发展改革部门立项") String remark) {
    }
}
