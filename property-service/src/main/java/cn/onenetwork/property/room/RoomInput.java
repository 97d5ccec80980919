package cn.onenetwork.property.room;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A room of a building of your division.")
public record RoomInput(
        @NotNull UUID buildingId,
        @NotNull UUID floorId,
        @NotBlank @Size(max = 40) @Schema(examples = "301") String number,
        @NotNull RoomCategory category,
        @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(description = "使用面积 m²", examples = "18.00") BigDecimal useArea,
        @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(description = "建筑面积 m², for categories reported that way") BigDecimal buildingArea,
        @Size(max = 100) @Schema(description = "功能", examples = "办公") String function,
        @NotNull RoomStatus status,
        @NotNull @PastOrPresent @Schema(description = "Since when the room has this status", examples = "2024-03-01") LocalDate statusSince) {
}
