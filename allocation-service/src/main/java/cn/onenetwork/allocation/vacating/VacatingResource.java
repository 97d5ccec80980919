package cn.onenetwork.allocation.vacating;

import cn.onenetwork.allocation.vacating.VacatingApi.Closure;
import cn.onenetwork.allocation.vacating.VacatingApi.OrderPage;
import cn.onenetwork.allocation.vacating.VacatingApi.OrderView;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/vacating-orders")
@Tag(name = "Vacating orders", description = "腾退 space handed back after a unit is dissolved or merged, or moves into new space (建新交旧)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacatingResource {

    @Inject
    VacatingService orders;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listVacatingOrders", summary = "List the vacating orders in your scope", description = "A user unit sees its own; overdue=true lists the open ones past their deadline.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public OrderPage list(@Parameter(description = "Only orders of this unit") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only orders in this status") @QueryParam("status") VacatingStatus status,
            @Parameter(description = "Only open orders past their deadline") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return orders.list(agencyId, status, overdue, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getVacatingOrder", summary = "Read one vacating order", description = "With its history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The order; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    public RestResponse<OrderView> get(@PathParam("id") UUID id) {
        return current(orders.visible(id));
    }

    @POST
    @Path("/{id}/vacate")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "vacateRoom", summary = "Record that the room was handed back",
            description = "The holding ends on that day and the room is in the idle pool again; when it was the unit's last room, its certificates are cancelled.")
    @APIResponse(responseCode = "200", description = "Vacated")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a day before the holding began")
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    @APIResponse(responseCode = "409", description = "Already closed (ORDER_CLOSED)")
    public RestResponse<OrderView> vacate(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Closure input) {
        return current(orders.vacate(id, ifMatch, input.on(), input.comment()));
    }

    @POST
    @Path("/{id}/hand-over")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "handOverRoom", summary = "Pass a merged unit's room to its successor",
            description = "The holding ends and the successor holds the room from that day (basis REALLOCATION, reference the order number).")
    @APIResponse(responseCode = "200", description = "Handed over")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a day before the holding began")
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    @APIResponse(responseCode = "409", description = "Already closed (ORDER_CLOSED), or not a merger (NO_SUCCESSOR)")
    @APIResponse(responseCode = "422", description = "The successor was ended too (UNIT_DISSOLVED)")
    public RestResponse<OrderView> handOver(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read",
            example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Closure input) {
        return current(orders.handOver(id, ifMatch, input.on(), input.comment()));
    }

    private RestResponse<OrderView> current(VacatingOrder o) {
        return RestResponse.ResponseBuilder.ok(orders.view(o)).header("ETag", Etags.of(o.version)).build();
    }
}
