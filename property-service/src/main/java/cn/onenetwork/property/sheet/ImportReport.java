package cn.onenetwork.property.sheet;

import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", requiredProperties = {"dryRun", "rowsRead", "created", "updated", "floorsCreated", "seatsAssigned", "errors"}, description = "What an import did, or (dry run) would do, and every problem by row and column.")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Data rows read (the header not counted)", examples = "10000") int rowsRead,
        @Schema(description = "Records created (or that would be)", examples = "10000") int created,
        @Schema(description = "Records updated (or that would be): rows naming an existing record by id", examples = "0") int updated,
        @Schema(description = "Floors created because a room row named a floor its building did not have yet (room sheets only)", examples = "12") int floorsCreated,
        @Schema(description = "People seated in the room their row names (staff sheets only)", examples = "0") int seatsAssigned,
        @Schema(description = "Problems; an import with any problem writes nothing") List<Sheet.Error> errors) {

    /** The answer to a file with problems: a dry run reports them; a real import is rejected as a whole. */
    public static ImportReport rejected(boolean dryRun, int rowsRead, List<Sheet.Error> errors) {
        if (!dryRun) {
            List<Sheet.Error> sorted = Sheet.capped(errors);
            Sheet.Error first = sorted.get(0);
            throw new ProblemException(422, "IMPORT_REJECTED", "Import rejected",
                    errors.size() + " problem(s) in the file; nothing was imported. First: row " + first.row() + ", column " + first.column() + ": "
                            + first.message(),
                    sorted.stream().map(e -> new FieldError("row[" + e.row() + "]." + e.column(), e.message(), e.value())).toList());
        }
        return new ImportReport(true, rowsRead, 0, 0, 0, 0, Sheet.capped(errors));
    }
}
