package cn.onenetwork.property.compliance;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.Entitlements.Standard;
import cn.onenetwork.rules.StandardsInForce;
import cn.onenetwork.rules.StandardsInForce.AllowanceRow;
import cn.onenetwork.rules.StandardsInForce.StandardRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The office standard and allowance in force for a rank on a day (area_standard, space_allowance): the rows in force
 * that could apply are read here, and {@link StandardsInForce} picks one by the rule allocation applies to its replica.
 */
@ApplicationScoped
public class AreaStandards {

    @Inject
    EntityManager entityManager;

    /** The standard a rank is checked against (its own row, or for a township rank without one the ceiling); null when neither exists. */
    public Standard standard(AdministrativeLevel level, String rank, String divisionCode, LocalDate day) {
        return inForce(level, rank, day).standard(level.name(), rank, divisionCode, day);
    }

    /** Null when no standard is set for that rank, level and place (e.g. township ranks before the province sets them). */
    public BigDecimal officeArea(AdministrativeLevel level, String rank, String divisionCode, LocalDate day) {
        return inForce(level, rank, day).officeArea(level.name(), rank, divisionCode, day).orElse(null);
    }

    /** The service and equipment allowance per approved post in force for a level and place; null when none is set. */
    public Allowance allowance(AdministrativeLevel level, String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT level, division_code, service_per_person, equipment_per_person, effective_from, effective_to FROM space_allowance
                WHERE level = ?1 AND effective_from <= ?2 AND (effective_to IS NULL OR effective_to > ?2)
                """).setParameter(1, level.name()).setParameter(2, day).getResultList();
        return new StandardsInForce(List.of(), rows.stream().map(r -> new AllowanceRow((String) r[0], (String) r[1], (BigDecimal) r[2],
                (BigDecimal) r[3], (LocalDate) r[4], (LocalDate) r[5])).toList()).allowance(level.name(), divisionCode, day);
    }

    /** The rank's rows and the township ceiling's rows in force on the day. */
    private StandardsInForce inForce(AdministrativeLevel level, String rank, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT level, rank_code, division_code, office_area, effective_from, effective_to FROM area_standard
                WHERE ((level = ?1 AND rank_code = ?2) OR (level = 'COUNTY' AND rank_code = ?4))
                  AND effective_from <= ?3 AND (effective_to IS NULL OR effective_to > ?3)
                """).setParameter(1, level.name()).setParameter(2, rank).setParameter(3, day)
                .setParameter(4, StandardsInForce.TOWNSHIP_CEILING_RANK).getResultList();
        return new StandardsInForce(rows.stream().map(r -> new StandardRow((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                (LocalDate) r[4], (LocalDate) r[5])).toList(), List.of());
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
