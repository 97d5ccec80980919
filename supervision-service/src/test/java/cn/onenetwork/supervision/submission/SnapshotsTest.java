package cn.onenetwork.supervision.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    record Figures(BigDecimal area, LocalDate asOf, Map<String, Integer> staffing, String absent) {
    }

    @Test
    void theCanonicalFormSortsKeysKeepsDecimalsAsWrittenAndLeavesOutWhatIsAbsent() {
        Map<String, Integer> staffing = new LinkedHashMap<>();
        staffing.put("SECTION_CHIEF", 3);
        staffing.put("COUNTY_HEAD", 1);
        String canonical = Snapshots.canonical(new Figures(new BigDecimal("18.00"), LocalDate.of(2025, 12, 31), staffing, null));
        assertEquals("{\"area\":18.00,\"asOf\":\"2025-12-31\",\"staffing\":{\"COUNTY_HEAD\":1,\"SECTION_CHIEF\":3}}", canonical);
        assertEquals(canonical, Snapshots.canonical(Snapshots.read(canonical, Figures.class)), "reading and writing again changes nothing");
    }

    @Test
    void theHashIsSha256OfTheUtf8BytesAndChangesWithAnyFigure() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Snapshots.sha256(""));
        assertNotEquals(Snapshots.sha256("{\"area\":18.00}"), Snapshots.sha256("{\"area\":18.01}"));
        assertEquals(64, Snapshots.sha256("办公用房").length());
    }
}
