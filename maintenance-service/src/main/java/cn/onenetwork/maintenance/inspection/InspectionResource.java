package cn.onenetwork.maintenance.inspection;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.inspection.InspectionApi.FindingPage;
import cn.onenetwork.maintenance.inspection.InspectionApi.FindingView;
import cn.onenetwork.maintenance.inspection.InspectionApi.InspectionPage;
import cn.onenetwork.maintenance.inspection.InspectionApi.InspectionView;
import cn.onenetwork.maintenance.inspection.InspectionApi.PlanInput;
import cn.onenetwork.maintenance.inspection.InspectionApi.RecordInput;
import cn.onenetwork.maintenance.inspection.InspectionApi.Resolution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1")
@Tag(name = "Inspections", description = "检查 inspections of buildings by system, their findings and remediation deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private static final String IF_MATCH = "If-Match";

    @Inject
    InspectionService inspections;

    @Inject
    PlatformClockProvider clock;

    @GET
    @Path("/inspections")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listInspections", summary = "List inspections in your scope", description = "By building and status, with their findings.")
    @APIResponse(responseCode = "200", description = "A page of inspections")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public InspectionPage list(@QueryParam("buildingId") UUID buildingId, @QueryParam("status") Inspection.Status status,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return inspections.list(buildingId, status, cursor, limit);
    }

    @GET
    @Path("/inspections/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getInspection", summary = "Read one inspection", description = "With its findings; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection in your scope")
    public RestResponse<InspectionView> get(@PathParam("id") UUID id) {
        Inspection inspection = inspections.visible(id);
        return RestResponse.ResponseBuilder.ok(inspections.view(inspection)).header("ETag", Etags.of(inspection.version)).build();
    }

    @POST
    @Path("/inspections")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "planInspection", summary = "Plan an inspection of a building's systems", description = "By the bureau of the building's division.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the building's division")
    @APIResponse(responseCode = "404", description = "Building not in your scope")
    @APIResponse(responseCode = "409", description = "The building was disposed of (BUILDING_DISPOSED)")
    public RestResponse<InspectionView> plan(@Valid @NotNull PlanInput input) {
        Inspection inspection = inspections.plan(input);
        return RestResponse.ResponseBuilder.<InspectionView>created(URI.create("/api/v1/inspections/" + inspection.id)).entity(inspections.view(inspection))
                .header("ETag", Etags.of(inspection.version)).build();
    }

    @POST
    @Path("/inspections/{id}/record")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "recordInspection", summary = "Record a planned inspection with its findings",
            description = "Each finding is in one of the systems inspected, with its severity, remediation cost (deferred maintenance until resolved) and "
                    + "deadline.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, a finding in a system not inspected, or a deadline before the inspection")
    @APIResponse(responseCode = "403", description = "Not the bureau of the building's division")
    @APIResponse(responseCode = "404", description = "No such inspection in your scope")
    @APIResponse(responseCode = "409", description = "Recorded or cancelled already (INSPECTION_NOT_PLANNED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<InspectionView> record(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull RecordInput input) {
        Inspection inspection = inspections.record(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(inspections.view(inspection)).header("ETag", Etags.of(inspection.version)).build();
    }

    @PUT
    @Path("/inspections/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "replanInspection", summary = "Correct a planned inspection's systems or day", description = "Only while planned; audited.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "400", description = "Invalid fields, or another building")
    @APIResponse(responseCode = "403", description = "Not the bureau of the building's division")
    @APIResponse(responseCode = "404", description = "No such inspection in your scope")
    @APIResponse(responseCode = "409", description = "Recorded or cancelled already (INSPECTION_NOT_PLANNED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<InspectionView> replan(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull PlanInput input) {
        Inspection inspection = inspections.replan(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(inspections.view(inspection)).header("ETag", Etags.of(inspection.version)).build();
    }

    @POST
    @Path("/inspections/{id}/cancellation")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "cancelInspection", summary = "Call off a planned inspection", description = "With the day and the reason; it stays in the history.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the building's division")
    @APIResponse(responseCode = "404", description = "No such inspection in your scope")
    @APIResponse(responseCode = "409", description = "Recorded or cancelled already (INSPECTION_NOT_PLANNED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<InspectionView> cancel(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull InspectionApi.Cancellation input) {
        Inspection inspection = inspections.cancel(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(inspections.view(inspection)).header("ETag", Etags.of(inspection.version)).build();
    }

    @GET
    @Path("/inspection-findings")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listInspectionFindings", summary = "Find inspection findings, or the overdue list",
            description = "Earliest deadline first. overdue=true lists the open findings past their remediation deadline (整改逾期).")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public FindingPage findings(@QueryParam("buildingId") UUID buildingId, @QueryParam("severity") Finding.Severity severity,
            @Parameter(description = "Only open (true) or resolved (false) findings") @QueryParam("open") Boolean open,
            @Parameter(description = "Only open findings past their deadline") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return inspections.findings(buildingId, severity, open, overdue, cursor, limit);
    }

    @POST
    @Path("/inspection-findings/{id}/resolution")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "resolveInspectionFinding", summary = "Record a finding remedied", description = "It leaves the building's deferred maintenance.")
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a day before the inspection")
    @APIResponse(responseCode = "403", description = "Not the bureau of the building's division")
    @APIResponse(responseCode = "404", description = "No such finding in your scope")
    @APIResponse(responseCode = "409", description = "Already resolved (FINDING_RESOLVED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<FindingView> resolve(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The finding's version you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Resolution input) {
        Finding finding = inspections.resolve(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(InspectionService.view(finding, clock.today())).header("ETag", Etags.of(finding.version)).build();
    }
}
