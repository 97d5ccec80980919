package cn.onenetwork.property.agency;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.organisation.AgencySystem;
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

@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "单位 user units and offices administration bureaus, with approved staffing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listAgencies", summary = "List the agencies in your scope",
            description = "Agencies of your division and the divisions below it, ordered by credit code. A user unit sees itself only.")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public AgencyPage list(
            @Parameter(description = "Only agencies of exactly this division", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Only agencies of this system") @QueryParam("system") AgencySystem system,
            @Parameter(description = "Only the agency with this credit code", example = "11640000MB1234567T") @QueryParam("creditCode") String creditCode,
@Parameter(description = "Text to find, as typed: any part of the name or the credit code (case-insensitive; three or more characters are served by the search index)", example = "教育局") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return agencies.list(divisionCode, system, creditCode, q, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getAgency", summary = "Read one agency",
            description = "An agency (单位) of your scope with its approved staffing per rank (编制); a user unit reads itself. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The agency; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such agency in your scope")
    public RestResponse<AgencyView> get(@PathParam("id") UUID id) {
        Agency agency = agencies.visible(id);
        return RestResponse.ResponseBuilder.ok(AgencyView.of(agency)).header("ETag", Etags.of(agency.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerAgency", summary = "Register an agency of your own division",
            description = "The bureau of a division registers the agencies of its level. Send Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. a wrong check character)")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    @APIResponse(responseCode = "409", description = "Credit code already registered, or the division already has its bureau")
    @APIResponse(responseCode = "422", description = "Unknown rank, bad parent, or an Idempotency-Key reused for another request")
    public RestResponse<AgencyView> register(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe: the same key and body return the first result",
                    example = "d4a1c7e0-registration-0001") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull AgencyInput input) {
        return idempotent.create(idempotencyKey, "registerAgency", input, AgencyView.class, () -> {
            Agency agency = agencies.register(input);
            return new Created<>(AgencyView.of(agency), URI.create("/api/v1/agencies/" + agency.id), agency.version);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "updateAgency", summary = "Change an agency of your own division",
            description = "Replaces the agency's data. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such agency in your scope")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "422", description = "Credit code changed, unknown rank or bad parent")
    public RestResponse<AgencyView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AgencyInput input) {
        Agency agency = agencies.update(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(AgencyView.of(agency)).header("ETag", Etags.of(agency.version)).build();
    }

    @POST
    @Path("/{id}/dissolve")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "dissolveAgency", summary = "End an agency: dissolved, or merged into a successor",
            description = "The record stays as history and can no longer be changed. Allocation opens a vacating order (腾退) for every room the unit "
                    + "holds. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Ended; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a successor for a dissolution")
    @APIResponse(responseCode = "404", description = "No such agency in your scope")
    @APIResponse(responseCode = "409", description = "Already ended (AGENCY_DISSOLVED)")
    @APIResponse(responseCode = "422", description = "A merger without an existing successor of the same division (SUCCESSOR_REQUIRED)")
    public RestResponse<AgencyView> dissolve(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Dissolution input) {
        Agency agency = agencies.dissolve(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(AgencyView.of(agency)).header("ETag", Etags.of(agency.version)).build();
    }
}
