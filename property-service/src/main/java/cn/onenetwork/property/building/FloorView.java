package cn.onenetwork.property.building;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Floor", requiredProperties = {"id", "buildingId", "label", "version"}, description = "楼层 a floor of a building.")
public record FloorView(UUID id, UUID buildingId, @Schema(examples = "3") String label,
        @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

    @Schema(name = "FloorInput", description = "A floor's label, to add a floor or rename one.")
    public record Input(@NotBlank @Size(max = 20) @Schema(examples = "3") String label) {
    }

    static FloorView of(Floor f) {
        return new FloorView(f.id, f.buildingId, f.label, f.version);
    }
}
