package cn.onenetwork.allocation.room;

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
import java.util.Set;
import java.util.UUID;

/** Keeps the room replica; like every replica it only moves forward in the source version. */
@ApplicationScoped
public class RoomEventHandler implements EventHandler {

    @Inject
    PlatformClockProvider clock;

    static final String TOPIC = "property.rooms";

    /** The part of property-service's room event that allocation reads; newer fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoomSnapshot(UUID id, UUID buildingId, UUID floorId, String divisionCode, String number, String category, BigDecimal useArea,
            String status, LocalDate statusSince, Long version, LocalDate retiredOn) {

        void requireComplete() {
            if (id == null || buildingId == null || divisionCode == null || number == null || category == null || useArea == null
                    || status == null || version == null) {
                throw new IllegalArgumentException("room event lacks id, buildingId, divisionCode, number, category, useArea, status or version");
            }
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        RoomSnapshot room = json.readValue(event.payload(), RoomSnapshot.class);
        room.requireComplete();
        entityManager.createNativeQuery("""
                INSERT INTO registry_room (id, building_id, division_code, number, category, use_area, status, source_version, synced_at, retired_on,
                                           floor_id, status_since)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                ON CONFLICT (id) DO UPDATE SET building_id = EXCLUDED.building_id, division_code = EXCLUDED.division_code,
                    number = EXCLUDED.number, category = EXCLUDED.category, use_area = EXCLUDED.use_area, status = EXCLUDED.status,
                    source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at, retired_on = EXCLUDED.retired_on,
                    floor_id = EXCLUDED.floor_id, status_since = EXCLUDED.status_since
                WHERE registry_room.source_version < EXCLUDED.source_version
                """)
                .setParameter(1, room.id()).setParameter(2, room.buildingId()).setParameter(3, room.divisionCode())
                .setParameter(4, room.number()).setParameter(5, room.category()).setParameter(6, room.useArea())
                .setParameter(7, room.status()).setParameter(8, room.version()).setParameter(9, clock.now()).setParameter(10, room.retiredOn()).setParameter(11, room.floorId()).setParameter(12, room.statusSince())
                .executeUpdate();
    }
}
