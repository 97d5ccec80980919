package cn.onenetwork.common.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "onenetwork.inbox")
public interface InboxSettings {

    @WithDefault("true")
    boolean enabled();

    /** Attempts for one event before it goes to the dead-letter topic (failures of the record itself; infrastructure failures are retried without limit). */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("200ms")
    Duration retryBackoff();

    @WithDefault("500")
    int maxPollRecords();

    /** The longest wait between retries while the consumer's own infrastructure (its database) is unreachable. */
    @WithDefault("5s")
    Duration maxStallBackoff();
}
