package cn.onenetwork.maintenance.room;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** Keeps the room replica a repair request names rooms from; only moves forward in the registry's version. */
@ApplicationScoped
public class RoomEventHandler implements EventHandler {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoomSnapshot(UUID id, UUID buildingId, String divisionCode, String number, String category, BigDecimal useArea, String status,
            LocalDate retiredOn, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of("property.rooms");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        RoomSnapshot r = json.readValue(event.payload(), RoomSnapshot.class);
        if (r.id() == null || r.buildingId() == null || r.divisionCode() == null || r.number() == null || r.category() == null || r.useArea() == null
                || r.status() == null || r.version() == null) {
            throw new IllegalArgumentException("room event lacks id, buildingId, divisionCode, number, category, useArea, status or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_room (id, building_id, division_code, number, category, use_area, status, retired_on, source_version, synced_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                ON CONFLICT (id) DO UPDATE SET building_id = EXCLUDED.building_id, division_code = EXCLUDED.division_code, number = EXCLUDED.number,
                    category = EXCLUDED.category, use_area = EXCLUDED.use_area, status = EXCLUDED.status, retired_on = EXCLUDED.retired_on,
                    source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at
                WHERE registry_room.source_version < EXCLUDED.source_version
                """).setParameter(1, r.id()).setParameter(2, r.buildingId()).setParameter(3, r.divisionCode()).setParameter(4, r.number())
                .setParameter(5, r.category()).setParameter(6, r.useArea()).setParameter(7, r.status()).setParameter(8, r.retiredOn())
                .setParameter(9, r.version()).setParameter(10, OffsetDateTime.now(clock.getClock())).executeUpdate();
    }
}
