package cn.onenetwork.property.building;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.sheet.Sheet;
import cn.onenetwork.property.sheet.SheetFormat;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/buildings")
@Tag(name = "Buildings", description = "楼座与楼层 buildings and their floors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuildingResource {

    @Inject
    BuildingService buildings;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    BuildingImportService imports;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listBuildings", summary = "List the buildings in your scope",
            description = "Buildings of your division and those below it, by id; a user unit sees the buildings that contain rooms it holds. Filter by division or find by any part of the code, name or address (q).")
    @APIResponse(responseCode = "200", description = "A page of buildings")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public BuildingPage list(@Parameter(description = "Only buildings of exactly this division", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Text to find, as typed: any part of the code, the name or the address (case-insensitive; three or more characters are served by the search index)", example = "解放西街") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return buildings.list(divisionCode, q, cursor, limit);
    }

    @GET
    @Path("/export")
    @Produces({Sheet.CSV, Sheet.XLSX, Sheet.ANY_FOR_DOWNLOAD})
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "exportBuildings", summary = "Export the buildings in your scope as a CSV or XLSX sheet", description = "The columns of the import sheet under their Chinese headers; the file imports again as it is.")
    @APIResponse(responseCode = "200", description = "The sheet", content = {
            @Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response export(@Parameter(description = "CSV (default) or XLSX; lower case is accepted too") @QueryParam("format") @DefaultValue("CSV") SheetFormat format) {
        return Sheet.download(format, "buildings", BuildingSheet.SHEET, imports.exportRows());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getBuilding", summary = "Read one building",
            description = "One building of your scope. ETag carries its version, for a correction with If-Match.")
    @APIResponse(responseCode = "200", description = "The building; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    public RestResponse<BuildingView> get(@PathParam("id") UUID id) {
        Building building = buildings.visible(id);
        return RestResponse.ResponseBuilder.ok(BuildingView.of(building)).header("ETag", Etags.of(building.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerBuilding", summary = "Register a building of your own division",
            description = "Registers a building (楼座) of your division, on a land parcel of the same division if given. Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuildingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    @APIResponse(responseCode = "409", description = "Building code already used in the division")
    @APIResponse(responseCode = "422", description = "Parcel of another division, or Idempotency-Key reused for another request")
    public RestResponse<BuildingView> register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull BuildingInput input) {
        return idempotent.create(idempotencyKey, "registerBuilding", input, BuildingView.class, () -> {
            Building b = buildings.register(input);
            return new Created<>(BuildingView.of(b), URI.create("/api/v1/buildings/" + b.id), b.version);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "updateBuilding", summary = "Correct a building of your own division",
            description = "A mistyped name, address, code or floor area; it stays in its division. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Corrected; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    @APIResponse(responseCode = "409", description = "Building code already used in the division, or changed concurrently")
    @APIResponse(responseCode = "422", description = "Another division, or a parcel of another division")
    public RestResponse<BuildingView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull BuildingInput input) {
        Building building = buildings.update(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(BuildingView.of(building)).header("ETag", Etags.of(building.version)).build();
    }

    @GET
    @Path("/{id}/floors")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listFloors", summary = "List the floors of a building",
            description = "The floors of a building, by label, each with its version for a rename.")
    @APIResponse(responseCode = "200", description = "The floors")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    public List<FloorView> floors(@PathParam("id") UUID id) {
        return buildings.floors(id);
    }

    @POST
    @Path("/{id}/floors")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "addFloor", summary = "Add a floor to a building of your own division",
            description = "Adds a floor to a building of your division; room imports add missing floors by themselves.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FloorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    @APIResponse(responseCode = "409", description = "Floor label already used")
    public RestResponse<FloorView> addFloor(@PathParam("id") UUID id, @Valid @NotNull FloorView.Input input) {
        Floor floor = buildings.addFloor(id, input.label());
        return RestResponse.ResponseBuilder.<FloorView>created(URI.create("/api/v1/buildings/" + id + "/floors")).entity(FloorView.of(floor))
                .header("ETag", Etags.of(floor.version)).build();
    }

    @PUT
    @Path("/{id}/floors/{floorId}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "renameFloor", summary = "Rename a floor of a building of your own division",
            description = "Its rooms stay on it. Send the floor's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Renamed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such building or floor in your scope")
    @APIResponse(responseCode = "409", description = "Floor label already used, or changed concurrently")
    public RestResponse<FloorView> renameFloor(@PathParam("id") UUID id, @PathParam("floorId") UUID floorId,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FloorView.Input input) {
        Floor floor = buildings.renameFloor(id, floorId, ifMatch, input.label());
        return RestResponse.ResponseBuilder.ok(FloorView.of(floor)).header("ETag", Etags.of(floor.version)).build();
    }
}
