package cn.onenetwork.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdleSinceTest {

    private static final LocalDate RECORDED = LocalDate.of(2025, 3, 1);

    @Test
    void theLaterOfTheRecordingAndTheLastHoldingsEndCounts() {
        assertEquals(LocalDate.of(2025, 8, 31), IdleSince.of(RECORDED, LocalDate.of(2025, 8, 31)));
        assertEquals(RECORDED, IdleSince.of(RECORDED, LocalDate.of(2024, 12, 31)));
        assertEquals(RECORDED, IdleSince.of(RECORDED, RECORDED));
    }

    @Test
    void whatIsKnownCountsAndNothingWhenNothingIs() {
        assertEquals(RECORDED, IdleSince.of(RECORDED, null));
        assertEquals(LocalDate.of(2025, 8, 31), IdleSince.of(null, LocalDate.of(2025, 8, 31)));
        assertNull(IdleSince.of(null, null));
    }
}
