package cn.onenetwork.allocation.parameter;

import cn.onenetwork.allocation.parameter.ParameterApi.InForceView;
import cn.onenetwork.allocation.parameter.ParameterApi.ParameterInput;
import cn.onenetwork.allocation.parameter.ParameterApi.ParameterView;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
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

@Path("/api/v1/allocation-parameters")
@Tag(name = "Allocation parameters", description = "配置参数 the local figures of allocation per division as dated data: the rent cap, the lease "
        + "reminder's lead, the vacating deadline and how long a promise of rooms lasts. A division may only tighten what it inherits.")
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
    @Operation(operationId = "listAllocationParameters", summary = "List the allocation parameter rows you may read",
            description = "The platform's defaults and the rows of the divisions in your scope (or of one division), with the days they applied.")
    @APIResponse(responseCode = "200", description = "The rows, platform defaults first")
    @APIResponse(responseCode = "400", description = "Not a division code")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    public List<ParameterView> list(@Parameter(description = "Only this division's own rows", example = "640104") @QueryParam("divisionCode") String divisionCode) {
        return parameters.list(divisionCode).stream().map(ParameterView::of).toList();
    }

    @GET
    @Path("/in-force")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getAllocationParametersInForce", summary = "The allocation figures that bind a division on a day",
            description = "Each figure is the strictest of the division's own row and those of every level above it in force that day, the platform's "
                    + "defaults included: a level above that tightens later binds the levels below at once.")
    @APIResponse(responseCode = "200", description = "The figures in force")
    @APIResponse(responseCode = "400", description = "Not a division code or not a date")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    public InForceView inForce(@Parameter(description = "Your own division when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Today when absent", example = "2026-12-02") @QueryParam("on") LocalDate on) {
        String division = scope.divisionInScope(divisionCode);
        LocalDate day = on == null ? clock.today() : on;
        return InForceView.of(division, day, parameters.inForce(division, day));
    }

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "setAllocationParameters", summary = "Set your division's allocation figures from a day",
            description = "From today on, closing your division's row in force on that day; what was decided before keeps the figures it was decided by. "
                    + "Each figure may only tighten what the levels above set.")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParameterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a bureau")
    @APIResponse(responseCode = "409", description = "Not after the day the current row took effect (PARAMETERS_NOT_AFTER_CURRENT)")
    @APIResponse(responseCode = "422", description = "Before today (FIGURES_BACK_DATED), or looser than what the levels above set (FIGURES_LOOSENED, each figure named "
            + "in errors)")
    public RestResponse<ParameterView> set(@Valid @NotNull ParameterInput input) {
        ParameterRow row = parameters.set(input);
        return RestResponse.ResponseBuilder.<ParameterView>created(URI.create("/api/v1/allocation-parameters/in-force?divisionCode=" + row.divisionCode))
                .entity(ParameterView.of(row)).build();
    }
}
