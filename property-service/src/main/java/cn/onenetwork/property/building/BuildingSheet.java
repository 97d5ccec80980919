package cn.onenetwork.property.building;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.property.sheet.Cells;
import cn.onenetwork.property.sheet.Sheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The building sheet: one row a building of the importing bureau's division. A row with an id corrects that building
 * (an edited export); a row without one registers a new building.
 */
public final class BuildingSheet {

    public static final List<Sheet.Column> SHEET = List.of(
            new Sheet.Column("id", "记录ID", "导出表中的记录ID：填写则更正该记录，新增记录留空"),
            new Sheet.Column("code", "楼座编码", "行政区划内不重复，只含字母、数字和“.”“_”“-”，如 XQ-001"),
            new Sheet.Column("name", "楼座名称", "如 兴庆区政府办公楼"),
            new Sheet.Column("address", "地址坐落", "门牌地址"),
            new Sheet.Column("parcel_code", "宗地编码", "所在宗地登记的编码，可空"),
            new Sheet.Column("year_built", "建成年份", "四位年份，如 2005，可空"),
            new Sheet.Column("completed_on", "竣工日期", "yyyy-MM-dd，应在建成年份内，可空"),
            new Sheet.Column("structure", "结构", "如 框架、砖混，可空"),
            new Sheet.Column("storeys_above", "地上层数", "整数，0 至 200"),
            new Sheet.Column("storeys_below", "地下层数", "整数，0 至 20"),
            new Sheet.Column("gross_floor_area", "总建筑面积(㎡)", "单位 ㎡，大于 0，至多两位小数，只填数字"),
            new Sheet.Column("usable_coefficient", "使用面积系数", "使用面积与建筑面积之比，大于 0 且不大于 1，如 0.65，可空"),
            new Sheet.Column("origin", "来源", "FISCAL_FUNDING 财政资金建设或购置、EXPROPRIATION_COMPENSATION 征收补偿购置、PROPERTY_EXCHANGE 产权置换、"
                    + "BUILT_ON_OFFICE_LAND 办公用地上新建扩建、TAKEN_OVER 接收或没收、PUBLIC_SUPPORTING_BUILDING 配套非经营性公共建筑、"
                    + "FISCAL_ON_ALLOCATED_LAND 划拨土地上财政资金建设、OTHER_BY_LAW 其他依法取得、LEASED 租用"),
            new Sheet.Column("prior_repair_on", "上次中修或大修日期", "平台启用前最近一次中修或大修的日期，yyyy-MM-dd，可空"),
            new Sheet.Column("prior_repair_evidence", "上次维修依据", "该次维修的竣工验收记录或批复文号；填写了上次维修日期的必填"));
    public static final List<String> COLUMNS = Sheet.names(SHEET);
    /** Sheets written before the completion date and the prior repair were recorded still read. */
    public static final List<String> OPTIONAL = List.of("id", "completed_on", "prior_repair_on", "prior_repair_evidence");
    private static final BigDecimal ONE = BigDecimal.ONE;

    private BuildingSheet() {
    }

    public record Row(int row, UUID id, String code, String name, String address, String parcelCode, Integer yearBuilt, LocalDate completedOn,
            String structure,
            Integer storeysAbove, Integer storeysBelow, BigDecimal grossFloorArea, BigDecimal usableCoefficient, BuildingOrigin origin,
            LocalDate priorRepairOn, String priorRepairEvidence, boolean priorRepairGiven) {

        /** A sheet written before the prior repair had its columns says nothing of it: the stored one stays. */
        Row withStoredPriorRepair(LocalDate storedOn, String storedEvidence) {
            return priorRepairGiven ? this : new Row(row, id, code, name, address, parcelCode, yearBuilt, completedOn, structure, storeysAbove, storeysBelow,
                    grossFloorArea, usableCoefficient, origin, storedOn, storedEvidence, true);
        }

        List<Object> cells() {
            return Arrays.asList(id, code, name, address, parcelCode, yearBuilt, completedOn, structure, storeysAbove, storeysBelow, grossFloorArea,
                    usableCoefficient, origin.name(), priorRepairOn, priorRepairEvidence);
        }
    }

    /** Every row, also those with problems (their bad cells are null), so that checks against the registry report them too. */
    public record Parsed(List<Row> rows, List<Sheet.Error> errors, int rowsRead) {
    }

    public static Parsed parse(Sheet.Read read, LocalDate today) {
        List<Sheet.Error> errors = new ArrayList<>(read.errors());
        List<Row> rows = new ArrayList<>();
        for (Sheet.Line line : read.lines()) {
            Cells cells = new Cells(line, errors);
            String code = cells.text("code", true, 40);
            if (code != null && !code.matches("[A-Za-z0-9._-]+")) {
                cells.reject("code", PropertyText.CODE_CHARACTERS.with());
            }
            Row row = new Row(line.row(), cells.id("id", PropertyText.KIND_BUILDING), code, cells.text("name", true, 200), cells.text("address", true, 300), cells.text("parcel_code", false, 40),
                    cells.integer("year_built", false, 1800, today.getYear()), cells.optionalDate("completed_on", today), cells.text("structure", false, 40),
                    cells.integer("storeys_above", true, 0, 200), cells.integer("storeys_below", true, 0, 20),
                    cells.area("gross_floor_area", true, 10),
                    cells.decimal("usable_coefficient", false, 3, 1, BigDecimal.ZERO, ONE, PropertyText.HINT_COEFFICIENT),
                    cells.choice("origin", BuildingOrigin.class, null), cells.optionalDate("prior_repair_on", today),
                    cells.text("prior_repair_evidence", false, 300), line.cells().containsKey("prior_repair_on"));
            if (row.yearBuilt() != null && row.completedOn() != null && row.completedOn().getYear() != row.yearBuilt()) {
                cells.reject("completed_on", PropertyText.COMPLETED_IN_COLUMN_YEAR.with(row.yearBuilt()));
            }
            if (row.priorRepairOn() != null && row.priorRepairEvidence() == null) {
                cells.reject("prior_repair_evidence", PropertyText.PRIOR_REPAIR_EVIDENCE_REQUIRED.with());
            } else if (row.priorRepairOn() == null && row.priorRepairEvidence() != null) {
                cells.reject("prior_repair_on", PropertyText.PRIOR_REPAIR_ON_REQUIRED.with());
            } else if (row.priorRepairOn() != null && row.completedOn() != null && row.priorRepairOn().isBefore(row.completedOn())) {
                cells.reject("prior_repair_on", PropertyText.PRIOR_REPAIR_NOT_BEFORE_COMPLETION.with(row.completedOn()));
            }
            rows.add(row);
        }
        return new Parsed(rows, errors, read.rowsRead());
    }
}
