package cn.onenetwork.maintenance.reserve;

import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.condition.FacilityCondition;
import cn.onenetwork.maintenance.parameter.FiguresInForce;
import cn.onenetwork.maintenance.parameter.ParameterService;
import cn.onenetwork.maintenance.repair.HazardLevel;
import cn.onenetwork.maintenance.reserve.PriorityScore.Facts;
import cn.onenetwork.maintenance.reserve.PriorityScore.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 项目储备库: a division's established projects for a plan year, each scored with the division's weights in force today and
 * ordered by score, then declaration day, then number, so that the same data always gives the same order.
 */
@ApplicationScoped
public class ReserveService {

    /** A reserve project with its score; {@code explain} gives the parts, built only for the projects shown. */
    public record Ranked(UUID projectId, String number, String title, String agencyCode, UUID buildingId, BigDecimal estimatedCost, LocalDate declaredOn,
            BigDecimal score, Supplier<Score> explain) {
    }

    static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score).reversed()
            .thenComparing(Ranked::declaredOn).thenComparing(Ranked::number);

    /**
     * The reserve's rows with what scores them: the projects with their buildings' facts and open deferred maintenance
     * (only for inspected buildings). Public so that the benchmark times the bare read of the same rows.
     */
    public static final String RESERVE_SQL = """
            SELECT p.id, p.number, p.title, p.agency_code, p.building_id, p.estimated_cost, p.declared_on, p.hazard_level, p.energy_use_intensity,
                   b.completed_on, b.last_medium_or_major_repair_on, b.gross_floor_area, f.deferred, f.inspected
            FROM repair_project p
            JOIN registry_building b ON b.id = p.building_id
            LEFT JOIN (SELECT i.building_id, true AS inspected,
                              (SELECT coalesce(sum(x.remediation_cost), 0) FROM inspection_finding x
                               WHERE x.building_id = i.building_id AND x.resolved_on IS NULL) AS deferred
                       FROM inspection i WHERE i.status = 'RECORDED' GROUP BY i.building_id) f ON f.building_id = p.building_id
            WHERE p.division_code = ?1 AND p.plan_year = ?2 AND p.status = 'ESTABLISHED'
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ParameterService parameters;

    @Inject
    PlatformClockProvider clock;

    /** The reserve of a division for a year, best first. One query reads the projects with their buildings' facts. */
    public List<Ranked> ranked(String divisionCode, int planYear) {
        LocalDate today = clock.today();
        FiguresInForce figures = parameters.inForce(divisionCode, today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(RESERVE_SQL).setParameter(1, divisionCode).setParameter(2, planYear).getResultList();
        List<Ranked> ranked = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            BigDecimal index = row[13] == null ? null
                    : FacilityCondition.index((BigDecimal) row[12], FacilityCondition.replacementValue((BigDecimal) row[11], figures.replacementValuePerM2()));
            Facts facts = new Facts((LocalDate) row[9], (LocalDate) row[10], index, HazardLevel.valueOf((String) row[7]), (BigDecimal) row[8]);
            ranked.add(new Ranked((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (UUID) row[4], (BigDecimal) row[5], (LocalDate) row[6],
                    PriorityScore.total(facts, today, figures.weights(), figures.energyReference()),
                    () -> PriorityScore.of(facts, today, figures.weights(), figures.energyReference())));
        }
        ranked.sort(ORDER);
        return ranked;
    }
}
