package cn.onenetwork.dev;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends and reads raw CloudEvents records, so that tests can replay, duplicate and poison a topic. */
public final class TestEvents {

    private TestEvents() {
    }

    public static void send(String bootstrap, String topic, String key, UUID eventId, String type, String payload) {
        send(bootstrap, topic, key, eventId, type, payload, java.util.Map.of());
    }

    /** As a CloudEvent in binary mode, with further headers (a dead-letter record's dlt-* headers, say). */
    public static void send(String bootstrap, String topic, String key, UUID eventId, String type, String payload, java.util.Map<String, String> extra) {
        send(bootstrap, topic, key, eventId, type, payload, extra, OffsetDateTime.now());
    }

    /** Stamped at a given time ({@code ce_time}), as the outbox stamps the moment of the change. */
    public static void send(String bootstrap, String topic, String key, UUID eventId, String type, String payload, java.util.Map<String, String> extra,
            OffsetDateTime time) {
        RecordHeaders headers = new RecordHeaders();
        extra.forEach((name, value) -> headers.add(name, bytes(value)));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(eventId.toString()));
        headers.add("ce_type", bytes(type));
        headers.add("ce_source", bytes("/one-network/test"));
        headers.add("ce_subject", bytes(key));
        headers.add("ce_time", bytes(time.toString()));
        headers.add("content-type", bytes("application/json"));
        sendRaw(bootstrap, new ProducerRecord<>(topic, null, key, payload, headers));
    }

    public static void sendRaw(String bootstrap, ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the topic from the beginning, read until {@code quiet} passes without a new one. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, Duration quiet) {
        return readAll(bootstrap, List.of(topic), quiet);
    }

    /** Every record of the topics (those that exist) from the beginning, read until {@code quiet} passes without a new one. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, java.util.Collection<String> topics, Duration quiet) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.copyOf(topics));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < deadline && (records.isEmpty() || System.nanoTime() < quietUntil)) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() > before) {
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        }
        return records;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
