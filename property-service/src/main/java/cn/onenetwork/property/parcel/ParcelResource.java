package cn.onenetwork.property.parcel;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.parcel.ParcelApi.ParcelInput;
import cn.onenetwork.property.parcel.ParcelApi.ParcelPage;
import cn.onenetwork.property.parcel.ParcelApi.ParcelView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/parcels")
@Tag(name = "Parcels", description = "院落/宗地 land parcels, on which buildings stand")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParcelResource {

    @Inject
    ParcelService parcels;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listParcels", summary = "List the land parcels in your scope",
            description = "Land parcels of your division and those below it, by id, each with the number of buildings on it; find by any part of the code, name or address (q).")
    @APIResponse(responseCode = "200", description = "A page of parcels")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public ParcelPage list(@Parameter(description = "Only parcels of exactly this division", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Text to find, as typed: any part of the code, the name or the address (case-insensitive; three or more characters are served by the search index)", example = "解放西街") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return parcels.list(divisionCode, q, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getParcel", summary = "Read one land parcel",
            description = "One land parcel of your scope. ETag carries its version, for a correction with If-Match.")
    @APIResponse(responseCode = "200", description = "The parcel; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such parcel in your scope")
    public RestResponse<ParcelView> get(@PathParam("id") UUID id) {
        Parcel parcel = parcels.visible(id);
        return RestResponse.ResponseBuilder.ok(parcels.view(parcel)).header("ETag", Etags.of(parcel.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerParcel", summary = "Register a land parcel of your own division",
            description = "Registers a land parcel (院落/宗地) of your division; buildings and titles may then name it. Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParcelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    @APIResponse(responseCode = "409", description = "Parcel code already used in the division")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public RestResponse<ParcelView> register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ParcelInput input) {
        return idempotent.create(idempotencyKey, "registerParcel", input, ParcelView.class, () -> {
            Parcel p = parcels.register(input);
            return new Created<>(parcels.view(p), URI.create("/api/v1/parcels/" + p.id), p.version);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "updateParcel", summary = "Correct a land parcel of your own division",
            description = "A mistyped code, name, address, land area or land-use type; it stays in its division. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Corrected; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such parcel in your scope")
    @APIResponse(responseCode = "409", description = "Parcel code already used in the division, or changed concurrently")
    @APIResponse(responseCode = "422", description = "Another division")
    public RestResponse<ParcelView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ParcelInput input) {
        Parcel parcel = parcels.update(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(parcels.view(parcel)).header("ETag", Etags.of(parcel.version)).build();
    }
}
