package cn.onenetwork.allocation.room;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the seat replica: who the registry seats in which room. A seat only ends, never reopens, so an assignment
 * arriving after its release (a relay retry) leaves the release in place.
 */
@ApplicationScoped
public class SeatEventHandler implements EventHandler {

    static final String TOPIC = "property.seats";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeatSnapshot(UUID id, UUID personId, UUID roomId, LocalDate fromDate, LocalDate toDate) {
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
        SeatSnapshot seat = json.readValue(event.payload(), SeatSnapshot.class);
        if (seat.id() == null || seat.personId() == null || seat.roomId() == null || seat.fromDate() == null) {
            throw new IllegalArgumentException("seat event lacks id, personId, roomId or fromDate");
        }
        entityManager.createNativeQuery("""
                INSERT INTO registry_seat (id, room_id, person_id, from_date, to_date, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (id) DO UPDATE SET to_date = coalesce(registry_seat.to_date, EXCLUDED.to_date), synced_at = EXCLUDED.synced_at
                """)
                .setParameter(1, seat.id()).setParameter(2, seat.roomId()).setParameter(3, seat.personId()).setParameter(4, seat.fromDate())
                .setParameter(5, seat.toDate()).setParameter(6, clock.now()).executeUpdate();
    }
}
