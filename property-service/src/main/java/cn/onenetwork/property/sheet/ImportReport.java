package cn.onenetwork.property.sheet;

import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.property.i18n.PropertyText;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", requiredProperties = {"dryRun", "rowsRead", "created", "updated", "floorsCreated", "seatsAssigned", "errors"}, description = "What an import did, or (dry run) would do, and every problem by row and column.")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Data rows read (the header not counted)", examples = "10000") int rowsRead,
        @Schema(description = "Records created (or that would be)", examples = "10000") int created,
        @Schema(description = "Records updated (or that would be): rows naming an existing record by id", examples = "0") int updated,
        @Schema(description = "Floors created because a room row named a floor its building did not have yet (room sheets only)", examples = "12") int floorsCreated,
        @Schema(description = "People seated in the room their row names (staff sheets only)", examples = "0") int seatsAssigned,
        @Schema(description = "Problems; an import with any problem writes nothing") List<Sheet.ErrorView> errors) {

    /** The answer to a file with problems: a dry run reports them in the reader's language; a real import is rejected as a whole. */
    public static ImportReport rejected(boolean dryRun, int rowsRead, List<Sheet.Error> errors, Locale reader) {
        List<Sheet.Error> sorted = Sheet.capped(errors);
        if (!dryRun) {
            Sheet.Error first = sorted.get(0);
            throw ProblemException.businessRule("IMPORT_REJECTED",
                    PropertyText.IMPORT_REJECTED.with(errors.size(), first.row(), String.valueOf(first.column()), first.message()),
                    sorted.stream().map(e -> new Violation("row[" + e.row() + "]." + e.column(), e.message(), e.value())).toList());
        }
        return new ImportReport(true, rowsRead, 0, 0, 0, 0, sorted.stream().map(e -> e.in(reader)).toList());
    }
}
