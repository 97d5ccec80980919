package cn.onenetwork.property.compliance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Deadlines pass without anyone touching the facts: a retirement becomes overdue a month later, a
 * room becomes long idle after six. Once a day every room and person those rules can concern is rechecked.
 */
@ApplicationScoped
public class ComplianceSweep {

    private static final Logger LOG = Logger.getLogger(ComplianceSweep.class);
    private static final int BATCH = 500;

    @Inject
    ComplianceService compliance;

    @Inject
    EntityManager entityManager;

    @Inject
    ManagedExecutor executor;

    @Scheduled(cron = "{onenetwork.compliance.sweep-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        List<UUID> people = ids("SELECT DISTINCT person_id FROM seat WHERE to_date IS NULL");
        List<UUID> rooms = ids("SELECT id FROM room WHERE status = 'IDLE' AND retired_on IS NULL UNION SELECT DISTINCT room_id FROM seat WHERE to_date IS NULL");
        List<UUID> units = ids("SELECT DISTINCT agency_id FROM room_holding WHERE to_date IS NULL");
        recheck(rooms, people, units);
        LOG.infof("Compliance sweep rechecked %d rooms, %d people and %d units", rooms.size(), people.size(), units.size());
    }

    /**
     * A standard or allowance changed: every room, person and unit of the place it applies to is rechecked now, in
     * the background, instead of at the next daily sweep.
     */
    public void recheckDivisionLater(String divisionPrefix) {
        executor.execute(() -> {
            String like = divisionPrefix + "%";
            String seated = " FROM seat s JOIN person p ON p.id = s.person_id WHERE s.to_date IS NULL AND p.division_code LIKE ?1";
            List<UUID> people = ids("SELECT DISTINCT s.person_id" + seated, like);
            List<UUID> rooms = ids("SELECT DISTINCT s.room_id" + seated, like);
            List<UUID> units = ids("SELECT DISTINCT h.agency_id FROM room_holding h JOIN agency a ON a.id = h.agency_id "
                    + "WHERE h.to_date IS NULL AND a.division_code LIKE ?1", like);
            recheck(rooms, people, units);
            LOG.infof("Standards of %s changed: rechecked %d rooms, %d people and %d units", divisionPrefix, rooms.size(), people.size(), units.size());
        });
    }

    private void recheck(List<UUID> rooms, List<UUID> people, List<UUID> units) {
        int most = Math.max(units.size(), Math.max(people.size(), rooms.size()));
        for (int i = 0; i < most; i += BATCH) {
            Set<UUID> roomBatch = batch(rooms, i);
            Set<UUID> peopleBatch = batch(people, i);
            Set<UUID> unitBatch = batch(units, i);
            QuarkusTransaction.requiringNew().run(() -> compliance.recompute(roomBatch, peopleBatch, unitBatch));
        }
    }

    private static Set<UUID> batch(List<UUID> ids, int from) {
        return new HashSet<>(ids.subList(Math.min(from, ids.size()), Math.min(from + BATCH, ids.size())));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query query = entityManager.createNativeQuery(sql, UUID.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return (List<UUID>) query.getResultList();
        });
    }
}
