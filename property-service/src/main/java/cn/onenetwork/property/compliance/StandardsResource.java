package cn.onenetwork.property.compliance;

import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.compliance.StandardsApi.AreaStandardInput;
import cn.onenetwork.property.compliance.StandardsApi.AreaStandardView;
import cn.onenetwork.property.compliance.StandardsApi.SpaceAllowanceInput;
import cn.onenetwork.property.compliance.StandardsApi.SpaceAllowanceView;
import cn.onenetwork.property.organisation.AdministrativeLevel;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Standards", description = "面积标准 the area standards and the service and equipment allowances, as data with effective dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardsResource {

    @Inject
    StandardsService standards;

    @Inject
    ComplianceSweep sweep;

    @Inject
    CallerScope scope;

    @GET
    @Path("/area-standards")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listAreaStandards", summary = "List the office standards that apply in your scope, with their history",
            description = "The office area standards (办公室面积标准) in force in your scope and their history: the 2014 national table and the rows your division and those above it set (township values, stricter local rows).")
    @APIResponse(responseCode = "200", description = "The rows, national first, oldest first")
    @APIResponse(responseCode = "400", description = "Unknown level")
    public List<AreaStandardView> areaStandards(@Parameter(description = "Only this level", example = "COUNTY") @QueryParam("level") AdministrativeLevel level) {
        return standards.areaStandards(level);
    }

    @POST
    @Path("/area-standards")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "setAreaStandard", summary = "Set an office standard for your division and below from a date on",
            description = "Township values (set by the province) and local rows. Every room, person and unit concerned is rechecked right after.")
    @APIResponse(responseCode = "201", description = "The new row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaStandardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Your division already has a row for this rank from that date or later")
    @APIResponse(responseCode = "422", description = "Unknown rank, value above its ceiling, or a date in the past")
    public RestResponse<AreaStandardView> setAreaStandard(@Valid @NotNull AreaStandardInput input) {
        AreaStandardView row = standards.setAreaStandard(input);
        sweep.recheckDivisionLater(scope.divisionPrefix());
        return RestResponse.status(RestResponse.Status.CREATED, row);
    }

    @GET
    @Path("/space-allowances")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listSpaceAllowances", summary = "List the service and equipment allowances that apply in your scope, with their history",
            description = "The service and equipment space allowed per approved post (服务用房、设备用房) in force in your scope and their history. None is seeded: no national figure is verified.")
    @APIResponse(responseCode = "200", description = "The rows, national first, oldest first")
    @APIResponse(responseCode = "400", description = "Unknown level")
    public List<SpaceAllowanceView> allowances(@Parameter(description = "Only this level", example = "COUNTY") @QueryParam("level") AdministrativeLevel level) {
        return standards.allowances(level);
    }

    @POST
    @Path("/space-allowances")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "setSpaceAllowance", summary = "Set the service and equipment allowance per approved post for a level, for your division and below",
            description = "Until a division sets one, units there get the office check only. Every unit concerned is rechecked right after.")
    @APIResponse(responseCode = "201", description = "The new row", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpaceAllowanceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Your division already has a row for this level from that date or later")
    @APIResponse(responseCode = "422", description = "A date in the past")
    public RestResponse<SpaceAllowanceView> setAllowance(@Valid @NotNull SpaceAllowanceInput input) {
        SpaceAllowanceView row = standards.setAllowance(input);
        sweep.recheckDivisionLater(scope.divisionPrefix());
        return RestResponse.status(RestResponse.Status.CREATED, row);
    }
}
