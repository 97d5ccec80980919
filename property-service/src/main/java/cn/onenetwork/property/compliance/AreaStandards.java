package cn.onenetwork.property.compliance;

import cn.onenetwork.common.scope.DivisionCodes;
import cn.onenetwork.property.organisation.AdministrativeLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The office standard in force for a rank on a day (area_standard). A province's own row for its
 * subtree wins over the national one; the newest effective row wins over older ones.
 */
@ApplicationScoped
public class AreaStandards {

    @Inject
    EntityManager entityManager;

    /** The county rank whose standard caps township values (2014 standard: township values are set by the province, not above it). */
    public static final String TOWNSHIP_CEILING_RANK = "DEPUTY_COUNTY_HEAD";

    /**
     * The standard a rank is checked against: the row in force for it, or for a township rank without one the ceiling
     * that caps township values (the county deputy standard), so that no rank goes unchecked; null when neither exists.
     */
    public ComplianceFacts.Standard standard(AdministrativeLevel level, String rank, String divisionCode, LocalDate day) {
        BigDecimal own = officeArea(level, rank, divisionCode, day);
        if (own != null) {
            return ComplianceFacts.Standard.set(own);
        }
        if (level != AdministrativeLevel.TOWNSHIP) {
            return null;
        }
        BigDecimal ceiling = officeArea(AdministrativeLevel.COUNTY, TOWNSHIP_CEILING_RANK, divisionCode, day);
        return ceiling == null ? null : new ComplianceFacts.Standard(ceiling, "no township standard is set for " + rank + " here, so the "
                + ceiling.toPlainString() + " m² county deputy standard that caps township values applies until the province sets its own");
    }

    /** Null when no standard is set for that rank, level and place (e.g. township ranks before the province sets them). */
    public BigDecimal officeArea(AdministrativeLevel level, String rank, String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT division_code, office_area, effective_from FROM area_standard
                WHERE level = ?1 AND rank_code = ?2 AND effective_from <= ?3 AND (effective_to IS NULL OR effective_to > ?3)
                """).setParameter(1, level.name()).setParameter(2, rank).setParameter(3, day).getResultList();
        return mostSpecific(rows, divisionCode, 2).map(r -> (BigDecimal) r[1]).orElse(null);
    }

    /** The service and equipment allowance per approved post in force for a level and place; null when none is set. */
    public ComplianceFacts.Allowance allowance(AdministrativeLevel level, String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT division_code, service_per_person, equipment_per_person, effective_from FROM space_allowance
                WHERE level = ?1 AND effective_from <= ?2 AND (effective_to IS NULL OR effective_to > ?2)
                """).setParameter(1, level.name()).setParameter(2, day).getResultList();
        return mostSpecific(rows, divisionCode, 3).map(r -> new ComplianceFacts.Allowance((BigDecimal) r[1], (BigDecimal) r[2])).orElse(null);
    }

    /** Of the rows in force, the one of the nearest division covering the place (a national row has none), newest first. */
    private static Optional<Object[]> mostSpecific(List<Object[]> rows, String divisionCode, int effectiveColumn) {
        return rows.stream()
                .filter(r -> r[0] == null || DivisionCodes.covers((String) r[0], divisionCode))
                .max(Comparator.<Object[]>comparingInt(r -> r[0] == null ? -1 : DivisionCodes.scopePrefix((String) r[0]).length())
                        .thenComparing(r -> r[effectiveColumn].toString()));
    }

    public ComplianceFacts.Periods periods(LocalDate day) {
        return new ComplianceFacts.Periods(months("VACATE_AFTER_DEPARTURE", day), months("VACATE_AFTER_CONCURRENT_POST", day), months("IDLE_LIMIT", day));
    }

    private int months(String name, LocalDate day) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT months FROM compliance_parameter WHERE name = ?1 AND effective_from <= ?2 ORDER BY effective_from DESC LIMIT 1")
                .setParameter(1, name).setParameter(2, day).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("compliance_parameter has no " + name + " in force on " + day);
        }
        return ((Number) rows.get(0)).intValue();
    }
}
