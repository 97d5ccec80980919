package cn.onenetwork.gateway;

import java.util.function.LongSupplier;

/**
 * A circuit breaker for one upstream. After {@code threshold} failures in a row (connection refused, reset or timed out)
 * it opens: calls are answered at once (503 with Retry-After) instead of waiting on a dead service. After {@code openNanos}
 * one trial call goes through (half open); its success closes the breaker, its failure opens it again. No manual action.
 */
final class UpstreamBreaker {

    enum State {
        CLOSED, HALF_OPEN, OPEN
    }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trialInFlight;

    UpstreamBreaker(int threshold, long openNanos, LongSupplier clock) {
        this.threshold = threshold;
        this.openNanos = openNanos;
        this.clock = clock;
    }

    /** Zero when the call may go; otherwise the seconds until the next trial. */
    synchronized long acquire() {
        if (state == State.OPEN) {
            long waited = clock.getAsLong() - openedAt;
            if (waited < openNanos) {
                return Math.max(1, (openNanos - waited + 999_999_999L) / 1_000_000_000L);
            }
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) {
                return Math.max(1, openNanos / 1_000_000_000L);
            }
            trialInFlight = true;
        }
        return 0;
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    /** A call given up by the gateway itself (the caller's body was too large or broke off): it proved nothing either way. */
    synchronized void abandoned() {
        trialInFlight = false;
    }

    synchronized void failed() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            trialInFlight = false;
        }
    }

    synchronized State state() {
        return state;
    }
}
