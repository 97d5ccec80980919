package cn.onenetwork.common.inbox;

import cn.onenetwork.common.event.EventEnvelope;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * replay harmless. A record that cannot be processed goes to {@code <topic>.dlt} with the error in
 * its headers, and the partition moves on.
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

    void start(@Observes StartupEvent event) {
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                handlersByTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
            }
        }
        processed = registry.counter("inbox.processed");
        duplicates = registry.counter("inbox.duplicates");
        deadLettered = registry.counter("inbox.dead.letters");
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
            while (running) {
                ConsumerRecords<String, String> records = kafkaConsumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, String> record : records) {
                    process(record, deadLetters);
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                kafkaConsumer.commitSync(done);
            }
        } finally {
            consumer = null;
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

    private void applyWithRetries(ConsumerRecord<String, String> record, EventEnvelope event, EventHandler handler,
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
                return;
            } catch (Exception e) {
                lastError = e;
                LOG.debugf(e, "Handler %s failed on event %s (attempt %d)", handler.name(), event.id(), attempt);
                sleep(settings.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetter(record, handler.name(), lastError, deadLetters);
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
        Throwable root = error;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
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
