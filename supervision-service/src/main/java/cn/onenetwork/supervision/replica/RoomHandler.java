package cn.onenetwork.supervision.replica;

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

/** Rooms by category with their use and building areas, dated: every area column of the report as of a day. */
@ApplicationScoped
public class RoomHandler implements EventHandler {

    static final String TABLE = "room_version";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoomSnapshot(UUID id, UUID buildingId, UUID floorId, String divisionCode, String number, String category, BigDecimal useArea,
            BigDecimal buildingArea, String status, LocalDate retiredOn, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    DatedVersions versions;

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
        versions.advance(TABLE, r.id(), r.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO room_version (id, valid_from, building_id, floor_id, division_code, number, category, use_area, building_area, status,
                    retired_on, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                """).setParameter(1, r.id()).setParameter(2, from).setParameter(3, r.buildingId()).setParameter(4, r.floorId())
                .setParameter(5, r.divisionCode()).setParameter(6, r.number()).setParameter(7, r.category()).setParameter(8, r.useArea())
                .setParameter(9, r.buildingArea()).setParameter(10, r.status()).setParameter(11, r.retiredOn()).setParameter(12, r.version())
                .executeUpdate());
    }
}
