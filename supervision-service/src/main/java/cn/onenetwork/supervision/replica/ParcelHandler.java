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
import java.util.Set;
import java.util.UUID;

/** Land parcels (院落/宗地), dated: the report's 用地面积 as of a day. */
@ApplicationScoped
public class ParcelHandler implements EventHandler {

    static final String TABLE = "parcel_version";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ParcelSnapshot(UUID id, String divisionCode, String code, String name, String address, BigDecimal landArea, Long version) {
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
        return Set.of("property.parcels");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        ParcelSnapshot p = json.readValue(event.payload(), ParcelSnapshot.class);
        if (p.id() == null || p.divisionCode() == null || p.code() == null || p.name() == null || p.version() == null) {
            throw new IllegalArgumentException("parcel event lacks id, divisionCode, code, name or version");
        }
        versions.advance(TABLE, p.id(), p.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO parcel_version (id, valid_from, division_code, code, name, address, land_area, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """).setParameter(1, p.id()).setParameter(2, from).setParameter(3, p.divisionCode()).setParameter(4, p.code())
                .setParameter(5, p.name()).setParameter(6, p.address()).setParameter(7, p.landArea()).setParameter(8, p.version()).executeUpdate());
    }
}
