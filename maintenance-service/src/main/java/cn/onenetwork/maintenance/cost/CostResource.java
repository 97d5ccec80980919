package cn.onenetwork.maintenance.cost;

import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.repair.RepairClass;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/repair-costs")
@Tag(name = "Repair costs", description = "维修费用 estimate, contract and actual cost per division and year")
@Produces(MediaType.APPLICATION_JSON)
public class CostResource {

    @Schema(name = "RepairCostLine", requiredProperties = {"divisionCode", "repairClass", "projects", "completed", "estimated", "contracted", "actual",
            "completedEstimate", "variance"}, description = "The costs of one division's projects of one class for a plan year (rejected and withdrawn ones left out).")
    public record CostLine(@Schema(examples = "640104") String divisionCode, RepairClass repairClass, long projects,
            @Schema(description = "Completed projects") long completed, @Schema(description = "Σ estimates, 元") BigDecimal estimated,
            @Schema(description = "Σ contract costs of started projects, 元") BigDecimal contracted, @Schema(description = "Σ actual costs, 元") BigDecimal actual,
            @Schema(description = "Σ estimates of the completed projects, 元") BigDecimal completedEstimate,
            @Schema(description = "actual − completedEstimate, 元: how far the completed work ran over (+) or under (−) its estimates") BigDecimal variance) {
    }

    @Schema(name = "RepairCosts", requiredProperties = {"year", "lines", "estimated", "contracted", "actual", "variance"}, description = "Cost totals of a plan year in your scope.")
    public record CostTotals(int year, List<CostLine> lines, BigDecimal estimated, BigDecimal contracted, BigDecimal actual, BigDecimal variance) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope scope;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getRepairCosts", summary = "Repair costs per division and class for a plan year",
            description = "Estimate, contract and actual cost with the variance of completed work, per division in your scope and repair class, and in total.")
    @APIResponse(responseCode = "200", description = "The totals")
    @APIResponse(responseCode = "400", description = "No year")
    public CostTotals costs(@Parameter(required = true, example = "2027") @QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.PLAN_YEAR_NEEDED.with(), List.of(Violation.of("year", MaintenanceText.A_YEAR, null)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT division_code, repair_class, count(*), count(*) FILTER (WHERE status = 'COMPLETED'), coalesce(sum(estimated_cost), 0),
                       coalesce(sum(contract_cost), 0), coalesce(sum(actual_cost), 0),
                       coalesce(sum(estimated_cost) FILTER (WHERE status = 'COMPLETED'), 0)
                FROM repair_project
                WHERE plan_year = ?1 AND division_code LIKE ?2 AND status NOT IN ('REJECTED', 'WITHDRAWN')
                GROUP BY division_code, repair_class ORDER BY division_code, repair_class
                """).setParameter(1, year).setParameter(2, scope.divisionPrefix() + "%").getResultList();
        List<CostLine> lines = rows.stream().map(r -> new CostLine((String) r[0], RepairClass.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7],
                ((BigDecimal) r[6]).subtract((BigDecimal) r[7]))).toList();
        return new CostTotals(year, lines, sum(lines, CostLine::estimated), sum(lines, CostLine::contracted), sum(lines, CostLine::actual),
                sum(lines, CostLine::variance));
    }

    private static BigDecimal sum(List<CostLine> lines, java.util.function.Function<CostLine, BigDecimal> part) {
        return lines.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
