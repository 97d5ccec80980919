package cn.onenetwork.common.outbox;

import cn.onenetwork.common.bulk.CopyIn;
import cn.onenetwork.common.http.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and it reaches Kafka even if the broker is down right now: the relay publishes it later.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "onenetwork.service-name")
    String serviceName;

    /**
     * @param topic   the aggregate's topic, e.g. {@code property.agencies}
     * @param key     the aggregate id: one aggregate's events stay in order
     * @param type    the CloudEvents type with its version, e.g. {@code cn.onenetwork.property.agency.registered.v1}
     * @param payload the full new state of the aggregate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object payload) {
        OutboxRecord record = new OutboxRecord();
        record.eventId = EventIds.next();
        record.topic = topic;
        record.messageKey = key;
        record.eventType = type;
        record.subject = key;
        record.payload = serialize(payload);
        record.requestId = RequestIds.current();
        record.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.status = OutboxStatus.PENDING.name();
        record.nextAttemptAt = record.occurredAt;
        record.persist();
        return record.eventId;
    }

    /** One event of a batch: the aggregate key and its full new state. */
    public record Message(String key, Object payload) {
    }

    /**
     * Records many events of one type in the caller's transaction with one COPY: bulk imports publish
     * an event per record at the speed of the import itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, String type, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String requestId = RequestIds.current();
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (Message message : messages) {
            rows.add(new Object[] {EventIds.next(), topic, message.key(), type, message.key(), serialize(message.payload()), requestId, now,
                    OutboxStatus.PENDING.name(), 0, now});
        }
        CopyIn.rows(entityManager, "outbox_event", List.of("event_id", "topic", "message_key", "event_type", "subject", "payload", "request_id",
                "occurred_at", "status", "attempts", "next_attempt_at"), rows);
    }

    public String source() {
        return "/one-network/" + serviceName;
    }

    private String serialize(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be serialised: " + payload.getClass().getName(), e);
        }
    }
}
