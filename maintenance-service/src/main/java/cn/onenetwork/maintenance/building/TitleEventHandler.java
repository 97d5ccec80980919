package cn.onenetwork.maintenance.building;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;

/** Keeps each building's title state (权属), shown with its condition. Only moves forward. */
@ApplicationScoped
public class TitleEventHandler implements EventHandler {

    static final String TOPIC = "property.titles";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TitleSnapshot(UUID buildingId, String state, Long version) {
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
        TitleSnapshot title = json.readValue(event.payload(), TitleSnapshot.class);
        if (title.buildingId() == null) {
            return;
        }
        if (title.state() == null || title.version() == null) {
            throw new IllegalArgumentException("title event lacks state or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_title (building_id, state, source_version) VALUES (?1, ?2, ?3)
                ON CONFLICT (building_id) DO UPDATE SET state = EXCLUDED.state, source_version = EXCLUDED.source_version
                WHERE registry_title.source_version < EXCLUDED.source_version
                """).setParameter(1, title.buildingId()).setParameter(2, title.state()).setParameter(3, title.version()).executeUpdate();
    }
}
