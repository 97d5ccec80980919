package cn.onenetwork.property.division;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Registers a division below the caller's own.")
public record DivisionRegistration(
        @NotNull @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{onenetwork.property.divisionCode}")
        @Schema(examples = "640104") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "兴庆区") String name,
        @NotNull AdministrativeLevel level,
        @NotNull @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{onenetwork.property.divisionCode}")
        @Schema(examples = "640100") String parentCode) {
}
