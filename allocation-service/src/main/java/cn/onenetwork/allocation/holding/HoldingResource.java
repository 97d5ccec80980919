package cn.onenetwork.allocation.holding;

import cn.onenetwork.allocation.holding.HoldingApi.HoldingEnd;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingInput;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingPage;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingView;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/holdings")
@Tag(name = "Holdings", description = "占有使用 which unit holds which room: the bureau's master ledger and each unit's sub-ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldingResource {

    @Inject
    HoldingService holdings;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listHoldings", summary = "List the holdings in your scope", description = "A user unit sees its own (its 分台账).")
    @APIResponse(responseCode = "200", description = "A page of holdings")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public HoldingPage list(@Parameter(description = "Only holdings of this unit") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only holdings of this room") @QueryParam("roomId") UUID roomId,
            @Parameter(description = "Only holdings that have not ended") @QueryParam("current") @DefaultValue("false") boolean current,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return holdings.list(agencyId, roomId, current, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getHolding", summary = "Read one holding",
            description = "One holding: which unit holds the room, on what basis and approved use, from and (once ended) to when. ETag carries its version, for ending it with If-Match.")
    @APIResponse(responseCode = "200", description = "The holding; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such holding in your scope")
    public RestResponse<HoldingView> get(@PathParam("id") UUID id) {
        Holding holding = holdings.visible(id);
        return RestResponse.ResponseBuilder.ok(holdings.view(holding)).header("ETag", Etags.of(holding.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "startHolding", summary = "Record that a unit holds a room of your own division",
            description = "Records existing use (EXISTING_USE) that predates the platform: space reallocated, exchanged, leased or built is held through "
                    + "its own workflow. The registry rechecks the unit's space against its entitlement as soon as the event arrives.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Room or unit not in your scope (or not yet received from the registry)")
    @APIResponse(responseCode = "409", description = "The room is already held (ROOM_ALREADY_HELD, HOLDING_OVERLAPS_HISTORY), retired (ROOM_RETIRED), "
            + "or promised to another unit's approved request (ROOM_RESERVED)")
    @APIResponse(responseCode = "422", description = "Unit of another division, a basis with its own workflow (BASIS_HAS_ITS_WORKFLOW), office space in a "
            + "technical room (OFFICE_USE_OF_TECHNICAL_ROOM), or Idempotency-Key reused for another request")
    public RestResponse<HoldingView> start(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull HoldingInput input) {
        return idempotent.create(idempotencyKey, "startHolding", input, HoldingView.class, () -> {
            Holding h = holdings.record(input);
            return new Created<>(holdings.view(h), URI.create("/api/v1/holdings/" + h.id), h.version);
        });
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "endHolding", summary = "End a holding: the unit hands the room back", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such holding in your scope")
    @APIResponse(responseCode = "409", description = "Already ended, or changed concurrently")
    public RestResponse<HoldingView> end(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HoldingEnd input) {
        Holding holding = holdings.end(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(holdings.view(holding)).header("ETag", Etags.of(holding.version)).build();
    }
}
