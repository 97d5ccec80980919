package cn.onenetwork.supervision.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rule every dated read model follows: a fact's new version closes the current one on the day it arrived, and the
 * replica only moves forward. Two versions on one day leave that day's last: a day shows what the registry said at its
 * end. Table names are the replicas' own constants, never input.
 */
@ApplicationScoped
public class DatedVersions {

    @Inject
    EntityManager entityManager;

    /**
     * Makes room for a new version of a fact arriving on a day: the day it starts from, or empty when the replica already
     * holds this version or a later one.
     */
    public Optional<LocalDate> advance(String table, UUID id, long version, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> current = entityManager.createNativeQuery("SELECT source_version, valid_from FROM " + table
                + " WHERE id = ?1 AND valid_to IS NULL FOR UPDATE").setParameter(1, id).getResultList();
        if (current.isEmpty()) {
            return Optional.of(day);
        }
        long held = ((Number) current.get(0)[0]).longValue();
        LocalDate from = localDate(current.get(0)[1]);
        if (held >= version) {
            return Optional.empty();
        }
        LocalDate starts = day.isBefore(from) ? from : day;
        if (starts.equals(from)) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE id = ?1 AND valid_from = ?2").setParameter(1, id).setParameter(2, from)
                    .executeUpdate();
        } else {
            entityManager.createNativeQuery("UPDATE " + table + " SET valid_to = ?3 WHERE id = ?1 AND valid_from = ?2").setParameter(1, id)
                    .setParameter(2, from).setParameter(3, starts).executeUpdate();
        }
        return Optional.of(starts);
    }

    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
