package cn.onenetwork.common.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Numbers per division, kind and year (640104-SQ-2026-0001): the counter row is incremented under its lock in the
 * caller's transaction, so numbers are gapless for committed records and never issued twice.
 */
@ApplicationScoped
public class NumberSequence {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String divisionCode, String kind, int year) {
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO number_sequence (division_code, kind, year, last_value) VALUES (?1, ?2, ?3, 1)
                ON CONFLICT (division_code, kind, year) DO UPDATE SET last_value = number_sequence.last_value + 1
                RETURNING last_value
                """).setParameter(1, divisionCode).setParameter(2, kind).setParameter(3, year).getSingleResult();
        return "%s-%s-%d-%04d".formatted(divisionCode, kind, year, value.intValue());
    }
}
