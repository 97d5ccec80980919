package cn.onenetwork.property.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyDissolution", description = "Ends a unit: dissolved, or merged into a successor. Its history stays; allocation opens a "
        + "vacating order (腾退) for every room it holds.")
public record Dissolution(
        @NotNull DissolutionKind kind,
        @NotNull @Schema(description = "The day the unit ends", examples = "2026-12-31") LocalDate effectiveOn,
        @Schema(description = "Required for a merger: the unit that takes over") UUID successorId,
        @NotBlank @Size(max = 500) @Schema(examples = "机构改革，并入兴庆区发展和改革局") String reason) {
}
