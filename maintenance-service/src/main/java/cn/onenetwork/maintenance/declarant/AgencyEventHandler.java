package cn.onenetwork.maintenance.declarant;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** Keeps the declaring-unit replica, its dissolution included; only a newer registry version replaces what it holds. */
@ApplicationScoped
public class AgencyEventHandler implements EventHandler {

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    EntityManager entityManager;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agency(UUID id, String creditCode, String name, String divisionCode, LocalDate dissolvedOn, Long version) {
    }

    @Override
    public Set<String> topics() {
        return Set.of("property.agencies");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        Agency agency = json.readValue(event.payload(), Agency.class);
        if (agency.id() == null || agency.creditCode() == null || agency.name() == null || agency.divisionCode() == null || agency.version() == null) {
            throw new IllegalArgumentException("agency event lacks id, creditCode, name, divisionCode or version");
        }
        entityManager.createNativeQuery("""
                INSERT INTO declaring_unit (id, credit_code, name, division_code, source_version, synced_at, dissolved_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (id) DO UPDATE SET credit_code = EXCLUDED.credit_code, name = EXCLUDED.name, division_code = EXCLUDED.division_code,
                    source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at, dissolved_on = EXCLUDED.dissolved_on
                WHERE declaring_unit.source_version < EXCLUDED.source_version
                """)
                .setParameter(1, agency.id()).setParameter(2, agency.creditCode()).setParameter(3, agency.name())
                .setParameter(4, agency.divisionCode()).setParameter(5, agency.version()).setParameter(6, OffsetDateTime.now(clock.getClock()))
                .setParameter(7, agency.dissolvedOn()).executeUpdate();
    }
}
