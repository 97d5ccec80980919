package cn.onenetwork.allocation.request;

import cn.onenetwork.allocation.request.RequestApi.Approval;
import cn.onenetwork.allocation.request.RequestApi.Cancellation;
import cn.onenetwork.allocation.request.RequestApi.Fulfilment;
import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.allocation.request.RequestApi.RecommendationList;
import cn.onenetwork.allocation.request.RequestApi.Rejection;
import cn.onenetwork.allocation.request.RequestApi.RequestInput;
import cn.onenetwork.allocation.request.RequestApi.RequestPage;
import cn.onenetwork.allocation.request.RequestApi.RequestView;
import cn.onenetwork.allocation.request.RequestApi.StepInput;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/allocation-requests")
@Tag(name = "Allocation requests", description = "用房申请 requests for office space: entitlement, review, the method in legal priority order, recommendations and fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestService requests;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    ReaderLanguage language;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listAllocationRequests", summary = "List the allocation requests in your scope", description = "A user unit sees its own.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public RequestPage list(@Parameter(description = "Only requests of this unit") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only requests in this status") @QueryParam("status") RequestStatus status,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        RequestPage page = requests.list(agencyId, status, cursor, limit);
        Locale reader = language.get();
        return new RequestPage(page.items().stream().map(r -> r.in(reader)).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getAllocationRequest", summary = "Read one allocation request",
            description = "The request with its entitlement, decision, promised rooms and history. ETag carries its version, for the next step's If-Match.")
    @APIResponse(responseCode = "200", description = "The request; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    public RestResponse<RequestView> get(@PathParam("id") UUID id) {
        return current(requests.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "submitAllocationRequest", summary = "Submit a request for office space",
            description = "A user unit asks for itself; a bureau for a unit of its own division. The entitlement is Σ people × the office standard in force "
                    + "today plus the service and equipment allowance per person, the figure the registry checks holdings against "
                    + "(GET /api/v1/agencies/{id}/space). The space asked plus the space held (none for a relocation) must stay within it.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a rank listed twice")
    @APIResponse(responseCode = "404", description = "Unit not in your scope (or not yet received from the registry)")
    @APIResponse(responseCode = "422", description = "More people than approved posts (STAFF_ABOVE_APPROVED_POSTS), a rank without a standard "
            + "(NO_STANDARD_FOR_RANK), more space than the entitlement (AREA_ABOVE_ENTITLEMENT), or Idempotency-Key reused for another request")
    public RestResponse<RequestView> submit(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull RequestInput input) {
        return idempotent.create(idempotencyKey, "submitAllocationRequest", input, RequestView.class, () -> {
            AllocationRequest r = requests.submit(input);
            return new Created<>(requests.view(r), URI.create("/api/v1/allocation-requests/" + r.id), r.version);
        });
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "startAllocationRequestReview", summary = "Start reviewing a submitted request", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Under review")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    @APIResponse(responseCode = "409", description = "The request is not SUBMITTED (REQUEST_NOT_SUBMITTED)")
    public RestResponse<RequestView> review(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid StepInput input) {
        return current(requests.startReview(id, ifMatch, input == null ? null : input.comment()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "approveAllocationRequest", summary = "Approve a request with its method",
            description = "A lower method (调剂 → 置换 → 租用 → 建设) needs a reason for each higher one; a lease or construction needs its funding, from "
                    + "the government budget only. The idle pool's best recommendation at this moment is recorded with the decision. Rooms named in "
                    + "reservedRoomIds are promised to the request until it is fulfilled.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid fields, a reason for a method that is not above the chosen one, or rooms promised to a method other than reallocation")
    @APIResponse(responseCode = "403", description = "Not the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request, or a room not of the request's division")
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW; a room not in the pool (ROOM_NOT_IN_POOL) or already promised (ROOM_RESERVED)")
    @APIResponse(responseCode = "422", description = "HIGHER_METHOD_NOT_RULED_OUT (names the methods), FORBIDDEN_FUNDING_SOURCE (names it), FUNDING_SOURCE_REQUIRED")
    public RestResponse<RequestView> approve(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"1\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Approval input) {
        return current(requests.approve(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "rejectAllocationRequest", summary = "Reject a request under review, with the reason", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    @APIResponse(responseCode = "409", description = "The request is not UNDER_REVIEW")
    public RestResponse<RequestView> reject(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"1\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Rejection input) {
        return current(requests.reject(id, ifMatch, input.comment()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "withdrawAllocationRequest", summary = "Withdraw a request before it is decided", description = "By the unit or its bureau; rooms promised to it return to the pool.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the unit or the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    @APIResponse(responseCode = "409", description = "Already decided")
    public RestResponse<RequestView> withdraw(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid StepInput input) {
        return current(requests.withdraw(id, ifMatch, input == null ? null : input.comment()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "cancelAllocationRequest", summary = "Cancel an approved request (撤销) with a reason",
            description = "The request will not be fulfilled; the rooms promised to it at approval return to the pool. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    @APIResponse(responseCode = "409", description = "Not APPROVED (REQUEST_NOT_APPROVED)")
    public RestResponse<RequestView> cancel(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"2\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Cancellation input) {
        return current(requests.cancel(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/{id}/fulfil")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "fulfilAllocationRequest", summary = "Fulfil an approved reallocation: the unit holds the rooms",
            description = "Creates a holding per room (basis REALLOCATION, reference the request number) in one transaction: if any room is held or "
                    + "promised to another request meanwhile, nothing is applied.")
    @APIResponse(responseCode = "200", description = "Fulfilled")
    @APIResponse(responseCode = "400", description = "Invalid fields, no rooms named nor promised, or no agreement (AGREEMENT_MISSING)")
    @APIResponse(responseCode = "403", description = "Not the bureau of the request's division")
    @APIResponse(responseCode = "404", description = "No such request, or a room not of the request's division")
    @APIResponse(responseCode = "409", description = "Not APPROVED, not a reallocation, or a room held (ROOM_ALREADY_HELD, ROOM_NOT_IN_POOL) or promised to another request (ROOM_RESERVED)")
    @APIResponse(responseCode = "422", description = "The rooms exceed the area approved (ABOVE_APPROVED_AREA), or the agreement is not signed "
            + "(AGREEMENT_NOT_SIGNED) or dated after today or after fromDate (AGREEMENT_SIGNED_IN_FUTURE, AGREEMENT_SIGNED_AFTER_ISSUE)")
    public RestResponse<RequestView> fulfil(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"2\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Fulfilment input) {
        return current(requests.fulfil(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/recommendations")
    @Transactional
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "recommendRooms", summary = "Recommend pool rooms for a request",
            description = "Ranked sets of rooms of the division's idle pool that seat every person within their standard (no office ever exceeds the "
                    + "standards of the people in it) and cover the service and equipment space asked, with the least excess area, preferring one "
                    + "building and adjacent floors. Rooms promised to other requests are never offered. Each is explained.")
    @APIResponse(responseCode = "200", description = "Recommendations, best first; empty when the pool cannot serve")
    @APIResponse(responseCode = "400", description = "Bad limit")
    @APIResponse(responseCode = "404", description = "No such request in your scope")
    public RecommendationList recommend(@PathParam("id") UUID id,
            @Parameter(description = "How many recommendations, 1 to 10", example = "3") @QueryParam("limit") @DefaultValue("3") @Min(1) @Max(10) int limit) {
        Locale reader = language.get();
        return new RecommendationList(requests.recommend(id, limit).stream().map(r -> r.in(reader)).toList());
    }

    private RestResponse<RequestView> current(AllocationRequest r) {
        return RestResponse.ResponseBuilder.ok(requests.view(r).in(language.get())).header("ETag", Etags.of(r.version)).build();
    }
}
