package cn.onenetwork.allocation.disposal;

import cn.onenetwork.allocation.disposal.DisposalApi.Approval;
import cn.onenetwork.allocation.disposal.DisposalApi.Cancellation;
import cn.onenetwork.allocation.disposal.DisposalApi.Completion;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalInput;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalPage;
import cn.onenetwork.allocation.disposal.DisposalApi.DisposalView;
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

@Path("/api/v1/disposals")
@Tag(name = "Disposals", description = "处置利用 a building leaves the state's office space: six methods, reallocation first, proceeds to the treasury")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisposalResource {

    @Inject
    DisposalService disposals;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listDisposals", summary = "List the disposals in your scope",
            description = "With method, grounds, approval, proceeds and history; filter by status or building.")
    @APIResponse(responseCode = "200", description = "A page of disposals")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public DisposalPage list(@Parameter(description = "Only disposals in this status") @QueryParam("status") DisposalStatus status,
            @Parameter(description = "Only disposals of this building") @QueryParam("buildingId") UUID buildingId,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return disposals.list(status, buildingId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getDisposal", summary = "Read one disposal", description = "With its history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The disposal; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such disposal in your scope")
    public RestResponse<DisposalView> get(@PathParam("id") UUID id) {
        return current(disposals.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "proposeDisposal", summary = "Propose the disposal of a building of your division",
            description = "Any method but REALLOCATE needs the reason no unit can use the building. Refused while the building's title is not clear "
                    + "(filed as unclear, disputed, records missing, registered to another unit, or no title record) or any of its rooms is held.")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    @APIResponse(responseCode = "409", description = "A disposal of the building is under way (DISPOSAL_UNDER_WAY)")
    @APIResponse(responseCode = "422", description = "TITLE_NOT_CLEAR, BUILDING_HELD, REALLOCATION_NOT_RULED_OUT, or Idempotency-Key reused for another request")
    public RestResponse<DisposalView> propose(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull DisposalInput input) {
        return idempotent.create(idempotencyKey, "proposeDisposal", input, DisposalView.class, () -> {
            Disposal d = disposals.propose(input);
            return new Created<>(disposals.view(d), URI.create("/api/v1/disposals/" + d.id), d.version);
        });
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "approveDisposal", summary = "Record the approval of a proposed disposal", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such disposal in your scope")
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public RestResponse<DisposalView> approve(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Approval input) {
        return current(disposals.approve(id, ifMatch, input.approvalReference(), input.comment()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "completeDisposal", summary = "Record that an approved disposal was carried out",
            description = "Title and holdings are checked again. The registry then takes the building out of its totals (its rooms are retired, its history stays).")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such disposal in your scope")
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    @APIResponse(responseCode = "422", description = "TITLE_NOT_CLEAR or BUILDING_HELD since approval, or proceeds without a treasury remittance (PROCEEDS_NOT_REMITTED)")
    public RestResponse<DisposalView> complete(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"1\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Completion input) {
        return current(disposals.complete(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "cancelDisposal", summary = "Cancel a disposal that was not carried out", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such disposal in your scope")
    @APIResponse(responseCode = "409", description = "Completed or cancelled already (DISPOSAL_CLOSED)")
    public RestResponse<DisposalView> cancel(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Cancellation input) {
        return current(disposals.cancel(id, ifMatch, input.comment()));
    }

    private RestResponse<DisposalView> current(Disposal d) {
        return RestResponse.ResponseBuilder.ok(disposals.view(d)).header("ETag", Etags.of(d.version)).build();
    }
}
