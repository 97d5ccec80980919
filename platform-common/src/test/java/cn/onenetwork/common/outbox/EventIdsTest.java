package cn.onenetwork.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void idsAreVersion7WithTheTimeInFrontAndUnique() {
        long millis = 1_795_000_000_000L;
        UUID id = EventIds.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(EventIds.at(millis)));
        }
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsPostgresComparesThem() {
        UUID earlier = EventIds.at(1_795_000_000_000L);
        UUID later = EventIds.at(1_795_000_000_001L);
        // PostgreSQL orders uuid values by their bytes, that is as unsigned 128-bit numbers.
        assertTrue(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits()) < 0);
    }
}
