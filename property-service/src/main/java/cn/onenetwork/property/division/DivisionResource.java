package cn.onenetwork.property.division;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/divisions")
@Tag(name = "Divisions", description = "行政区划 the GB/T 2260 division tree that scopes every record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DivisionResource {

    @Inject
    DivisionService divisions;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listDivisions", summary = "List the divisions in your scope", description = "Your own division and every division below it, ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of divisions")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public DivisionPage list(
            @Parameter(description = "Only direct children of this division", example = "640100") @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return divisions.list(parentCode, cursor, limit);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getDivision", summary = "Read one division",
            description = "One administrative division (行政区划, GB/T 2260) of your scope.")
    @APIResponse(responseCode = "200", description = "The division; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such division in your scope")
    public RestResponse<DivisionView> get(@Parameter(description = "GB/T 2260 code", example = "640104") @PathParam("code") String code) {
        Division division = divisions.visible(code);
        return RestResponse.ResponseBuilder.ok(DivisionView.of(division)).header("ETag", Etags.of(division.version)).build();
    }

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerDivision", summary = "Register a division below your own",
            description = "A bureau registers the divisions it guides. The code must lie under the parent in the GB/T 2260 hierarchy.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Parent not in your scope")
    @APIResponse(responseCode = "409", description = "Already registered")
    @APIResponse(responseCode = "422", description = "Code or level does not fit under the parent")
    public RestResponse<DivisionView> register(@Valid @NotNull DivisionRegistration request) {
        Division division = divisions.register(request);
        return RestResponse.ResponseBuilder.<DivisionView>created(URI.create("/api/v1/divisions/" + division.code))
                .entity(DivisionView.of(division)).header("ETag", Etags.of(division.version)).build();
    }
}
