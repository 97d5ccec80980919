package cn.onenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallerRateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final CallerRateLimiter limiter = new CallerRateLimiter(2, 3, clock::get);

    @Test
    void aBurstPassesThenTheCallerWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
        assertEquals(1, limiter.acquire("a"));
        clock.addAndGet(500_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void callersHaveTheirOwnBucketsAndABucketNeverHoldsMoreThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertEquals(0, limiter.acquire("b"));
        clock.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        CallerRateLimiter slow = new CallerRateLimiter(0.1, 1, clock::get);
        assertEquals(0, slow.acquire("a"));
        assertEquals(10, slow.acquire("a"));
        assertThrows(IllegalArgumentException.class, () -> new CallerRateLimiter(0, 1, clock::get));
    }
}
