package cn.onenetwork.supervision.deadline;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics-deadlines")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class DeadlineResource {

    @Schema(name = "StatisticsDeadline", description = "报送时限 the deadline in force for a division's statistics of a reporting year.")
    public record DeadlineView(
            @Schema(required = true, examples = "640104") String divisionCode,
            @Schema(required = true, examples = "2025") int reportingYear,
            @Schema(required = true, examples = "2026-08-10") LocalDate dueOn,
            @Schema(description = "The division whose row sets it; absent for the platform default.", examples = "640100") String setBy) {
    }

    @Schema(name = "SetStatisticsDeadline", description = "Your division's own deadline for a reporting year: no later than the one it inherits.")
    public record DeadlineInput(
            @NotNull @Schema(required = true, examples = "2026-08-05") LocalDate dueOn,
            @Size(max = 500) @Schema(description = "Why, for the record", examples = "区政府办公室通知") String reason) {
    }

    @Inject
    DeadlineService deadlines;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @GET
    @Path("/{reportingYear}")
    @Operation(operationId = "getStatisticsDeadline", summary = "The deadline in force for a division's statistics of a year",
            description = "The earliest of the division's own deadline and those set above it, or the platform default (30 September of the following year).")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    @APIResponse(responseCode = "404", description = "The division is outside your scope")
    public DeadlineView get(@Parameter(example = "2025") @PathParam("reportingYear") @Min(2000) @Max(2100) int reportingYear,
            @Parameter(description = "A division of your subtree; yours when absent", example = "640104") @QueryParam("divisionCode") String divisionCode) {
        String division = scope.divisionInScope(divisionCode);
        DeadlineService.InForce in = deadlines.inForce(division, reportingYear);
        return new DeadlineView(division, reportingYear, in.dueOn(), in.setBy());
    }

    @PUT
    @Path("/{reportingYear}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Transactional
    @Operation(operationId = "setStatisticsDeadline", summary = "Set your division's deadline for a reporting year",
            description = "Binds your division and those below it. It may bring the inherited deadline forward, never push it back, never lie in the past, "
                    + "and a deadline that has passed stays as it was. Each setting is kept as a dated row.")
    @APIResponse(responseCode = "200", description = "The deadline now in force")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a bureau")
    @APIResponse(responseCode = "404", description = "The path names no reporting year")
    @APIResponse(responseCode = "422", description = "Later than inherited (FIGURES_LOOSENED), or in the past or after the deadline passed (FIGURES_BACK_DATED)")
    public DeadlineView set(@Parameter(example = "2025") @PathParam("reportingYear") @Min(2000) @Max(2100) int reportingYear,
            @Valid @NotNull DeadlineInput input) {
        String division = scope.divisionCode();
        DeadlineService.InForce in = deadlines.set(division, reportingYear, input.dueOn(), input.reason(), scope.subject());
        audit.record("statistics-deadline.set", "StatisticsDeadline", division + "/" + reportingYear, input.dueOn().toString());
        return new DeadlineView(division, reportingYear, in.dueOn(), in.setBy());
    }
}
