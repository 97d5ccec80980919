package cn.onenetwork.allocation.building;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;

/** Keeps the building and floor replicas a recommendation names and measures floor distance by; only moves forward in the source version. */
@ApplicationScoped
public class BuildingEventHandler implements EventHandler {

    @Inject
    PlatformClockProvider clock;

    static final String TOPIC = "property.buildings";
    static final String FLOOR_ADDED = "cn.onenetwork.property.floor.added.v1";
    static final String FLOOR_RENAMED = "cn.onenetwork.property.floor.renamed.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BuildingSnapshot(UUID id, String divisionCode, String code, String name, String origin, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FloorSnapshot(UUID id, UUID buildingId, String label, Long version) {
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
        if (FLOOR_ADDED.equals(event.type()) || FLOOR_RENAMED.equals(event.type())) {
            FloorSnapshot floor = json.readValue(event.payload(), FloorSnapshot.class);
            if (floor.id() == null || floor.buildingId() == null || floor.label() == null || floor.version() == null) {
                throw new IllegalArgumentException("floor event lacks id, buildingId, label or version");
            }
            entityManager.createNativeQuery("""
                    INSERT INTO registry_floor (id, building_id, label, source_version) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, source_version = EXCLUDED.source_version
                    WHERE registry_floor.source_version < EXCLUDED.source_version
                    """).setParameter(1, floor.id()).setParameter(2, floor.buildingId()).setParameter(3, floor.label())
                    .setParameter(4, floor.version()).executeUpdate();
            return;
        }
        BuildingSnapshot building = json.readValue(event.payload(), BuildingSnapshot.class);
        if (building.id() == null || building.divisionCode() == null || building.code() == null || building.name() == null || building.version() == null) {
            throw new IllegalArgumentException("building event lacks id, divisionCode, code, name or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_building (id, division_code, code, name, source_version, synced_at, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (id) DO UPDATE SET division_code = EXCLUDED.division_code, code = EXCLUDED.code, name = EXCLUDED.name,
                    source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at, origin = EXCLUDED.origin
                WHERE registry_building.source_version < EXCLUDED.source_version
                """).setParameter(1, building.id()).setParameter(2, building.divisionCode()).setParameter(3, building.code())
                .setParameter(4, building.name()).setParameter(5, building.version()).setParameter(6, clock.now()).setParameter(7, building.origin())
                .executeUpdate();
    }
}
