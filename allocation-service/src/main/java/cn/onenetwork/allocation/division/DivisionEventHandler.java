package cn.onenetwork.allocation.division;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;

/** Keeps the names of the registry's divisions the printed certificate names; only moves forward in the source version. */
@ApplicationScoped
public class DivisionEventHandler implements EventHandler {

    static final String TOPIC = "property.divisions";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DivisionSnapshot(String code, String name, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    PlatformClockProvider clock;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        DivisionSnapshot division = json.readValue(event.payload(), DivisionSnapshot.class);
        if (division.code() == null || division.name() == null || division.version() == null) {
            throw new IllegalArgumentException("division event lacks code, name or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_division (code, name, source_version, synced_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at
                WHERE registry_division.source_version < EXCLUDED.source_version
                """).setParameter(1, division.code()).setParameter(2, division.name()).setParameter(3, division.version())
                .setParameter(4, clock.now()).executeUpdate();
    }
}
