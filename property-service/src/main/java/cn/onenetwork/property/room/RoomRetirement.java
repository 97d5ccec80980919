package cn.onenetwork.property.room;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Retires a room merged or split in a renovation: from that day it leaves lists and totals; its history and findings stay.")
public record RoomRetirement(
        @NotNull @PastOrPresent @Schema(examples = "2025-09-30") LocalDate retiredOn,
        @NotBlank @Size(max = 300) @Schema(examples = "与302合并为会议室（兴机管维〔2025〕7号）") String reason) {
}
