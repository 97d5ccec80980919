package cn.onenetwork.maintenance.building;

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

/** Keeps the building replica repairs are judged by; floor events on the same topic are not needed here. Only moves forward. */
@ApplicationScoped
public class BuildingEventHandler implements EventHandler {

    static final String TOPIC = "property.buildings";
    private static final Set<String> BUILDING_EVENTS = Set.of("cn.onenetwork.property.building.registered.v1", "cn.onenetwork.property.building.updated.v1",
            "cn.onenetwork.property.building.disposed.v1", "cn.onenetwork.property.building.lease-recorded.v1",
            "cn.onenetwork.property.building.repair-recorded.v1");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BuildingSnapshot(UUID id, String divisionCode, String code, String name, String address, LocalDate completedOn, Integer yearBuilt,
            BigDecimal grossFloorArea, LocalDate disposedOn, LocalDate lastMediumOrMajorRepairOn, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        if (!BUILDING_EVENTS.contains(event.type())) {
            return;
        }
        BuildingSnapshot b = json.readValue(event.payload(), BuildingSnapshot.class);
        if (b.id() == null || b.divisionCode() == null || b.code() == null || b.name() == null || b.grossFloorArea() == null || b.version() == null) {
            throw new IllegalArgumentException("building event lacks id, divisionCode, code, name, grossFloorArea or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_building (id, division_code, code, name, completed_on, year_built, gross_floor_area, disposed_on, source_version, synced_at,
                    address, last_medium_or_major_repair_on)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                ON CONFLICT (id) DO UPDATE SET division_code = EXCLUDED.division_code, code = EXCLUDED.code, name = EXCLUDED.name,
                    completed_on = EXCLUDED.completed_on, year_built = EXCLUDED.year_built, gross_floor_area = EXCLUDED.gross_floor_area,
                    disposed_on = EXCLUDED.disposed_on, source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at,
                    address = EXCLUDED.address, last_medium_or_major_repair_on = EXCLUDED.last_medium_or_major_repair_on
                WHERE registry_building.source_version < EXCLUDED.source_version
                """).setParameter(1, b.id()).setParameter(2, b.divisionCode()).setParameter(3, b.code()).setParameter(4, b.name())
                .setParameter(5, b.completedOn()).setParameter(6, b.yearBuilt()).setParameter(7, b.grossFloorArea()).setParameter(8, b.disposedOn())
                .setParameter(9, b.version()).setParameter(10, OffsetDateTime.now(clock.getClock())).setParameter(11, b.address())
                .setParameter(12, b.lastMediumOrMajorRepairOn()).executeUpdate();
    }
}
