package cn.onenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpstreamBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final UpstreamBreaker breaker = new UpstreamBreaker(3, 10 * SECOND, now::get);

    @Test
    void opensAfterTheThresholdLetsOneTrialThroughAfterThePauseAndClosesOnItsSuccess() {
        breaker.failed();
        breaker.failed();
        assertEquals(0, breaker.acquire(), "two failures: still closed");
        breaker.failed();
        assertEquals(UpstreamBreaker.State.OPEN, breaker.state());
        assertEquals(10, breaker.acquire(), "open: retry after the pause");
        now.addAndGet(4 * SECOND);
        assertEquals(6, breaker.acquire());
        now.addAndGet(6 * SECOND);
        assertEquals(0, breaker.acquire(), "the trial goes");
        assertTrue(breaker.acquire() > 0, "only one trial at a time");
        breaker.succeeded();
        assertEquals(UpstreamBreaker.State.CLOSED, breaker.state());
        assertEquals(0, breaker.acquire());
    }

    @Test
    void aFailedTrialOpensAgainAndAnAbandonedOneFreesTheTrial() {
        breaker.failed();
        breaker.failed();
        breaker.failed();
        now.addAndGet(10 * SECOND);
        assertEquals(0, breaker.acquire());
        breaker.abandoned();
        assertEquals(0, breaker.acquire(), "an abandoned trial proved nothing: another may go");
        breaker.failed();
        assertEquals(UpstreamBreaker.State.OPEN, breaker.state());
        assertEquals(10, breaker.acquire());
    }
}
