package cn.onenetwork.supervision.replica;

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

/** Titles (权属) of buildings and parcels, dated: the report's 权属登记情况 as of a day. */
@ApplicationScoped
public class TitleHandler implements EventHandler {

    static final String TABLE = "title_version";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TitleSnapshot(UUID id, UUID buildingId, UUID parcelId, String divisionCode, String state, String registrant, Boolean recordsHandedOver,
            Long version) {
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
        return Set.of("property.titles");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        TitleSnapshot t = json.readValue(event.payload(), TitleSnapshot.class);
        if (t.id() == null || t.divisionCode() == null || t.state() == null || t.version() == null) {
            throw new IllegalArgumentException("title event lacks id, divisionCode, state or version");
        }
        versions.advance(TABLE, t.id(), t.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO title_version (id, valid_from, building_id, parcel_id, division_code, state, registrant, records_handed_over, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """).setParameter(1, t.id()).setParameter(2, from).setParameter(3, t.buildingId()).setParameter(4, t.parcelId())
                .setParameter(5, t.divisionCode()).setParameter(6, t.state()).setParameter(7, t.registrant())
                .setParameter(8, Boolean.TRUE.equals(t.recordsHandedOver())).setParameter(9, t.version()).executeUpdate());
    }
}
