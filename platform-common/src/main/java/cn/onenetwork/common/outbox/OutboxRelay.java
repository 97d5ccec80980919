package cn.onenetwork.common.outbox;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.kafka.KafkaSettings;
import cn.onenetwork.common.kafka.Topics;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows with an idempotent producer (acks=all), in id order, and marks them sent in
 * the same database transaction that locked them. One relay works at a time (an advisory lock), so
 * that rows of one aggregate key are never sent out of order by two instances.
 *
 * <p>A failure blocks the rest of that key's rows for the round and backs the row off exponentially.
 * Broker unavailability is retried for ever; a failure the broker will repeat (record too large,
 * unknown topic, authorisation) parks the row after {@code max-attempts}, and the key stays blocked
 * until an operator acts, because publishing later events would break the key's order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0E_0E7_0B0L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxSettings settings;

    @Inject
    KafkaSettings kafka;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private volatile Instant lastSuccess;
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private KafkaClientMetrics producerMetrics;
    private Counter published;
    private Counter failures;
    private Counter parkedRows;
    private boolean topicsReady;
    private Instant statsRefreshedAt = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        Gauge.builder("outbox.pending", pending, AtomicLong::get).description("Outbox rows waiting to be published").register(registry);
        Gauge.builder("outbox.parked", parked, AtomicLong::get).description("Outbox rows parked after repeated failure").register(registry);
        Gauge.builder("outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished event").register(registry);
        published = registry.counter("outbox.published");
        failures = registry.counter("outbox.publish.failures");
        parkedRows = registry.counter("outbox.rows.parked");
        if (!settings.relayEnabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    public long pending() {
        return pending.get();
    }

    public long parked() {
        return parked.get();
    }

    public long oldestPendingSeconds() {
        return oldestPendingSeconds.get();
    }

    public String lastFailure() {
        return lastFailure.get();
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    private void run() {
        Duration idle = settings.pollInterval();
        while (running) {
            boolean more;
            try {
                refreshStats();
                more = publishRound();
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warn("Outbox round failed; retrying", e);
                lastFailure.set(e.toString());
                more = false;
                idle = settings.initialBackoff();
            }
            if (!more) {
                try {
                    Thread.sleep(idle.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
            idle = settings.pollInterval();
        }
    }

    /** One round; true when rows are waiting for the next round right away (a full batch, or events held back by key). */
    boolean publishRound() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean more = publishRound(connection);
                connection.commit();
                return more;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean publishRound(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        List<Row> rows = lockPendingRows(connection);
        if (rows.isEmpty()) {
            return false;
        }
        Set<String> blocked = parkedKeys(connection);
        Instant now = Instant.now();
        List<Row> toSend = new ArrayList<>();
        Set<String> inRound = new HashSet<>();
        boolean heldBack = false;
        for (Row row : rows) {
            if (blocked.contains(row.blockKey())) {
                continue;
            }
            if (row.nextAttemptAt.isAfter(now)) {
                blocked.add(row.blockKey());
                continue;
            }
            // One event per aggregate per round: if it fails for good (too large, not authorised), a later event
            // of the same aggregate must not have been published ahead of it.
            if (inRound.add(row.blockKey())) {
                toSend.add(row);
            } else {
                heldBack = true;
            }
        }
        boolean more = heldBack || rows.size() == settings.batchSize();
        if (toSend.isEmpty()) {
            return more;
        }
        Producer<String, String> kafkaProducer = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>(toSend.size());
        for (Row row : toSend) {
            futures.add(send(kafkaProducer, row));
        }
        kafkaProducer.flush();

        Set<String> failedKeys = new HashSet<>();
        List<Row> sent = new ArrayList<>();
        List<Row> failed = new ArrayList<>();
        for (int i = 0; i < toSend.size(); i++) {
            Row row = toSend.get(i);
            try {
                futures.get(i).get();
                sent.add(row);
            } catch (ExecutionException e) {
                row.failure = e.getCause();
                failed.add(row);
                failedKeys.add(row.blockKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
        if (!running && !failed.isEmpty()) {
            // Stopping interrupted the sends: roll back and leave every row to the next start, without
            // counting an attempt against rows that did nothing wrong.
            throw new IllegalStateException("relay stopped while publishing");
        }
        markSent(connection, sent);
        markFailed(connection, failed);
        published.increment(sent.size());
        if (!sent.isEmpty()) {
            lastSuccess = Instant.now();
        }
        if (!failed.isEmpty()) {
            failures.increment(failed.size());
            Throwable first = failed.get(0).failure;
            lastFailure.set(first == null ? "unknown" : first.toString());
            LOG.warnf("Outbox: %d published, %d failed for %d keys (first: %s)", sent.size(), failed.size(), failedKeys.size(), first);
        }
        return more;
    }

    private Future<RecordMetadata> send(Producer<String, String> kafkaProducer, Row row) {
        EventEnvelope envelope = new EventEnvelope(row.eventId, row.eventType, outbox.source(), row.subject,
                row.occurredAt.atOffset(ZoneOffset.UTC), row.requestId, row.payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, null, row.messageKey, row.payload, envelope.toHeaders());
        try {
            return kafkaProducer.send(record);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private List<Row> lockPendingRows(Connection connection) throws SQLException {
        String sql = "SELECT id, event_id, topic, message_key, event_type, subject, payload, request_id, occurred_at, attempts, next_attempt_at "
                + "FROM outbox_event WHERE status = 'PENDING' ORDER BY id LIMIT ? FOR UPDATE";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row();
                    row.id = rs.getLong(1);
                    row.eventId = rs.getObject(2, UUID.class);
                    row.topic = rs.getString(3);
                    row.messageKey = rs.getString(4);
                    row.eventType = rs.getString(5);
                    row.subject = rs.getString(6);
                    row.payload = rs.getString(7);
                    row.requestId = rs.getString(8);
                    row.occurredAt = rs.getTimestamp(9).toInstant();
                    row.attempts = rs.getInt(10);
                    row.nextAttemptAt = rs.getTimestamp(11).toInstant();
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** A parked event, as an operator sees it before releasing its key. */
    public record ParkedEvent(String topic, String key, UUID eventId, String eventType, int attempts, String lastError, Instant occurredAt) {
    }

    public List<ParkedEvent> parkedEvents(int limit) throws SQLException {
        List<ParkedEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT topic, message_key, event_id, event_type, attempts, last_error, occurred_at "
                     + "FROM outbox_event WHERE status = 'PARKED' ORDER BY id LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new ParkedEvent(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return events;
    }

    /**
     * An operator's release of a parked key, after the cause is mended (a broker limit raised, a topic created): its
     * parked events become pending with a fresh attempt count, and the key's later events, which waited behind them,
     * follow in order. Returns how many events were released.
     */
    public int release(String topic, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE outbox_event SET status = 'PENDING', attempts = 0, next_attempt_at = now() "
                     + "WHERE status = 'PARKED' AND topic = ? AND message_key = ?")) {
            update.setString(1, topic);
            update.setString(2, key);
            int released = update.executeUpdate();
            if (released > 0) {
                LOG.warnf("Outbox: released %d parked event(s) of %s key %s", released, topic, key);
                statsRefreshedAt = Instant.EPOCH;
            }
            return released;
        }
    }

    private Set<String> parkedKeys(Connection connection) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT topic, message_key FROM outbox_event WHERE status = 'PARKED'");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1) + '\u0000' + rs.getString(2));
            }
        }
        return keys;
    }

    private void markSent(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
            for (Row row : rows) {
                update.setLong(1, row.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void markFailed(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            for (Row row : rows) {
                boolean retriable = row.failure instanceof RetriableException
                        || row.failure instanceof org.apache.kafka.common.errors.TimeoutException
                        || row.failure instanceof org.apache.kafka.common.errors.InterruptException;
                int attempts = row.attempts + 1;
                boolean park = !retriable && attempts >= settings.maxAttempts();
                if (park) {
                    parkedRows.increment();
                    LOG.errorf("Outbox: parking event %s (%s) after %d attempts: %s", row.eventId, row.eventType, attempts, row.failure);
                }
                update.setString(1, park ? OutboxStatus.PARKED.name() : OutboxStatus.PENDING.name());
                update.setInt(2, attempts);
                update.setTimestamp(3, Timestamp.from(Instant.now().plus(backoff(attempts))));
                update.setString(4, String.valueOf(row.failure));
                update.setLong(5, row.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    Duration backoff(int attempts) {
        long initial = settings.initialBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        long delay = initial << Math.min(attempts - 1, 20);
        return Duration.ofMillis(Math.min(Math.max(delay, initial), max));
    }

    private void refreshStats() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(statsRefreshedAt, now).toMillis() < 1000) {
            return;
        }
        statsRefreshedAt = now;
        // Two reads that each stay inside a partial index: sent rows (a week of them) are never scanned.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement unsent = connection.prepareStatement("SELECT count(*), min(occurred_at) FROM outbox_event WHERE status = 'PENDING'");
             PreparedStatement stuck = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE status = 'PARKED'")) {
            try (ResultSet rs = unsent.executeQuery()) {
                rs.next();
                pending.set(rs.getLong(1));
                Timestamp oldest = rs.getTimestamp(2);
                oldestPendingSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds()));
            }
            try (ResultSet rs = stuck.executeQuery()) {
                rs.next();
                parked.set(rs.getLong(1));
            }
        }
        purgeSent();
    }

    private void purgeSent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM outbox_event WHERE status = 'SENT' AND sent_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(settings.retention())));
            delete.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (!topicsReady) {
            topicsReady = Topics.ensure(kafka, kafka.producesTopics());
        }
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            int timeout = (int) kafka.deliveryTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 5000));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 5000));
            props.put(ProducerConfig.CLIENT_ID_CONFIG, outbox.source().replace('/', '-') + "-outbox");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(registry);
        }
        return producer;
    }

    private void closeProducer() {
        if (producerMetrics != null) {
            producerMetrics.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static final class Row {
        long id;
        UUID eventId;
        String topic;
        String messageKey;
        String eventType;
        String subject;
        String payload;
        String requestId;
        Instant occurredAt;
        int attempts;
        Instant nextAttemptAt;
        Throwable failure;

        String blockKey() {
            return topic + '\u0000' + messageKey;
        }
    }
}
