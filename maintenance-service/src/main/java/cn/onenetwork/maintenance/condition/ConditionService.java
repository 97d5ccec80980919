package cn.onenetwork.maintenance.condition;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.condition.ConditionResource.ConditionPage;
import cn.onenetwork.maintenance.condition.ConditionResource.ConditionView;
import cn.onenetwork.maintenance.condition.FacilityCondition.Band;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.parameter.ParameterService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The condition of the standing buildings in the caller's scope. The index is computed, filtered, sorted and paged in SQL
 * (worst first, never inspected last, then by code), with each division's replacement value per m² passed in: a page
 * reads its rows only, whatever the size of the region.
 */
@ApplicationScoped
public class ConditionService {

    private static final String QUERY = """
            SELECT id, division_code, code, name, completed_on, last_medium_or_major_repair_on, state, gross_floor_area, replacement, deferred, open_findings,
                   inspected, condition_index
            FROM (
                SELECT s.*, CASE WHEN s.inspected IS NULL THEN NULL WHEN s.replacement = 0 THEN 0 ELSE round(s.deferred / s.replacement, 4) END AS condition_index
                FROM (
                    SELECT b.id, b.division_code, b.code, b.name, b.completed_on, b.last_medium_or_major_repair_on, t.state, b.gross_floor_area,
                           round(b.gross_floor_area * v.per_m2, 2) AS replacement, coalesce(f.deferred, 0) AS deferred, f.open_findings, i.inspected
                    FROM registry_building b
                    JOIN jsonb_to_recordset(CAST(:values AS jsonb)) AS v(division_code text, per_m2 numeric) ON v.division_code = b.division_code
                    LEFT JOIN registry_title t ON t.building_id = b.id
                    CROSS JOIN LATERAL (SELECT sum(f.remediation_cost) AS deferred, count(*) AS open_findings FROM inspection_finding f
                                        WHERE f.building_id = b.id AND f.resolved_on IS NULL) f
                    CROSS JOIN LATERAL (SELECT max(i.performed_on) AS inspected FROM inspection i WHERE i.building_id = b.id AND i.status = 'RECORDED') i
                    WHERE b.disposed_on IS NULL AND b.division_code LIKE :prefix %s
                ) s
            ) c
            WHERE true %s
            ORDER BY condition_index DESC NULLS LAST, code, id
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope scope;

    @Inject
    ParameterService parameters;

    @Inject
    PlatformClockProvider clock;

    @Inject
    ObjectMapper json;

    public ConditionPage worst(Band band, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        After after = After.decode(cursor);
        StringBuilder filter = new StringBuilder();
        FacilityCondition.Range range = band == null ? null : FacilityCondition.range(band);
        if (range != null) {
            filter.append(range.above() == null ? " AND condition_index IS NOT NULL" : " AND condition_index > :above");
            filter.append(range.upTo() == null ? "" : " AND condition_index <= :upTo");
        }
        if (after != null) {
            filter.append(after.index() == null ? " AND condition_index IS NULL AND (code, id) > (:code, :id)"
                    : " AND (condition_index < :index OR (condition_index = :index AND (code, id) > (:code, :id)) OR condition_index IS NULL)");
        }
        Query query = query("", filter.toString());
        if (range != null && range.above() != null) {
            query.setParameter("above", range.above());
        }
        if (range != null && range.upTo() != null) {
            query.setParameter("upTo", range.upTo());
        }
        if (after != null) {
            if (after.index() != null) {
                query.setParameter("index", after.index());
            }
            query.setParameter("code", after.code()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(size + 1).getResultList();
        List<ConditionView> items = rows.stream().limit(size).map(ConditionService::view).toList();
        String next = rows.size() > size ? Cursors.encode(After.of(rows.get(size - 1)).encode()) : null;
        return new ConditionPage(items, next);
    }

    public ConditionView get(UUID buildingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(" AND b.id = :building", "").setParameter("building", buildingId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(MaintenanceText.BUILDING, buildingId);
        }
        return view(rows.get(0));
    }

    /** The query over the caller's scope, each of its divisions with the replacement value per m² in force today. */
    private Query query(String buildingFilter, String indexFilter) {
        String prefix = scope.divisionPrefix() + "%";
        @SuppressWarnings("unchecked")
        List<String> divisions = entityManager.createNativeQuery("SELECT DISTINCT division_code FROM registry_building WHERE division_code LIKE ?1 AND disposed_on IS NULL")
                .setParameter(1, prefix).getResultList();
        List<Map<String, Object>> values = parameters.inForce(divisions, clock.today()).entrySet().stream()
                .map(e -> Map.<String, Object>of("division_code", e.getKey(), "per_m2", e.getValue().replacementValuePerM2())).collect(Collectors.toList());
        try {
            return entityManager.createNativeQuery(QUERY.formatted(buildingFilter, indexFilter)).setParameter("values", json.writeValueAsString(values))
                    .setParameter("prefix", prefix);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConditionView view(Object[] r) {
        BigDecimal index = (BigDecimal) r[12];
        return new ConditionView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (LocalDate) r[5], (String) r[6], (BigDecimal) r[7],
                (BigDecimal) r[8], (BigDecimal) r[9], ((Number) r[10]).longValue(), (LocalDate) r[11], index == null ? null : index.movePointRight(2),
                index == null ? null : FacilityCondition.band(index));
    }

    /** Where the previous page ended: its last row's index (absent when never inspected), code and id. */
    private record After(BigDecimal index, String code, UUID id) {

        static After of(Object[] row) {
            return new After((BigDecimal) row[12], (String) row[2], (UUID) row[0]);
        }

        String encode() {
            return (index == null ? "" : index.toPlainString()) + "|" + code + "|" + id;
        }

        static After decode(String cursor) {
            String key = Cursors.decode(cursor);
            if (key == null) {
                return null;
            }
            String[] parts = key.split("\\|", 3);
            try {
                return new After(parts[0].isEmpty() ? null : new BigDecimal(parts[0]), parts[1], UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("INVALID_CURSOR", PlatformText.INVALID_CURSOR.with(), List.of(Violation.of("cursor", PlatformText.NOT_A_CURSOR, null)));
            }
        }
    }
}
