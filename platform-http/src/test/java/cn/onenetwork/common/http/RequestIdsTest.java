package cn.onenetwork.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneOfferedIdIsKeptAndAnyOtherReplaced() {
        assertEquals("agency-7f3a:01", RequestIds.acceptOrGenerate("agency-7f3a:01"));
        String replaced = RequestIds.acceptOrGenerate("bad id\r\nX-Injected: 1");
        assertNotEquals("bad id\r\nX-Injected: 1", replaced);
        assertEquals(4, UUID.fromString(replaced).version());
        assertEquals(4, UUID.fromString(RequestIds.acceptOrGenerate("x".repeat(101))).version());
    }

    @Test
    void freshIdsAreDistinctVersionFourUuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIds.fresh();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            seen.add(id);
        }
        assertEquals(100_000, seen.size());
    }
}
