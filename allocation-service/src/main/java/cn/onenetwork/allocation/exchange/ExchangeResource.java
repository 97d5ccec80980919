package cn.onenetwork.allocation.exchange;

import cn.onenetwork.allocation.exchange.ExchangeApi.Cancellation;
import cn.onenetwork.allocation.exchange.ExchangeApi.Completion;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangeInput;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangePage;
import cn.onenetwork.allocation.exchange.ExchangeApi.ExchangeView;
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

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges", description = "置换 two units of a division swap the rooms they hold, atomically")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    @Inject
    ExchangeService exchanges;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listExchanges", summary = "List the exchanges in your scope",
            description = "With both sides' holdings as approved and the history; filter by a unit on either side and by status.")
    @APIResponse(responseCode = "200", description = "A page of exchanges")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public ExchangePage list(@Parameter(description = "Only exchanges this unit is a side of") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only exchanges in this status") @QueryParam("status") ExchangeStatus status,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return exchanges.list(agencyId, status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getExchange", summary = "Read one exchange", description = "With each side's holdings as approved and the history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The exchange; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such exchange in your scope")
    public RestResponse<ExchangeView> get(@PathParam("id") UUID id) {
        return current(exchanges.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "approveExchange", summary = "Approve an exchange between two units of your division",
            description = "Records each side's open holdings as they stand now (their versions). Completing the exchange applies it only if none changed.")
    @APIResponse(responseCode = "201", description = "Approved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, the same unit twice, or a holding named twice")
    @APIResponse(responseCode = "404", description = "A unit, holding or request not of your division")
    @APIResponse(responseCode = "422", description = "A holding not open or not of its side's unit (NOT_AN_OPEN_HOLDING_OF_THE_UNIT), a request that is not an approved "
            + "exchange of either unit (NOT_AN_EXCHANGE_REQUEST), or Idempotency-Key reused for another request")
    public RestResponse<ExchangeView> approve(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ExchangeInput input) {
        return idempotent.create(idempotencyKey, "approveExchange", input, ExchangeView.class, () -> {
            Exchange e = exchanges.approve(input);
            return new Created<>(exchanges.view(e), URI.create("/api/v1/exchanges/" + e.id), e.version);
        });
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "completeExchange", summary = "Complete an exchange: the rooms change hands",
            description = "In one transaction: every approved holding ends and its room is held by the other unit (basis EXCHANGE), each unit gets a "
                    + "certificate for the rooms it receives, and the request it serves is fulfilled. If any holding ended or changed since approval, "
                    + "nothing is applied (409 EXCHANGE_STALE).")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "400", description = "Invalid fields, a date before a holding's start, or an agreement missing (AGREEMENT_MISSING)")
    @APIResponse(responseCode = "404", description = "No such exchange in your scope")
    @APIResponse(responseCode = "409", description = "Not APPROVED, or a holding changed since approval (EXCHANGE_STALE)")
    @APIResponse(responseCode = "422", description = "An agreement not signed (AGREEMENT_NOT_SIGNED), or dated after today or after effectiveOn "
            + "(AGREEMENT_SIGNED_IN_FUTURE, AGREEMENT_SIGNED_AFTER_ISSUE)")
    public RestResponse<ExchangeView> complete(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Completion input) {
        return current(exchanges.complete(id, ifMatch, input.effectiveOn(), input.comment(), input.firstAgreement(), input.secondAgreement()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "cancelExchange", summary = "Cancel an approved exchange", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such exchange in your scope")
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    public RestResponse<ExchangeView> cancel(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Cancellation input) {
        return current(exchanges.cancel(id, ifMatch, input.comment()));
    }

    private RestResponse<ExchangeView> current(Exchange e) {
        return RestResponse.ResponseBuilder.ok(exchanges.view(e)).header("ETag", Etags.of(e.version)).build();
    }
}
