package cn.onenetwork.maintenance.condition;

import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.condition.FacilityCondition.Band;
import cn.onenetwork.maintenance.parameter.ParameterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/building-conditions")
@Tag(name = "Building condition", description = "设施状况 the facility condition index of buildings: deferred maintenance ÷ replacement value")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class ConditionResource {

    private static final String QUERY = """
            SELECT b.id, b.division_code, b.code, b.name, b.completed_on, b.last_medium_or_major_repair_on, t.state, b.gross_floor_area,
                   (SELECT coalesce(sum(f.remediation_cost), 0) FROM inspection_finding f WHERE f.building_id = b.id AND f.resolved_on IS NULL),
                   (SELECT count(*) FROM inspection_finding f WHERE f.building_id = b.id AND f.resolved_on IS NULL),
                   (SELECT max(i.performed_on) FROM inspection i WHERE i.building_id = b.id AND i.status = 'RECORDED')
            FROM registry_building b LEFT JOIN registry_title t ON t.building_id = b.id
            WHERE b.disposed_on IS NULL AND b.division_code LIKE ?1
            """;

    @Schema(name = "BuildingCondition", requiredProperties = {"buildingId", "divisionCode", "code", "name", "grossFloorArea", "replacementValue",
            "deferredMaintenance", "openFindings"}, description = "A building's facility condition: index and band once inspected, with its age, repairs and title.")
    public record ConditionView(UUID buildingId, String divisionCode, String code, String name, LocalDate completedOn, LocalDate lastMediumOrMajorRepairOn,
            @Schema(description = "权属 state, as the registry last published it", examples = "REGISTERED") String titleState, BigDecimal grossFloorArea,
            @Schema(description = "Gross floor area × the division's replacement value per m², 元") BigDecimal replacementValue,
            @Schema(description = "Σ remediation costs of open findings, 元") BigDecimal deferredMaintenance, long openFindings, LocalDate lastInspectedOn,
            @Schema(description = "Deferred maintenance ÷ replacement value, %; absent until the building is inspected", examples = "6.25") BigDecimal conditionIndexPercent,
            @Schema(description = "GOOD ≤ 5%, FAIR 5–10%, POOR > 10%; absent until inspected") Band band) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope scope;

    @Inject
    ParameterService parameters;

    @Inject
    PlatformClockProvider clock;

    @GET
    @Operation(operationId = "listBuildingConditions", summary = "Buildings by condition, worst first",
            description = "Inspected buildings by condition index, highest first, then those never inspected; filter by band for the poor ones.")
    @APIResponse(responseCode = "200", description = "The buildings' condition")
    @APIResponse(responseCode = "400", description = "Bad limit")
    public List<ConditionView> worst(@QueryParam("band") Band band,
            @Parameter(description = "How many, 1 to 500 (default 50)", example = "20") @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).setParameter(1, scope.divisionPrefix() + "%").getResultList();
        Map<String, BigDecimal> valuePerM2 = new HashMap<>();
        return rows.stream().map(r -> view(r, valuePerM2)).filter(c -> band == null || c.band() == band)
                .sorted(Comparator.comparing(ConditionView::conditionIndexPercent, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ConditionView::code))
                .limit(size).toList();
    }

    @GET
    @Path("/{buildingId}")
    @Operation(operationId = "getBuildingCondition", summary = "One building's condition", description = "Its condition index, band, open findings, last repair and title state.")
    @APIResponse(responseCode = "200", description = "The building's condition")
    @APIResponse(responseCode = "404", description = "No such standing building in your scope")
    public ConditionView get(@PathParam("buildingId") UUID buildingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY + " AND b.id = ?2").setParameter(1, scope.divisionPrefix() + "%")
                .setParameter(2, buildingId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Building", buildingId);
        }
        return view(rows.get(0), new HashMap<>());
    }

    private ConditionView view(Object[] r, Map<String, BigDecimal> valuePerM2) {
        String division = (String) r[1];
        BigDecimal perM2 = valuePerM2.computeIfAbsent(division, d -> parameters.inForce(d, clock.today()).replacementValuePerM2);
        BigDecimal replacement = FacilityCondition.replacementValue((BigDecimal) r[7], perM2);
        BigDecimal deferred = (BigDecimal) r[8];
        LocalDate inspected = (LocalDate) r[10];
        BigDecimal index = inspected == null ? null : FacilityCondition.index(deferred, replacement);
        return new ConditionView((UUID) r[0], division, (String) r[2], (String) r[3], (LocalDate) r[4], (LocalDate) r[5], (String) r[6], (BigDecimal) r[7], replacement,
                deferred, ((Number) r[9]).longValue(), inspected, index == null ? null : index.movePointRight(2), index == null ? null : FacilityCondition.band(index));
    }
}
