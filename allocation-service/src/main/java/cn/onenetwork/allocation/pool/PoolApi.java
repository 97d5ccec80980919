package cn.onenetwork.allocation.pool;

import cn.onenetwork.allocation.room.RoomCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the idle pool. */
public final class PoolApi {

    private PoolApi() {
    }

    @Schema(name = "PoolRoom", requiredProperties = {"roomId", "buildingId", "divisionCode", "number", "category", "useArea", "available"},
            description = "公物仓 a room of the registry that no unit holds and nobody sits in, for reallocation (调剂).")
    public record PoolRoom(UUID roomId, UUID buildingId, UUID floorId, @Schema(examples = "640104") String divisionCode,
            @Schema(examples = "512") String number, RoomCategory category, @Schema(examples = "18.00") BigDecimal useArea,
            @Schema(description = "Since when the room is idle: the end of its last holding, or the day the registry recorded it idle, "
                    + "whichever is later; absent when neither is known (never held, never recorded idle)") LocalDate idleSince,
            @Schema(description = "False while the room is promised to an approved request") boolean available,
            @Schema(description = "The approved request the room is promised to, until the promise is fulfilled, ends or lapses") UUID promisedToRequestId,
            @Schema(description = "The last day of that promise") LocalDate promisedUntil) {
    }

    @Schema(name = "PoolPage", description = "A page of the idle pool, by room id.")
    public record PoolPage(List<PoolRoom> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Schema(name = "PoolOpeningInput", description = "Opens your division's idle pool to the level above (or closes it), with the reason.")
    public record OpeningInput(@NotNull @Schema(description = "true to open, false to close") Boolean openToLevelAbove,
            @NotBlank @Size(max = 500) @Schema(examples = "本级无用房需求，支持市级统筹调剂") String reason) {
    }

    @Schema(name = "PoolOpening", requiredProperties = {"divisionCode", "openToLevelAbove"}, description = "Whether your idle pool is open to the level above.")
    public record Opening(@Schema(examples = "640104") String divisionCode, boolean openToLevelAbove,
            @Schema(description = "The division above", examples = "640100") String levelAbove, String reason) {
    }
}
