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

/**
 * Buildings, dated (address, gross area, year built, origin, disposal), and their floors for the inventory sheets: both
 * travel on property.buildings, a floor's events keyed by its building.
 */
@ApplicationScoped
public class BuildingHandler implements EventHandler {

    static final String TABLE = "building_version";
    private static final Set<String> FLOOR_EVENTS = Set.of("cn.onenetwork.property.floor.added.v1", "cn.onenetwork.property.floor.renamed.v1");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BuildingSnapshot(UUID id, String divisionCode, UUID parcelId, String code, String name, String address, Integer yearBuilt,
            BigDecimal grossFloorArea, String origin, String leaseNumber, LocalDate disposedOn, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FloorSnapshot(UUID id, UUID buildingId, String label, Long version) {
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
        return Set.of("property.buildings");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        if (FLOOR_EVENTS.contains(event.type())) {
            floor(json.readValue(event.payload(), FloorSnapshot.class));
            return;
        }
        BuildingSnapshot b = json.readValue(event.payload(), BuildingSnapshot.class);
        if (b.id() == null || b.divisionCode() == null || b.code() == null || b.name() == null || b.grossFloorArea() == null || b.version() == null) {
            throw new IllegalArgumentException("building event lacks id, divisionCode, code, name, grossFloorArea or version");
        }
        versions.advance(TABLE, b.id(), b.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO building_version (id, valid_from, division_code, parcel_id, code, name, address, year_built, gross_floor_area, origin,
                    lease_number, disposed_on, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                """).setParameter(1, b.id()).setParameter(2, from).setParameter(3, b.divisionCode()).setParameter(4, b.parcelId())
                .setParameter(5, b.code()).setParameter(6, b.name()).setParameter(7, b.address()).setParameter(8, b.yearBuilt())
                .setParameter(9, b.grossFloorArea()).setParameter(10, b.origin()).setParameter(11, b.leaseNumber()).setParameter(12, b.disposedOn())
                .setParameter(13, b.version()).executeUpdate());
    }

    private void floor(FloorSnapshot f) {
        if (f.id() == null || f.buildingId() == null || f.label() == null || f.version() == null) {
            throw new IllegalArgumentException("floor event lacks id, buildingId, label or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO floor_replica (id, building_id, label, source_version) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, source_version = EXCLUDED.source_version
                WHERE floor_replica.source_version < EXCLUDED.source_version
                """).setParameter(1, f.id()).setParameter(2, f.buildingId()).setParameter(3, f.label()).setParameter(4, f.version()).executeUpdate();
    }
}
