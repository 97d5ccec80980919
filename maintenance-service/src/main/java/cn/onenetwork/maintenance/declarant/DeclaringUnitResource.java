package cn.onenetwork.maintenance.declarant;

import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/declaring-units")
@Tag(name = "Declaring units", description = "申报单位 the units that declare repairs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
public class DeclaringUnitResource {

    @Inject
    CallerScope scope;

    @Schema(name = "DeclaringUnit", requiredProperties = {"id", "creditCode", "name", "divisionCode", "registryVersion"}, description = "申报单位 a unit that declares repairs.")
    public record DeclaringUnitView(
            @Schema(examples = "5b7f6f5e-3f1c-4a51-9a36-2d0c7d6c4e01") UUID id,
            @Schema(examples = "11640000MB1234567T") String creditCode,
            @Schema(examples = "宁夏回族自治区财政厅") String name,
            @Schema(examples = "640000") String divisionCode,
            @Schema(description = "The day the registry ended the unit (dissolved or merged); it declares no repair from then. Absent while it exists.")
            LocalDate dissolvedOn,
            @Schema(description = "The version of the registry record this replica reflects.", examples = "2") long registryVersion,
            OffsetDateTime syncedAt) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeclaringUnit", summary = "Read one declaring unit",
            description = "A unit as maintenance-service knows it from the registry's events (its read model), with the registry version it reflects.")
    @APIResponse(responseCode = "200", description = "The declaring unit")
    @APIResponse(responseCode = "404", description = "No such unit in your scope (or not yet received from the registry)")
    public DeclaringUnitView get(@PathParam("id") UUID id) {
        DeclaringUnit unit = DeclaringUnit.findById(id);
        if (unit == null || !scope.canRead(unit.divisionCode, unit.creditCode)) {
            throw ProblemException.notFound(MaintenanceText.DECLARING_UNIT, id);
        }
        return new DeclaringUnitView(unit.id, unit.creditCode, unit.name, unit.divisionCode, unit.dissolvedOn, unit.sourceVersion, unit.syncedAt);
    }
}
