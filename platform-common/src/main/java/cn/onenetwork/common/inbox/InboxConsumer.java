package cn.onenetwork.common.inbox;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.failure.TransientFailures;
import cn.onenetwork.common.kafka.KafkaSettings;
import cn.onenetwork.common.kafka.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer. For each record: in one transaction, record (handler, event id) in the
 * inbox and apply the handler; a duplicate is skipped. Offsets are committed only after that
 * transaction commits, so a crash replays events instead of losing them, and the inbox makes the
 * replay harmless. A record that cannot be processed because of what it carries goes to
 * {@code <topic>.dlt} with the error in its headers, and the partition moves on. A failure of the
 * consumer's own infrastructure (database unreachable, timeouts, serialization failures, deadlocks:
 * {@link TransientFailures}) is no fault of the record: the consumer rewinds to it, reports the stall
 * (readiness DOWN, {@code inbox_stalled}) and retries with backoff, without limit, until it succeeds.
 * An event that names a record not replicated yet ({@link AwaitedRecord}) is no fault either: only its partition
 * pauses and retries with backoff, so the other partitions, where the awaited record may come, move on.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    public static final String H_DLT_ERROR = "dlt-error";
    public static final String H_DLT_EXCEPTION = "dlt-exception";
    public static final String H_DLT_TOPIC = "dlt-original-topic";
    public static final String H_DLT_PARTITION = "dlt-original-partition";
    public static final String H_DLT_OFFSET = "dlt-original-offset";
    public static final String H_DLT_CONSUMER = "dlt-consumer";

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    KafkaSettings kafka;

    @Inject
    InboxSettings settings;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "onenetwork.service-name")
    String serviceName;

    private final Map<String, List<EventHandler>> handlersByTopic = new HashMap<>();
    private volatile boolean running;
    private Thread worker;
    private KafkaConsumer<String, String> consumer;
    private Counter processed;
    private Counter duplicates;
    private Counter deadLettered;
    private Counter infrastructureFailures;
    private final AtomicReference<Stall> stall = new AtomicReference<>();
    private final Map<TopicPartition, Awaiting> awaiting = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Awaiting> awaitingBefore = new ConcurrentHashMap<>();
    private Counter awaitedRecords;

    /** Where the consumer waits for its infrastructure: the record it keeps retrying, since when, and the last error. */
    public record Stall(String handler, String topic, int partition, long offset, Instant since, String error) {
    }

    /** A partition paused at a record whose reference is not replicated yet, until when, and the backoff of its next try. */
    private record Awaiting(long offset, Instant until, Duration backoff, String error) {
    }

    /** Thrown out of a record when it names a record not replicated yet: its partition waits, the others go on. */
    private static final class ReferenceNotYetReplicated extends RuntimeException {
        ReferenceNotYetReplicated(Throwable cause) {
            super(cause);
        }
    }

    /** What an operator's replay of a dead-letter topic did. */
    public record ReplayReport(String topic, int replayed, int duplicates, int failedAgain, int otherConsumers) {
    }

    /** Thrown out of a batch when the infrastructure fails: the record is kept and retried, never dead-lettered. */
    private static final class InfrastructureUnavailable extends RuntimeException {
        private final transient Stall stall;

        InfrastructureUnavailable(Stall stall, Throwable cause) {
            super(cause);
            this.stall = stall;
        }
    }

    void start(@Observes StartupEvent event) {
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                handlersByTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
            }
        }
        processed = registry.counter("inbox.processed");
        duplicates = registry.counter("inbox.duplicates");
        deadLettered = registry.counter("inbox.dead.letters");
        infrastructureFailures = registry.counter("inbox.infrastructure.failures");
        awaitedRecords = registry.counter("inbox.awaited.records");
        io.micrometer.core.instrument.Gauge.builder("inbox.awaiting.partitions", awaiting, Map::size)
                .description("Partitions paused at an event that names a record not replicated yet").register(registry);
        io.micrometer.core.instrument.Gauge.builder("inbox.stalled", stall, s -> s.get() == null ? 0 : 1)
                .description("1 while the consumer waits for its database (or other infrastructure) to come back").register(registry);
        if (!settings.enabled() || handlersByTopic.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "inbox-consumer");
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                consumeUntilStopped();
            } catch (WakeupException e) {
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warn("Inbox consumer failed; restarting from the last committed offsets", e);
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void consumeUntilStopped() {
        Set<String> topics = handlersByTopic.keySet();
        Set<String> needed = new HashSet<>(topics);
        topics.forEach(t -> needed.add(t + Topics.DEAD_LETTER_SUFFIX));
        while (running && !Topics.ensure(kafka, needed)) {
            sleep(Duration.ofSeconds(2));
        }
        try (KafkaConsumer<String, String> kafkaConsumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> deadLetters = new KafkaProducer<>(producerProps(), new StringSerializer(), new StringSerializer());
             KafkaClientMetrics metrics = new KafkaClientMetrics(kafkaConsumer)) {
            metrics.bindTo(registry);
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(topics);
            Duration backoff = settings.retryBackoff();
            while (running) {
                resumeDue(kafkaConsumer);
                ConsumerRecords<String, String> records = kafkaConsumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                try {
                    for (ConsumerRecord<String, String> record : records) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (awaiting.containsKey(partition)) {
                            continue;
                        }
                        try {
                            process(record, deadLetters);
                        } catch (ReferenceNotYetReplicated e) {
                            await(kafkaConsumer, partition, record, e);
                            continue;
                        }
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                        if (stall.getAndSet(null) != null) {
                            LOG.infof("Inbox consumer resumed at %s-%d@%d", record.topic(), record.partition(), record.offset());
                        }
                    }
                    backoff = settings.retryBackoff();
                } catch (InfrastructureUnavailable e) {
                    // Keep every record not yet applied: the next poll returns them again, so the consumer stays in its
                    // group (no poll interval is exceeded) however long the outage lasts.
                    for (TopicPartition partition : records.partitions()) {
                        if (awaiting.containsKey(partition)) {
                            continue;
                        }
                        OffsetAndMetadata applied = done.get(partition);
                        kafkaConsumer.seek(partition, applied != null ? applied.offset() : records.records(partition).get(0).offset());
                    }
                    Stall previous = stall.get();
                    stall.set(previous == null ? e.stall : new Stall(e.stall.handler(), e.stall.topic(), e.stall.partition(), e.stall.offset(),
                            previous.since(), e.stall.error()));
                    infrastructureFailures.increment();
                    LOG.warnf("Inbox consumer waits for its infrastructure at %s-%d@%d (%s); retrying in %d ms", e.stall.topic(),
                            e.stall.partition(), e.stall.offset(), e.stall.error(), backoff.toMillis());
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), settings.maxStallBackoff());
                }
                if (!done.isEmpty()) {
                    kafkaConsumer.commitSync(done);
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** Pauses the partition at the record, to be tried again after a backoff that doubles while the same record waits. */
    private void await(KafkaConsumer<String, String> kafkaConsumer, TopicPartition partition, ConsumerRecord<String, String> record, ReferenceNotYetReplicated e) {
        Awaiting previous = awaitingBefore.remove(partition);
        Duration backoff = previous != null && previous.offset() == record.offset() ? min(previous.backoff().multipliedBy(2), settings.maxStallBackoff())
                : settings.retryBackoff();
        String error = TransientFailures.rootMessage(e);
        awaiting.put(partition, new Awaiting(record.offset(), Instant.now().plus(backoff), backoff, error));
        kafkaConsumer.seek(partition, record.offset());
        kafkaConsumer.pause(Set.of(partition));
        awaitedRecords.increment();
        LOG.infof("Inbox consumer waits at %s-%d@%d for a record not replicated yet (%s); retrying in %d ms", record.topic(), record.partition(),
                record.offset(), error, backoff.toMillis());
    }

    /** Resumes the partitions whose wait is over; each remembers its backoff until its record is applied. */
    private void resumeDue(KafkaConsumer<String, String> kafkaConsumer) {
        Instant now = Instant.now();
        awaitingBefore.keySet().retainAll(kafkaConsumer.assignment());
        for (Map.Entry<TopicPartition, Awaiting> entry : List.copyOf(awaiting.entrySet())) {
            if (!entry.getValue().until().isAfter(now) || !kafkaConsumer.assignment().contains(entry.getKey())) {
                awaiting.remove(entry.getKey());
                awaitingBefore.put(entry.getKey(), entry.getValue());
                if (kafkaConsumer.assignment().contains(entry.getKey())) {
                    kafkaConsumer.resume(Set.of(entry.getKey()));
                }
            }
        }
    }

    private void process(ConsumerRecord<String, String> record, KafkaProducer<String, String> deadLetters) {
        EventEnvelope event;
        try {
            event = EventEnvelope.fromRecord(record.headers(), record.value());
        } catch (EventEnvelope.InvalidEventException e) {
            deadLetter(record, "envelope", e, deadLetters);
            return;
        }
        for (EventHandler handler : handlersByTopic.getOrDefault(record.topic(), List.of())) {
            applyWithRetries(record, event, handler, deadLetters);
        }
    }

    private enum Outcome { APPLIED, DUPLICATE, DEAD_LETTERED }

    private Outcome applyWithRetries(ConsumerRecord<String, String> record, EventEnvelope event, EventHandler handler,
            KafkaProducer<String, String> deadLetters) {
        Exception lastError = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!recordInInbox(handler.name(), event, record)) {
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
                (applied ? processed : duplicates).increment();
                awaitingBefore.remove(new TopicPartition(record.topic(), record.partition()));
                return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (Exception e) {
                if (AwaitedRecord.isCause(e)) {
                    throw new ReferenceNotYetReplicated(e);
                }
                if (TransientFailures.isTransient(e)) {
                    throw new InfrastructureUnavailable(new Stall(handler.name(), record.topic(), record.partition(), record.offset(), Instant.now(),
                            TransientFailures.rootMessage(e)), e);
                }
                lastError = e;
                LOG.debugf(e, "Handler %s failed on event %s (attempt %d)", handler.name(), event.id(), attempt);
                sleep(settings.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetter(record, handler.name(), lastError, deadLetters);
        return Outcome.DEAD_LETTERED;
    }

    private boolean recordInInbox(String consumerName, EventEnvelope event, ConsumerRecord<String, String> record) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO inbox_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset, received_at) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumerName)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, record.topic())
                .setParameter(5, record.partition())
                .setParameter(6, record.offset())
                .executeUpdate();
        return inserted == 1;
    }

    private void deadLetter(ConsumerRecord<String, String> record, String consumerName, Exception error,
            KafkaProducer<String, String> deadLetters) {
        Throwable root = TransientFailures.root(error);
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, H_DLT_ERROR, root == null ? "unknown" : String.valueOf(root.getMessage()));
        put(headers, H_DLT_EXCEPTION, root == null ? "unknown" : root.getClass().getName());
        put(headers, H_DLT_TOPIC, record.topic());
        put(headers, H_DLT_PARTITION, Integer.toString(record.partition()));
        put(headers, H_DLT_OFFSET, Long.toString(record.offset()));
        put(headers, H_DLT_CONSUMER, serviceName + "/" + consumerName);
        try {
            deadLetters.send(new ProducerRecord<>(record.topic() + Topics.DEAD_LETTER_SUFFIX, null, record.key(), record.value(), headers)).get();
        } catch (Exception e) {
            // The offset must not move past a record that is neither processed nor dead-lettered.
            throw new IllegalStateException("could not dead-letter " + record.topic() + "@" + record.offset(), e);
        }
        deadLettered.increment();
        LOG.warnf("Dead-lettered %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(), consumerName,
                root == null ? "unknown" : root.getMessage());
    }

    public Optional<Stall> stall() {
        return Optional.ofNullable(stall.get());
    }

    /**
     * An operator's replay of {@code <topic>.dlt}: every record this service's handlers dead-lettered and that no
     * earlier replay took is applied again through the inbox, as if it arrived on its own topic (so an event already
     * applied is a duplicate, nothing more). A record that fails again is dead-lettered again, with the new error, for a
     * later replay. Stops at a transient failure without moving past the record. The replay's position is kept by
     * its own consumer group, {@code <service>-dlt-replay}.
     */
    public synchronized ReplayReport replayDeadLetters(String topic) {
        List<EventHandler> topicHandlers = handlersByTopic.getOrDefault(topic, List.of());
        String dlt = topic + Topics.DEAD_LETTER_SUFFIX;
        Properties props = consumerProps();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-dlt-replay");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-dlt-replay");
        int replayed = 0;
        int duplicate = 0;
        int failed = 0;
        int others = 0;
        try (KafkaConsumer<String, String> replay = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> deadLetters = new KafkaProducer<>(producerProps(), new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = replay.partitionsFor(dlt, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(dlt, p.partition())).toList();
            replay.assign(partitions);
            Map<TopicPartition, Long> end = replay.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> replay.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> dead : replay.poll(Duration.ofMillis(500))) {
                    TopicPartition at = new TopicPartition(dead.topic(), dead.partition());
                    if (dead.offset() >= end.get(at)) {
                        continue;
                    }
                    String consumerHeader = header(dead, H_DLT_CONSUMER);
                    String prefix = serviceName + "/";
                    EventHandler handler = consumerHeader == null || !consumerHeader.startsWith(prefix) ? null
                            : topicHandlers.stream().filter(h -> h.name().equals(consumerHeader.substring(prefix.length()))).findFirst().orElse(null);
                    if (handler == null) {
                        others++;
                    } else {
                        ConsumerRecord<String, String> original = new ConsumerRecord<>(topic, Integer.parseInt(header(dead, H_DLT_PARTITION)),
                                Long.parseLong(header(dead, H_DLT_OFFSET)), dead.timestamp(), dead.timestampType(), -1, -1, dead.key(), dead.value(),
                                dead.headers(), Optional.empty());
                        try {
                            switch (applyWithRetries(original, EventEnvelope.fromRecord(dead.headers(), dead.value()), handler, deadLetters)) {
                                case APPLIED -> replayed++;
                                case DUPLICATE -> duplicate++;
                                case DEAD_LETTERED -> failed++;
                            }
                        } catch (EventEnvelope.InvalidEventException e) {
                            // Not an event at all: it stays in the dead-letter topic, and the replay moves past it.
                            failed++;
                        } catch (ReferenceNotYetReplicated e) {
                            // Still waiting for what it names: back to the dead-letter topic for a later replay.
                            deadLetter(original, handler.name(), e, deadLetters);
                            failed++;
                        }
                    }
                    replay.commitSync(Map.of(at, new OffsetAndMetadata(dead.offset() + 1)));
                }
            }
        }
        LOG.infof("Replayed %s: %d applied, %d duplicates, %d failed again, %d of other consumers", dlt, replayed, duplicate, failed, others);
        return new ReplayReport(topic, replayed, duplicate, failed, others);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Properties consumerProps() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-inbox");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        return props;
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-dead-letters");
        return props;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
