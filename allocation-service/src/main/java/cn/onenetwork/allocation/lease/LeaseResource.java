package cn.onenetwork.allocation.lease;

import cn.onenetwork.allocation.lease.LeaseApi.End;
import cn.onenetwork.allocation.lease.LeaseApi.LeaseInput;
import cn.onenetwork.allocation.lease.LeaseApi.LeasePage;
import cn.onenetwork.allocation.lease.LeaseApi.LeaseView;
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

@Path("/api/v1/leases")
@Tag(name = "Leases", description = "租用 lease contracts, only when reallocation and exchange cannot serve; approved, filed, within the rent cap, reminded before expiry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaseResource {

    @Inject
    LeaseService leases;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listLeases", summary = "List the leases in your scope",
            description = "expiring=true lists the active ones ending within the reminder lead (3 months unless the region sets another). A user unit sees its own.")
    @APIResponse(responseCode = "200", description = "A page of leases")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public LeasePage list(@Parameter(description = "Only leases of this unit") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only leases in this status") @QueryParam("status") LeaseStatus status,
            @Parameter(description = "Only active leases ending within the reminder lead") @QueryParam("expiring") @DefaultValue("false") boolean expiring,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return leases.list(agencyId, status, expiring, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getLease", summary = "Read one lease", description = "With its history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The lease; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such lease in your scope")
    public RestResponse<LeaseView> get(@PathParam("id") UUID id) {
        return current(leases.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "signLease", summary = "Record a lease signed for a request approved with method LEASE",
            description = "The unit holds the leased rooms (basis LEASE) from the start, receives a certificate, and the request is fulfilled; the registry "
                    + "marks the building leased with the contract.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an end not after the start, or no agreement (AGREEMENT_MISSING)")
    @APIResponse(responseCode = "404", description = "Request, building or room not in your scope")
    @APIResponse(responseCode = "409", description = "A room is held already (ROOM_ALREADY_HELD) or retired")
    @APIResponse(responseCode = "422", description = "NOT_A_LEASE_REQUEST, ABOVE_APPROVED_AREA, RENT_ABOVE_CAP, AGREEMENT_NOT_SIGNED, AGREEMENT_SIGNED_IN_FUTURE, "
            + "AGREEMENT_SIGNED_AFTER_ISSUE (after startsOn), or Idempotency-Key reused for another request")
    public RestResponse<LeaseView> sign(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull LeaseInput input) {
        return idempotent.create(idempotencyKey, "signLease", input, LeaseView.class, () -> {
            Lease l = leases.sign(input);
            return new Created<>(leases.view(l), URI.create("/api/v1/leases/" + l.id), l.version);
        });
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "endLease", summary = "End a lease (expired or terminated)", description = "The unit's holdings of the leased rooms end that day. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a day before the lease began")
    @APIResponse(responseCode = "404", description = "No such lease in your scope")
    @APIResponse(responseCode = "409", description = "Ended already (LEASE_ENDED)")
    public RestResponse<LeaseView> end(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull End input) {
        return current(leases.end(id, ifMatch, input.endedOn(), input.reason()));
    }

    private RestResponse<LeaseView> current(Lease l) {
        return RestResponse.ResponseBuilder.ok(leases.view(l)).header("ETag", Etags.of(l.version)).build();
    }
}
