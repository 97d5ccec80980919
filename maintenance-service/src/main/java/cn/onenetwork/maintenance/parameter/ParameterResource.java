package cn.onenetwork.maintenance.parameter;

import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.parameter.ParameterApi.InForceView;
import cn.onenetwork.maintenance.parameter.ParameterApi.ParameterInput;
import cn.onenetwork.maintenance.parameter.ParameterApi.ParameterView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/repair-parameters")
@Tag(name = "Repair parameters", description = "维修参数 the figures of the repair rules per division as dated data: the 15-year rule, the extension share, cost bands, "
        + "the declaration deadline, the replacement value and the priority weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParameterResource {

    @Inject
    ParameterService parameters;

    @Inject
    CallerScope scope;

    @Inject
    PlatformClockProvider clock;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listRepairParameters", summary = "List the repair parameter rows you may read",
            description = "The platform's defaults and the rows of the divisions in your scope (or of one division), with the days they applied.")
    @APIResponse(responseCode = "200", description = "The rows, platform defaults first")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    public List<ParameterView> list(@Parameter(description = "Only this division's own rows", example = "640104") @QueryParam("divisionCode") String divisionCode) {
        return parameters.list(divisionCode).stream().map(ParameterView::of).toList();
    }

    @GET
    @Path("/in-force")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getRepairParametersInForce", summary = "The repair figures that apply to a division on a day",
            description = "Composed from the rows in force that day along the division's chain (its own, each level above, the platform's defaults; "
                    + "domain.md §7): a binding figure is the strictest of them, so a level above that tightens later still binds a division that set "
                    + "its own row earlier; the replacement value, the energy reference and the weights are the nearest row's.")
    @APIResponse(responseCode = "200", description = "The figures in force, each with the row it comes from")
    @APIResponse(responseCode = "400", description = "Not a division code")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    public InForceView inForce(@Parameter(description = "Your own division when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Today when absent", example = "2026-11-27") @QueryParam("on") LocalDate on) {
        String division = scope.divisionInScope(divisionCode);
        LocalDate day = on == null ? clock.today() : on;
        return InForceView.of(division, day, parameters.inForce(division, day));
    }

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "setRepairParameters", summary = "Set your division's repair figures from a day",
            description = "Closes your division's row in force on that day and applies the new one from it; earlier declarations keep the figures they were "
                    + "judged by. Only the bureau of the division sets its figures, from today on, and it may only tighten the binding figures it inherits "
                    + "on that day from the levels above (管理本级、指导下级): each field says which way it binds.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParameterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, a large band below the small one, or all weights zero")
    @APIResponse(responseCode = "403", description = "Not a bureau")
    @APIResponse(responseCode = "409", description = "Not after the day the current row took effect (PARAMETERS_NOT_AFTER_CURRENT)")
    @APIResponse(responseCode = "422", description = "Before today (FIGURES_BACK_DATED), or a binding figure looser than the one inherited from the levels above "
            + "on that day (FIGURES_LOOSENED; errors[] names each such field with the inherited value and the given one, compared unrounded)")
    public RestResponse<ParameterView> set(@Valid @NotNull ParameterInput input) {
        ParameterRow row = parameters.set(input);
        return RestResponse.ResponseBuilder.<ParameterView>created(URI.create("/api/v1/repair-parameters/in-force?divisionCode=" + row.divisionCode))
                .entity(ParameterView.of(row)).build();
    }
}
