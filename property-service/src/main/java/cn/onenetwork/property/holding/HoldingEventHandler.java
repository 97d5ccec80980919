package cn.onenetwork.property.holding;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.compliance.ComplianceService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the holdings replica and rechecks, in the same transaction, the room and the units concerned:
 * a unit's space against its entitlement, and the room against the use approved and the unit holding it.
 */
@ApplicationScoped
public class HoldingEventHandler implements EventHandler {

    @Inject
    PlatformClockProvider clock;

    static final String TOPIC = "allocation.holdings";

    /** The part of allocation-service's holding event that the registry reads; newer fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HoldingSnapshot(UUID id, UUID roomId, UUID agencyId, String agencyCode, String approvedUse, String reference, LocalDate fromDate,
            LocalDate toDate, Long version) {

        void requireComplete() {
            if (id == null || roomId == null || agencyId == null || agencyCode == null || approvedUse == null || reference == null
                    || fromDate == null || version == null) {
                throw new IllegalArgumentException("holding event lacks id, roomId, agencyId, agencyCode, approvedUse, reference, fromDate or version");
            }
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    ComplianceService compliance;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        HoldingSnapshot holding = json.readValue(event.payload(), HoldingSnapshot.class);
        holding.requireComplete();
        Set<UUID> agencies = new HashSet<>(Set.of(holding.agencyId()));
        // The unit that held it before this event (a correction may move a holding to another unit): read, not loaded,
        // so that no stale entity outlives the upsert below.
        @SuppressWarnings("unchecked")
        List<UUID> before = entityManager.createNativeQuery("SELECT agency_id FROM room_holding WHERE id = ?1", UUID.class)
                .setParameter(1, holding.id()).getResultList();
        agencies.addAll(before);
        int applied = entityManager.createNativeQuery("""
                INSERT INTO room_holding (id, room_id, agency_id, agency_code, approved_use, reference, from_date, to_date, source_version, synced_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                ON CONFLICT (id) DO UPDATE SET room_id = EXCLUDED.room_id, agency_id = EXCLUDED.agency_id, agency_code = EXCLUDED.agency_code,
                    approved_use = EXCLUDED.approved_use, reference = EXCLUDED.reference, from_date = EXCLUDED.from_date,
                    to_date = EXCLUDED.to_date, source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at
                WHERE room_holding.source_version < EXCLUDED.source_version
                """)
                .setParameter(1, holding.id()).setParameter(2, holding.roomId()).setParameter(3, holding.agencyId())
                .setParameter(4, holding.agencyCode()).setParameter(5, holding.approvedUse()).setParameter(6, holding.reference())
                .setParameter(7, holding.fromDate()).setParameter(8, holding.toDate()).setParameter(9, holding.version())
                .setParameter(10, clock.now())
                .executeUpdate();
        if (applied > 0) {
            compliance.recompute(Set.of(holding.roomId()), Set.of(), agencies);
        }
    }
}
