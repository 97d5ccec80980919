package cn.onenetwork.allocation.userunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserUnit", requiredProperties = {"id", "creditCode", "name", "divisionCode", "level", "system", "registryVersion", "syncedAt"}, description = "使用单位 a unit that can hold office space, as the allocation processes know it.")
public record UserUnitView(
        @Schema(examples = "5b7f6f5e-3f1c-4a51-9a36-2d0c7d6c4e01") UUID id,
        @Schema(examples = "11640000MB1234567T") String creditCode,
        @Schema(examples = "宁夏回族自治区财政厅") String name,
        @Schema(examples = "640000") String divisionCode,
        AdministrativeLevel level,
        AgencySystem system,
        @Schema(description = "The version of the registry record this replica reflects.", examples = "2") long registryVersion,
        @Schema(description = "When the replica last changed.") OffsetDateTime syncedAt,
        @Schema(description = "The day the registry ended the unit (dissolved or merged); absent while it exists") LocalDate dissolvedOn,
        @Schema(description = "The unit a merged one went into") UUID successorId) {

    static UserUnitView of(UserUnit u) {
        return new UserUnitView(u.id, u.creditCode, u.name, u.divisionCode, AdministrativeLevel.valueOf(u.level), AgencySystem.valueOf(u.system), u.sourceVersion, u.syncedAt,
                u.dissolvedOn, u.successorId);
    }
}
