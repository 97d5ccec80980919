package cn.onenetwork.common.inbox;

import cn.onenetwork.common.event.EventEnvelope;
import java.util.Set;

/**
 * Applies events to a read model. Called inside the transaction that also records the event in the
 * inbox, so a handler sees each event at most once and its change commits together with that record.
 */
public interface EventHandler {

    /** The topics this handler reads. */
    Set<String> topics();

    /** The inbox name of this handler: deduplication is per handler and event id. */
    default String name() {
        return getClass().getSimpleName().replace("_Subclass", "").replace("_ClientProxy", "");
    }

    /**
     * Applies the event. Throwing marks the event as unprocessable: after the configured retries it
     * goes to the dead-letter topic with the error in its headers.
     */
    void handle(EventEnvelope event) throws Exception;
}
