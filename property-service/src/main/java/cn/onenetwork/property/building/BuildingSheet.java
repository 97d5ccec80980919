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

    public static final List<String> COLUMNS = List.of("id", "code", "name", "address", "parcel_code", "year_built", "completed_on", "structure",
            "storeys_above", "storeys_below", "gross_floor_area", "usable_coefficient", "origin", "prior_repair_on", "prior_repair_evidence");
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
