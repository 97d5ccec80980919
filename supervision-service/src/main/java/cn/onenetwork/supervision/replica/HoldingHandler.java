package cn.onenetwork.supervision.replica;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Who holds which room from when to when (allocation's holdings): the using unit of each room as of a day. */
@ApplicationScoped
public class HoldingHandler implements EventHandler {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HoldingSnapshot(UUID id, UUID roomId, UUID agencyId, String agencyCode, String divisionCode, String basis, LocalDate fromDate,
            LocalDate toDate, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of("allocation.holdings");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        HoldingSnapshot h = json.readValue(event.payload(), HoldingSnapshot.class);
        if (h.id() == null || h.roomId() == null || h.agencyId() == null || h.agencyCode() == null || h.divisionCode() == null || h.basis() == null
                || h.fromDate() == null || h.version() == null) {
            throw new IllegalArgumentException("holding event lacks id, roomId, agencyId, agencyCode, divisionCode, basis, fromDate or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO holding_replica (id, room_id, agency_id, agency_code, division_code, basis, from_date, to_date, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT (id) DO UPDATE SET room_id = EXCLUDED.room_id, agency_id = EXCLUDED.agency_id, agency_code = EXCLUDED.agency_code,
                    division_code = EXCLUDED.division_code, basis = EXCLUDED.basis, from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date,
                    source_version = EXCLUDED.source_version
                WHERE holding_replica.source_version < EXCLUDED.source_version
                """).setParameter(1, h.id()).setParameter(2, h.roomId()).setParameter(3, h.agencyId()).setParameter(4, h.agencyCode())
                .setParameter(5, h.divisionCode()).setParameter(6, h.basis()).setParameter(7, h.fromDate()).setParameter(8, h.toDate())
                .setParameter(9, h.version()).executeUpdate();
    }
}
