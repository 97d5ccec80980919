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

/** The division tree reports roll up, from the registry's divisions; only moves forward. */
@ApplicationScoped
public class DivisionHandler implements EventHandler {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DivisionSnapshot(String code, String name, String level, String parentCode, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of("property.divisions");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        DivisionSnapshot d = json.readValue(event.payload(), DivisionSnapshot.class);
        if (d.code() == null || d.name() == null || d.level() == null || d.version() == null) {
            throw new IllegalArgumentException("division event lacks code, name, level or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO division_replica (code, name, level, parent_code, source_version, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
                    source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at
                WHERE division_replica.source_version < EXCLUDED.source_version
                """).setParameter(1, d.code()).setParameter(2, d.name()).setParameter(3, d.level()).setParameter(4, d.parentCode())
                .setParameter(5, d.version()).setParameter(6, clock.now()).executeUpdate();
    }
}
