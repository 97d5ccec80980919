package cn.onenetwork.allocation.standard;

import cn.onenetwork.rules.StandardsInForce;
import cn.onenetwork.rules.StandardsInForce.AllowanceRow;
import cn.onenetwork.rules.StandardsInForce.StandardRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The replica's rows in force for a level on a day (and the county rows that cap township values), for {@link StandardsInForce}. */
@ApplicationScoped
public class Standards {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public StandardsInForce inForce(String level, LocalDate day) {
        List<Object[]> standards = entityManager.createNativeQuery("""
                SELECT level, rank_code, division_code, office_area, effective_from, effective_to FROM standard_row
                WHERE (level = ?1 OR (level = 'COUNTY' AND rank_code = ?3)) AND effective_from <= ?2 AND (effective_to IS NULL OR effective_to > ?2)
                """).setParameter(1, level).setParameter(2, day).setParameter(3, StandardsInForce.TOWNSHIP_CEILING_RANK).getResultList();
        List<Object[]> allowances = entityManager.createNativeQuery("""
                SELECT level, division_code, service_per_person, equipment_per_person, effective_from, effective_to FROM allowance_row
                WHERE level = ?1 AND effective_from <= ?2 AND (effective_to IS NULL OR effective_to > ?2)
                """).setParameter(1, level).setParameter(2, day).getResultList();
        return new StandardsInForce(
                standards.stream().map(r -> new StandardRow((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (LocalDate) r[4],
                        (LocalDate) r[5])).toList(),
                allowances.stream().map(r -> new AllowanceRow((String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3],
                        (LocalDate) r[4], (LocalDate) r[5])).toList());
    }

    /** Of these rank codes, the ones the registry's standards name at some level: any other is no rank at all. */
    public Set<String> known(Collection<String> ranks) {
        @SuppressWarnings("unchecked")
        List<String> known = entityManager.createNativeQuery("SELECT DISTINCT rank_code FROM standard_row WHERE rank_code = ANY(?1)")
                .setParameter(1, ranks.toArray(String[]::new)).getResultList();
        return Set.copyOf(known);
    }
}
