package cn.onenetwork.maintenance.reserve;

import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.maintenance.plan.PlanApi.ReserveView;
import cn.onenetwork.maintenance.plan.PlanApi.ScoredProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/repair-reserve")
@Tag(name = "Repair reserve", description = "项目储备库 established projects waiting for an annual plan, with transparent priority scores")
@Produces(MediaType.APPLICATION_JSON)
public class ReserveResource {

    @Inject
    ReserveService reserve;

    @Inject
    CallerScope scope;

    @Inject
    ReaderLanguage reader;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getRepairReserve", summary = "The reserve of a division for a plan year, best first",
            description = "Each project's score is the weighted mean of its parts (age, years since the last medium or major repair, the building's "
                    + "condition index, the hazard, energy use above the reference), returned with each part's value, weight and basis; the weights are the "
                    + "division's in force today. Ties are ordered by declaration day, then number, so the order is reproducible.")
    @APIResponse(responseCode = "200", description = "The reserve")
    @APIResponse(responseCode = "400", description = "Missing plan year, bad division code or limit")
    @APIResponse(responseCode = "404", description = "Division not in your scope")
    public ReserveView get(@Parameter(description = "Your own division when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(required = true, example = "2027") @QueryParam("planYear") Integer planYear,
            @Parameter(description = "How many of the best to return, 1 to 500 (default 50); all are scored", example = "50") @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        if (planYear == null) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.PLAN_YEAR_NEEDED.with(), List.of(Violation.of("planYear", MaintenanceText.A_YEAR, null)));
        }
        String division = scope.divisionInScope(divisionCode);
        List<ReserveService.Ranked> ranked = reserve.ranked(division, planYear);
        List<ScoredProject> items = new ArrayList<>(Math.min(ranked.size(), size));
        Locale language = reader.get();
        for (int i = 0; i < Math.min(ranked.size(), size); i++) {
            items.add(ScoredProject.of(i + 1, ranked.get(i), language));
        }
        return new ReserveView(division, planYear, ranked.size(), items);
    }
}
