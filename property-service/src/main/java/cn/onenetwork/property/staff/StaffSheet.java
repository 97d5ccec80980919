package cn.onenetwork.property.staff;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.property.sheet.Cells;
import cn.onenetwork.property.sheet.Sheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The staff sheet: one row a person. A row with an id updates that person (an edited export); a row without one
 * registers a new person. building_code and room_number, when given, seat the person in that room from seated_from
 * (who sits where, 现状布局), unless they already sit there.
 */
public final class StaffSheet {

    public static final List<Sheet.Column> SHEET = List.of(
            new Sheet.Column("id", "记录ID", "导出表中的记录ID：填写则更正该记录，新增记录留空"),
            new Sheet.Column("agency_credit_code", "单位统一社会信用代码", "18 位，所在单位的统一社会信用代码"),
            new Sheet.Column("name", "姓名", "至多 100 个字符"),
            new Sheet.Column("position", "职务", "如 局长，可空"),
            new Sheet.Column("rank", "职级", "单位所在层级的职级代码，如 DIVISION_CHIEF"),
            new Sheet.Column("status", "人员状态", "IN_POST 在岗（空则为在岗）、TRANSFERRED 调离、RETIRED 退休"),
            new Sheet.Column("status_since", "状态起始日期", "yyyy-MM-dd，不晚于今天"),
            new Sheet.Column("building_code", "楼座编码", "办公室所在楼座的编码，与房间号同时填写，可空"),
            new Sheet.Column("room_number", "房间号", "办公室的房间号，与楼座编码同时填写，可空"),
            new Sheet.Column("seated_from", "入座日期", "yyyy-MM-dd，填写了楼座编码和房间号的必填"));
    public static final List<String> COLUMNS = Sheet.names(SHEET);
    static final List<String> OPTIONAL = List.of("id", "building_code", "room_number", "seated_from");

    private StaffSheet() {
    }

    public record Row(int row, UUID id, String agencyCreditCode, String name, String position, String rank, PersonStatus status,
            LocalDate statusSince, String buildingCode, String roomNumber, LocalDate seatedFrom) {

        List<Object> cells() {
            return Arrays.asList(id, agencyCreditCode, name, position, rank, status.name(), statusSince, buildingCode, roomNumber, seatedFrom);
        }

        boolean seated() {
            return buildingCode != null && roomNumber != null;
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
            UUID id = cells.id("id", PropertyText.KIND_PERSON);
            String building = cells.text("building_code", false, 40);
            String room = cells.text("room_number", false, 40);
            if ((building == null) != (room == null)) {
                cells.reject(building == null ? "building_code" : "room_number", PropertyText.BUILDING_AND_ROOM_TOGETHER.with());
            }
            LocalDate seatedFrom = null;
            if (building != null || room != null) {
                seatedFrom = cells.date("seated_from", null, today);
            } else if (cells.raw("seated_from") != null) {
                cells.reject("seated_from", PropertyText.SEATED_FROM_NEEDS_ROOM.with());
            }
            Row row = new Row(line.row(), id, cells.text("agency_credit_code", true, 18), cells.text("name", true, 100),
                    cells.text("position", false, 100), cells.text("rank", true, 40), cells.choice("status", PersonStatus.class, PersonStatus.IN_POST),
                    cells.date("status_since", null, today), building, room, seatedFrom);
            rows.add(row);
        }
        return new Parsed(rows, errors, read.rowsRead());
    }
}
