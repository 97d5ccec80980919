package cn.onenetwork.maintenance.plan;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.plan.PlanApi.PlanApproval;
import cn.onenetwork.maintenance.plan.PlanApi.PlanInput;
import cn.onenetwork.maintenance.plan.PlanApi.PlanRevision;
import cn.onenetwork.maintenance.plan.PlanApi.PlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/annual-plans")
@Tag(name = "Annual plans", description = "年度维修计划 the reserve's projects funded by score within a division's yearly budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String IF_MATCH = "If-Match";

    @Inject
    PlanService plans;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "listAnnualPlans", summary = "List the annual plans in your scope", description = "Newest year first, with what each funds.")
    @APIResponse(responseCode = "200", description = "The plans")
    public List<PlanView> list(@Parameter(example = "2027") @QueryParam("year") Integer year) {
        return plans.list(year).stream().map(plans::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getAnnualPlan", summary = "Read one annual plan", description = "The funded projects and the reserve's unfunded ones; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan in your scope")
    public RestResponse<PlanView> get(@PathParam("id") UUID id) {
        return current(plans.visible(id));
    }

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "drawUpAnnualPlan", summary = "Draw up your division's plan for a year",
            description = "Takes the year's reserve (established projects) in score order and funds each that still fits what is left of the budget; "
                    + "the total never exceeds the budget. A draft until approved.")
    @APIResponse(responseCode = "201", description = "Drawn up", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a bureau")
    @APIResponse(responseCode = "409", description = "The division already has its plan for that year (PLAN_EXISTS)")
    public RestResponse<PlanView> draw(@Valid @NotNull PlanInput input) {
        PlanView plan = plans.draw(input.year(), input.budget());
        return RestResponse.ResponseBuilder.<PlanView>created(URI.create("/api/v1/annual-plans/" + plan.id())).entity(plan)
                .header("ETag", Etags.of(plan.version())).build();
    }

    @PUT
    @Path("/{id}/budget")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "reviseAnnualPlanBudget", summary = "Change a draft plan's budget", description = "Its projects are selected again from the reserve.")
    @APIResponse(responseCode = "200", description = "Revised")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the plan's division")
    @APIResponse(responseCode = "404", description = "No such plan in your scope")
    @APIResponse(responseCode = "409", description = "Already approved (PLAN_APPROVED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<PlanView> revise(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull PlanRevision input) {
        PlanView plan = plans.revise(id, ifMatch, input.budget());
        return RestResponse.ResponseBuilder.ok(plan).header("ETag", Etags.of(plan.version())).build();
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "approveAnnualPlan", summary = "Approve a draft plan (计划安排)",
            description = "Every funded project becomes PLANNED in one transaction and may start; only planned projects start.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the plan's division")
    @APIResponse(responseCode = "404", description = "No such plan in your scope")
    @APIResponse(responseCode = "409", description = "Already approved (PLAN_APPROVED)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<PlanView> approve(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull PlanApproval input) {
        return current(plans.approve(id, ifMatch, input.approvalReference()));
    }

    private RestResponse<PlanView> current(AnnualPlan plan) {
        return RestResponse.ResponseBuilder.ok(plans.view(plan)).header("ETag", Etags.of(plan.version)).build();
    }
}
