package cn.onenetwork.maintenance.condition;

import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.condition.FacilityCondition.Band;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/building-conditions")
@Tag(name = "Building condition", description = "设施状况 the facility condition index of buildings: deferred maintenance ÷ replacement value")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class ConditionResource {

    @Schema(name = "BuildingCondition", requiredProperties = {"buildingId", "divisionCode", "code", "name", "grossFloorArea", "replacementValue",
            "deferredMaintenance", "openFindings"}, description = "A building's facility condition: index and band once inspected, with its age, repairs and title.")
    public record ConditionView(UUID buildingId, String divisionCode, String code, String name, LocalDate completedOn, LocalDate lastMediumOrMajorRepairOn,
            @Schema(description = "权属 state, as the registry last published it", examples = "REGISTERED") String titleState, BigDecimal grossFloorArea,
            @Schema(description = "Gross floor area × the division's replacement value per m², 元") BigDecimal replacementValue,
            @Schema(description = "Σ remediation costs of open findings, 元") BigDecimal deferredMaintenance, long openFindings, LocalDate lastInspectedOn,
            @Schema(description = "Deferred maintenance ÷ replacement value, %; absent until the building is inspected", examples = "6.25") BigDecimal conditionIndexPercent,
            @Schema(description = "GOOD ≤ 5%, FAIR 5–10%, POOR > 10%; absent until inspected") Band band) {
    }

    @Schema(name = "BuildingConditionPage", description = "A page of buildings by condition; pass nextCursor back as cursor for the next page.")
    public record ConditionPage(List<ConditionView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Inject
    ConditionService conditions;

    @GET
    @Operation(operationId = "listBuildingConditions", summary = "Buildings by condition, worst first",
            description = "Inspected buildings by condition index, highest first, then those never inspected, then by code; filter by band for the poor ones.")
    @APIResponse(responseCode = "200", description = "The buildings' condition")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public ConditionPage worst(@QueryParam("band") Band band,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "20") @QueryParam("limit") Integer limit) {
        return conditions.worst(band, cursor, limit);
    }

    @GET
    @Path("/{buildingId}")
    @Operation(operationId = "getBuildingCondition", summary = "One building's condition", description = "Its condition index, band, open findings, last repair and title state.")
    @APIResponse(responseCode = "200", description = "The building's condition")
    @APIResponse(responseCode = "404", description = "No such standing building in your scope")
    public ConditionView get(@PathParam("buildingId") UUID buildingId) {
        return conditions.get(buildingId);
    }
}
