package cn.onenetwork.allocation.pool;

import cn.onenetwork.allocation.pool.PoolApi.Opening;
import cn.onenetwork.allocation.pool.PoolApi.OpeningInput;
import cn.onenetwork.allocation.pool.PoolApi.PoolPage;
import cn.onenetwork.allocation.room.RoomCategory;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/idle-pool")
@Tag(name = "Idle pool", description = "公物仓 rooms no unit holds, for reallocation before any new acquisition")
@Produces(MediaType.APPLICATION_JSON)
public class IdlePoolResource {

    @Inject
    PoolOpenings openings;

    @Inject
    IdlePoolService pool;

    @GET
    @Transactional
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listIdlePool", summary = "List the idle rooms of your division and below",
            description = "Rooms of the registry that no unit holds, that exist (not retired) and are not under repair, each with since when "
                    + "it is idle; filter by building, floor, category and use area. The pool is checked before any new acquisition.")
    @APIResponse(responseCode = "200", description = "A page of idle rooms")
    public PoolPage list(@Parameter(description = "Only rooms of this building") @QueryParam("buildingId") UUID buildingId,
            @Parameter(description = "Only rooms of this floor") @QueryParam("floorId") UUID floorId,
            @Parameter(description = "Only rooms of this category") @QueryParam("category") RoomCategory category,
            @Parameter(description = "Only rooms of at least this use area, m²", example = "12") @QueryParam("minArea") @DecimalMin("0") BigDecimal minArea,
            @Parameter(description = "Only rooms of at most this use area, m²", example = "30") @QueryParam("maxArea") @DecimalMin("0") BigDecimal maxArea,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return pool.list(buildingId, floorId, category, minArea, maxArea, cursor, limit);
    }

    @GET
    @Path("/opening")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getPoolOpening", summary = "Whether your idle pool is open to the level above",
            description = "The division above (read from the code), and the reason given when the pool was opened.")
    @APIResponse(responseCode = "200", description = "The opening")
    public Opening opening() {
        return openings.current();
    }

    @PUT
    @Path("/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "setPoolOpening", summary = "Open your idle pool to the level above, or close it",
            description = "While open, the bureau one level up may recommend, promise and hand over your pool's rooms to its own units. Audited.")
    @APIResponse(responseCode = "200", description = "The opening as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "422", description = "The national level has no level above (NO_LEVEL_ABOVE)")
    public Opening setOpening(@Valid @NotNull OpeningInput input) {
        return openings.set(input.openToLevelAbove(), input.reason());
    }
}
