package cn.onenetwork.allocation.construction;

import cn.onenetwork.allocation.construction.ConstructionApi.Decision;
import cn.onenetwork.allocation.construction.ConstructionApi.HandOff;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewInput;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewPage;
import cn.onenetwork.allocation.construction.ConstructionApi.ReviewView;
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

@Path("/api/v1/construction-reviews")
@Tag(name = "Construction reviews", description = "建设 the bureau's necessity review (必要性审查) before the development-and-reform approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConstructionResource {

    @Inject
    ConstructionService reviews;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listConstructionReviews", summary = "List the construction necessity reviews in your scope",
            description = "Newest last, with their findings, decision and history; filter by status.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public ReviewPage list(@Parameter(description = "Only reviews in this status") @QueryParam("status") ReviewStatus status,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return reviews.list(status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getConstructionReview", summary = "Read one construction necessity review", description = "With its findings and history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The review; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such review in your scope")
    public RestResponse<ReviewView> get(@PathParam("id") UUID id) {
        return current(reviews.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "openConstructionReview", summary = "Open the necessity review of a construction request",
            description = "Only for a request approved with method CONSTRUCTION, whose approval recorded why reallocation, exchange and lease cannot serve.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    @APIResponse(responseCode = "409", description = "The request has its review already (REVIEW_EXISTS)")
    @APIResponse(responseCode = "422", description = "Not an approved construction request (NOT_A_CONSTRUCTION_REQUEST), or Idempotency-Key reused for another request")
    public RestResponse<ReviewView> open(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ReviewInput input) {
        return idempotent.create(idempotencyKey, "openConstructionReview", input, ReviewView.class, () -> {
            ConstructionReview c = reviews.open(input);
            return new Created<>(reviews.view(c), URI.create("/api/v1/construction-reviews/" + c.id), c.version);
        });
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "decideConstructionReview", summary = "Record the review's findings and decision",
            description = "\"Necessary\" is refused while the idle pool can serve the request (POOL_CAN_SERVE). Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such review in your scope")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "422", description = "The idle pool can serve the request (POOL_CAN_SERVE)")
    public RestResponse<ReviewView> decide(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Decision input) {
        return current(reviews.decide(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/hand-off")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "handOffConstructionReview", summary = "Hand a necessary project to the development-and-reform approval (立项)",
            description = "The approving department (审批部门) and the builder (建设单位) may be given or corrected here. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Handed off")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such review in your scope")
    @APIResponse(responseCode = "409", description = "Not decided necessary (REVIEW_NOT_NECESSARY)")
    public RestResponse<ReviewView> handOff(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"1\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull HandOff input) {
        return current(reviews.handOff(id, ifMatch, input));
    }

    private RestResponse<ReviewView> current(ConstructionReview c) {
        return RestResponse.ResponseBuilder.ok(reviews.view(c)).header("ETag", Etags.of(c.version)).build();
    }
}
