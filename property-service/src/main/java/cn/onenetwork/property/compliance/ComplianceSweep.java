package cn.onenetwork.property.compliance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    @Scheduled(cron = "{onenetwork.compliance.sweep-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        List<UUID> people = ids("SELECT DISTINCT person_id FROM seat WHERE to_date IS NULL");
        List<UUID> rooms = ids("SELECT id FROM room WHERE status = 'IDLE' UNION SELECT DISTINCT room_id FROM seat WHERE to_date IS NULL");
        for (int i = 0; i < Math.max(people.size(), rooms.size()); i += BATCH) {
            Set<UUID> roomBatch = new HashSet<>(rooms.subList(Math.min(i, rooms.size()), Math.min(i + BATCH, rooms.size())));
            Set<UUID> peopleBatch = new HashSet<>(people.subList(Math.min(i, people.size()), Math.min(i + BATCH, people.size())));
            QuarkusTransaction.requiringNew().run(() -> compliance.recompute(roomBatch, peopleBatch));
        }
        LOG.infof("Compliance sweep rechecked %d rooms and %d people", rooms.size(), people.size());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<UUID>) entityManager.createNativeQuery(sql, UUID.class).getResultList());
    }
}
