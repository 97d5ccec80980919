package cn.onenetwork.property.room;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.sheet.Sheet;
import cn.onenetwork.property.sheet.SheetFormat;
import cn.onenetwork.property.staff.StaffApi;
import cn.onenetwork.property.staff.StaffService;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/rooms")
@Tag(name = "Rooms", description = "房间 rooms by category, with use and building area")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    StaffService staff;

    @Inject
    RoomService rooms;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listRooms", summary = "List the rooms in your scope",
            description = "Rooms of your scope, by id; a user unit sees the rooms it holds. Filter by building and category, find by any part of the number or function (q); retired rooms only with includeRetired.")
    @APIResponse(responseCode = "200", description = "A page of rooms")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public RoomPage list(@Parameter(description = "Only rooms of this building") @QueryParam("buildingId") UUID buildingId,
            @Parameter(description = "Only rooms of this category") @QueryParam("category") RoomCategory category,
            @Parameter(description = "Text to find, as typed: any part of the room number or its function (case-insensitive; three or more characters are served by the search index)", example = "301") @QueryParam("q") String q,
            @Parameter(description = "Also rooms retired in a renovation (default: only rooms that exist)") @QueryParam("includeRetired") boolean includeRetired,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return rooms.list(buildingId, category, q, includeRetired, cursor, limit);
    }

    @GET
    @Path("/export")
    @Produces({Sheet.CSV, Sheet.XLSX, Sheet.ANY_FOR_DOWNLOAD})
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "exportRooms", summary = "Export the rooms in your scope as a CSV or XLSX sheet", description = "The columns of the import sheet under their Chinese headers; the file imports again as it is.")
    @APIResponse(responseCode = "200", description = "The sheet", content = {
            @Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response export(@Parameter(description = "Only rooms of this building") @QueryParam("buildingId") UUID buildingId,
            @Parameter(description = "CSV (default) or XLSX; lower case is accepted too") @QueryParam("format") @DefaultValue("CSV") SheetFormat format) {
        return Sheet.download(format, "rooms", RoomSheet.SHEET, rooms.exportRows(buildingId).stream().map(RoomSheet.Row::cells).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getRoom", summary = "Read one room",
            description = "One room of your scope. ETag carries its version, for a correction with If-Match.")
    @APIResponse(responseCode = "200", description = "The room; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such room in your scope")
    public RestResponse<RoomView> get(@PathParam("id") UUID id) {
        Room room = rooms.visible(id);
        return RestResponse.ResponseBuilder.ok(RoomView.of(room)).header("ETag", Etags.of(room.version)).build();
    }

    @GET
    @Path("/{id}/seats")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listRoomSeats", summary = "Who sits in a room",
            description = "The room's open seats, or every seat it ever had with current=false, by id.")
    @APIResponse(responseCode = "200", description = "A page of seats")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such room in your scope")
    public StaffApi.SeatPage seats(@PathParam("id") UUID id,
            @Parameter(description = "Only seats still held (default true)") @QueryParam("current") @DefaultValue("true") boolean current,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return staff.seatsInRoom(id, current, cursor, limit);
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerRoom", summary = "Register a room in a building of your own division",
            description = "Compliance is rechecked for the room at once; findings are published as events.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Building not in your scope")
    @APIResponse(responseCode = "409", description = "Room number already used in the building")
    @APIResponse(responseCode = "422", description = "Floor of another building, or Idempotency-Key reused")
    public RestResponse<RoomView> register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull RoomInput input) {
        return idempotent.create(idempotencyKey, "registerRoom", input, RoomView.class, () -> {
            Room room = rooms.register(input);
            return new Created<>(RoomView.of(room), URI.create("/api/v1/rooms/" + room.id), room.version);
        });
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "retireRoom", summary = "Retire a room merged or split in a renovation",
            description = "The room must be empty (no open seats) and held by no unit. It leaves lists, exports and totals; its findings are "
                    + "resolved and its history stays; its number may be given to a new room. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Retired; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such room in your scope")
    @APIResponse(responseCode = "409", description = "Occupied, held, already retired, or changed concurrently")
    public RestResponse<RoomView> retire(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoomRetirement input) {
        Room room = rooms.retire(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(RoomView.of(room)).header("ETag", Etags.of(room.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "updateRoom", summary = "Change a room of your own division", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such room in your scope")
    @APIResponse(responseCode = "409", description = "Changed concurrently, or number already used")
    public RestResponse<RoomView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoomInput input) {
        Room room = rooms.update(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(RoomView.of(room)).header("ETag", Etags.of(room.version)).build();
    }
}
