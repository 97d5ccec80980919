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

    public static final List<String> COLUMNS = List.of("id", "building_code", "floor", "number", "category", "use_area", "building_area",
            "function", "status", "status_since");

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
