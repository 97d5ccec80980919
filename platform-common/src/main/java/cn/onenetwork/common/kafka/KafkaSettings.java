package cn.onenetwork.common.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "onenetwork.kafka")
public interface KafkaSettings {

    /** Broker list, e.g. 127.0.0.1:9092. */
    String bootstrapServers();

    /** Partitions for topics this service creates. */
    @WithDefault("3")
    int partitions();

    /** Replication factor for topics this service creates (1 on a single broker). */
    @WithDefault("1")
    short replicationFactor();

    /** Topics this service publishes to; created at start when missing. */
    List<String> producesTopics();

    /** How long a send may wait for the broker before the relay backs off. */
    @WithDefault("10s")
    Duration deliveryTimeout();
}
