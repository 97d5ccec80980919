package cn.onenetwork.property.room;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoomImportReport", description = "What an import did, or (dry run) would do, and every problem by row and column.")
public record RoomImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        @Schema(description = "Data rows read (the header not counted)", examples = "10000") int rowsRead,
        @Schema(description = "Rooms created (or that would be)", examples = "10000") int roomsCreated,
        @Schema(description = "Floors created because a row named a floor the building did not have yet", examples = "12") int floorsCreated,
        @Schema(description = "Problems; an import with any problem writes nothing") List<RoomSheet.Error> errors) {
}
