package cn.onenetwork.common.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "onenetwork.inbox")
public interface InboxSettings {

    @WithDefault("true")
    boolean enabled();

    /** Attempts for one event before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("200ms")
    Duration retryBackoff();

    @WithDefault("500")
    int maxPollRecords();
}
