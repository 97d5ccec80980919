package cn.onenetwork.common.outbox;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Event ids in the layout of RFC 9562 UUID version 7: 48 bits of Unix milliseconds, then random bits. Ids made
 * one after the other sort in time order, so the outbox's unique index grows at its right edge instead of
 * touching a random page for every event of a bulk import.
 */
final class EventIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        long random = RANDOM.nextLong();
        long high = (unixMillis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
