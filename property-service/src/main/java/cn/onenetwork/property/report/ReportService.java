package cn.onenetwork.property.report;

import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.rules.DivisionCodes;
import cn.onenetwork.property.compliance.Rule;
import cn.onenetwork.property.report.ReportViews.AreaRollup;
import cn.onenetwork.property.report.ReportViews.CategoryArea;
import cn.onenetwork.property.report.ReportViews.DivisionAreas;
import cn.onenetwork.property.report.ReportViews.OverStandardLine;
import cn.onenetwork.property.report.ReportViews.OverStandardReport;
import cn.onenetwork.property.room.RoomCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics straight from one aggregate query each, in the database: the reports stay as fast as
 * the bare SQL (see docs/benchmarks.md), whatever the size of the region.
 */
@ApplicationScoped
public class ReportService {

    /** The aggregate behind the over-standard report; the benchmark times this exact statement bare. */
    public static final String OVER_STANDARD_SQL = """
            SELECT division_code, rule, count(*), sum(excess_area) FROM compliance_finding
            WHERE status = 'OPEN' AND division_code LIKE ?1 GROUP BY division_code, rule ORDER BY division_code, rule""";

    /** The aggregate behind the area roll-up; the benchmark times this exact statement bare. */
    public static final String AREA_SQL = """
            SELECT division_code, category, count(*),
                   sum(CASE WHEN category IN ('ANCILLARY', 'TECHNICAL') THEN coalesce(building_area, use_area) ELSE use_area END)
            FROM room WHERE division_code LIKE ?1 AND retired_on IS NULL GROUP BY division_code, category""";

    @Inject
    CallerScope scope;

    @Inject
    EntityManager entityManager;

    public OverStandardReport overStandard() {
        List<OverStandardLine> lines = new ArrayList<>();
        long findings = 0;
        BigDecimal excess = BigDecimal.ZERO;
        for (Object[] row : rows(OVER_STANDARD_SQL)) {
            OverStandardLine line = new OverStandardLine((String) row[0], Rule.valueOf((String) row[1]), ((Number) row[2]).longValue(), (BigDecimal) row[3]);
            lines.add(line);
            findings += line.findings();
            excess = excess.add(line.excessArea());
        }
        return new OverStandardReport(lines, findings, excess);
    }

    public AreaRollup areaRollup() {
        Map<String, Map<RoomCategory, CategoryArea>> own = new HashMap<>();
        for (Object[] row : rows(AREA_SQL)) {
            own.computeIfAbsent((String) row[0], k -> new EnumMap<>(RoomCategory.class))
                    .put(RoomCategory.valueOf((String) row[1]), new CategoryArea(((Number) row[2]).longValue(), (BigDecimal) row[3]));
        }
        List<Object[]> divisions = new ArrayList<>(rows("SELECT code, name, parent_code FROM division WHERE code LIKE ?1 ORDER BY code"));
        divisions.sort(Comparator.comparingInt((Object[] d) -> DivisionCodes.scopePrefix((String) d[0]).length()).reversed()
                .thenComparing(d -> (String) d[0]));
        Map<String, Map<RoomCategory, CategoryArea>> rolled = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        // Deepest first, so each division has its children's totals before it passes them up.
        for (Object[] d : divisions) {
            String code = (String) d[0];
            parents.put(code, (String) d[2]);
            Map<RoomCategory, CategoryArea> total = rolled.computeIfAbsent(code, k -> new EnumMap<>(RoomCategory.class));
            own.getOrDefault(code, Map.of()).forEach((category, area) -> total.merge(category, area, ReportService::add));
            if (d[2] != null) {
                Map<RoomCategory, CategoryArea> parent = rolled.computeIfAbsent((String) d[2], k -> new EnumMap<>(RoomCategory.class));
                total.forEach((category, area) -> parent.merge(category, area, ReportService::add));
            }
        }
        List<DivisionAreas> result = new ArrayList<>();
        for (int i = divisions.size() - 1; i >= 0; i--) {
            Object[] d = divisions.get(i);
            String code = (String) d[0];
            result.add(new DivisionAreas(code, (String) d[1], (String) d[2], own.getOrDefault(code, Map.of()), rolled.get(code)));
        }
        return new AreaRollup(result);
    }

    private static CategoryArea add(CategoryArea a, CategoryArea b) {
        return new CategoryArea(a.rooms() + b.rooms(), a.area().add(b.area()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).setParameter(1, scope.divisionPrefix() + "%").getResultList();
    }
}
