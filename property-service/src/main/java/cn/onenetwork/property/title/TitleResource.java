package cn.onenetwork.property.title;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.title.TitleApi.ChangeInput;
import cn.onenetwork.property.title.TitleApi.TitlePage;
import cn.onenetwork.property.title.TitleApi.TitleView;
import cn.onenetwork.property.title.TitleApi.UnificationPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1")
@Tag(name = "Titles", description = "权属 titles, their states and history, and the unification work list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TitleResource {

    @Inject
    TitleService titles;

    @GET
    @Path("/titles")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listTitles", summary = "List the titles in your scope",
            description = "Titles of buildings and parcels of your division and below (a user unit: of what it holds), by id.")
    @APIResponse(responseCode = "200", description = "A page of titles")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public TitlePage list(@Parameter(description = "Only titles in this state") @QueryParam("state") TitleState state,
            @Parameter(description = "Only the title of this building") @QueryParam("buildingId") UUID buildingId,
            @Parameter(description = "Only the title of this parcel") @QueryParam("parcelId") UUID parcelId,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return titles.list(state, buildingId, parcelId, cursor, limit);
    }

    @POST
    @Path("/titles")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "openTitle", summary = "Open the title record of a building or land parcel of your division",
            description = "Opens the title record (权属) of a building or land parcel of your division in its current state, with the evidence that state needs (certificate numbers, the approval of the classified exception, or the filing reference of an unclear title).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TitleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Building or parcel not in your scope")
    @APIResponse(responseCode = "409", description = "The building or parcel already has a title record")
    @APIResponse(responseCode = "422", description = "The state needs evidence the request lacks")
    public RestResponse<TitleView> open(@Valid @NotNull ChangeInput input) {
        Title title = titles.open(input);
        return RestResponse.ResponseBuilder.<TitleView>created(URI.create("/api/v1/titles/" + title.id)).entity(titles.view(title))
                .header("ETag", Etags.of(title.version)).build();
    }

    @GET
    @Path("/titles/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getTitle", summary = "Read a title with its full history",
            description = "One title with every change of state, who made it, why and on what reference. ETag carries its version, for a change with If-Match.")
    @APIResponse(responseCode = "200", description = "The title; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such title in your scope")
    public RestResponse<TitleView> get(@PathParam("id") UUID id) {
        Title title = titles.visible(id);
        return RestResponse.ResponseBuilder.ok(titles.view(title)).header("ETag", Etags.of(title.version)).build();
    }

    @POST
    @Path("/titles/{id}/changes")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "changeTitleState", summary = "Move a title to another state, with the evidence it needs", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the history has a new entry")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such title in your scope")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "422", description = "Change not allowed from the current state, or evidence missing")
    public RestResponse<TitleView> change(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeInput input) {
        Title title = titles.change(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(titles.view(title)).header("ETag", Etags.of(title.version)).build();
    }

    @GET
    @Path("/title-unification")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listTitleUnification", summary = "Buildings in your scope not yet registered to their bureau",
            description = "The work list of 统一权属: buildings of your scope whose title is not yet registered to their bureau, with the title's state.")
    @APIResponse(responseCode = "200", description = "A page of buildings awaiting unification")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public UnificationPage unification(@Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return titles.unification(cursor, limit);
    }
}
