package cn.onenetwork.property.report;

import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.report.ReportViews.AreaRollup;
import cn.onenetwork.property.report.ReportViews.OverStandardReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "统计报表 statistics for your division and those below it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("/over-standard")
    @Operation(operationId = "getOverStandardReport", summary = "Open compliance findings per division and rule, with the excess area",
            description = "Open compliance findings of your subtree per division and rule, with their number and total excess area in m².")
    @APIResponse(responseCode = "200", description = "The report")
    public OverStandardReport overStandard() {
        return reports.overStandard();
    }

    @GET
    @Path("/area-rollup")
    @Operation(operationId = "getAreaRollup", summary = "Rooms and area per category for every division, rolled up the division tree",
            description = "Per division of your subtree: rooms and area per category (basic office space in use area, ancillary and technical space in building area), own and rolled up the division tree. Retired rooms are not counted.")
    @APIResponse(responseCode = "200", description = "The roll-up")
    public AreaRollup areaRollup() {
        return reports.areaRollup();
    }
}
