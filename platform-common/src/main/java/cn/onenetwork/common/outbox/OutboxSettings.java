package cn.onenetwork.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "onenetwork.outbox")
public interface OutboxSettings {

    /** Whether this process runs the relay. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per round. */
    @WithDefault("500")
    int batchSize();

    /** Pause between rounds when there was nothing to publish. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** First retry delay; doubles on each failure up to {@link #maxBackoff()}. */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Non-retriable failures after which a row is parked. Broker outages never park a row. */
    @WithDefault("5")
    int maxAttempts();

    /** How long sent rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
