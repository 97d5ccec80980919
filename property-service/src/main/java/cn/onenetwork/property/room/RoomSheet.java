package cn.onenetwork.property.room;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.property.sheet.Cells;
import cn.onenetwork.property.sheet.Sheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The room sheet: one row a room, in the columns bureaus fill in and export. */
public final class RoomSheet {

    public static final List<Sheet.Column> SHEET = List.of(
            new Sheet.Column("id", "记录ID", "导出表中的记录ID：填写则更正该记录，新增记录留空"),
            new Sheet.Column("building_code", "楼座编码", "楼座登记的编码，如 XQ-001"),
            new Sheet.Column("floor", "楼层", "楼层名称，如 3、B1；楼座尚无此楼层的，导入时新建"),
            new Sheet.Column("number", "房间号", "同一楼座内不重复，如 301"),
            new Sheet.Column("category", "用房类别", "OFFICE 办公室、SERVICE 服务用房、EQUIPMENT 设备用房、ANCILLARY 附属用房、TECHNICAL 技术业务用房"),
            new Sheet.Column("use_area", "使用面积(㎡)", "单位 ㎡，大于 0，至多两位小数，只填数字"),
            new Sheet.Column("building_area", "建筑面积(㎡)", "单位 ㎡，可空；附属用房和技术业务用房按建筑面积统计"),
            new Sheet.Column("function", "实际用途", "如 办公、会议室，可空"),
            new Sheet.Column("status", "使用状态", "IN_USE 在用（空则为在用）、IDLE 闲置、UNDER_REPAIR 维修中"),
            new Sheet.Column("status_since", "状态起始日期", "yyyy-MM-dd，不晚于今天；空则为今天"));
    public static final List<String> COLUMNS = Sheet.names(SHEET);

    /** A row with an id corrects that room (an edited export); a row without one registers a new room. */
    public static final List<String> OPTIONAL = List.of("id");

    private RoomSheet() {
    }

    public record Row(int row, UUID id, String buildingCode, String floor, String number, RoomCategory category, BigDecimal useArea,
            BigDecimal buildingArea, String function, RoomStatus status, LocalDate statusSince) {

        List<Object> cells() {
            return Arrays.asList(id, buildingCode, floor, number, category.name(), useArea, buildingArea, function, status.name(), statusSince);
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
            Row row = new Row(line.row(), cells.id("id", PropertyText.KIND_ROOM), cells.text("building_code", true, 40), cells.text("floor", true, 20), cells.text("number", true, 40),
                    cells.choice("category", RoomCategory.class, null), cells.area("use_area", true, 8), cells.area("building_area", false, 8),
                    cells.text("function", false, 100), cells.choice("status", RoomStatus.class, RoomStatus.IN_USE),
                    cells.date("status_since", today, today));
            rows.add(row);
        }
        return new Parsed(rows, errors, read.rowsRead());
    }
}
