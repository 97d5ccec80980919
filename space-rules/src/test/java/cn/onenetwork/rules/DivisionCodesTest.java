package cn.onenetwork.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivisionCodesTest {

    @Test
    void prefixesFollowTheCodeHierarchy() {
        assertEquals("64", DivisionCodes.scopePrefix("640000"));
        assertEquals("6401", DivisionCodes.scopePrefix("640100"));
        assertEquals("640104", DivisionCodes.scopePrefix("640104"));
        assertEquals("640104001", DivisionCodes.scopePrefix("640104001"));
        assertEquals("", DivisionCodes.scopePrefix(DivisionCodes.NATIONAL));
    }

    @Test
    void aRegionCoversItsCountiesButCountiesDoNotCoverEachOther() {
        assertTrue(DivisionCodes.covers("640000", "640105"));
        assertTrue(DivisionCodes.covers("640100", "640105"));
        assertTrue(DivisionCodes.covers("640104", "640104"));
        assertTrue(DivisionCodes.covers("640104", "640104003"));
        assertFalse(DivisionCodes.covers("640104", "640105"));
        assertFalse(DivisionCodes.covers("640100", "640200"));
        assertFalse(DivisionCodes.covers("640000", "650000"));
        assertTrue(DivisionCodes.covers(DivisionCodes.NATIONAL, "650102"));
    }

    @Test
    void malformedCodesAreRejected() {
        assertFalse(DivisionCodes.isWellFormed("6401"));
        assertFalse(DivisionCodes.isWellFormed("64010A"));
        assertFalse(DivisionCodes.covers("640000", "64x000"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.scopePrefix("12345"));
    }

    @Test
    void theLevelAboveIsReadFromTheCode() {
        assertEquals("640104", DivisionCodes.levelAbove("640104001"));
        assertEquals("640104001", DivisionCodes.levelAbove("640104001001"));
        assertEquals("640100", DivisionCodes.levelAbove("640104"));
        assertEquals("640000", DivisionCodes.levelAbove("640100"));
        assertEquals(DivisionCodes.NATIONAL, DivisionCodes.levelAbove("640000"));
        assertEquals(null, DivisionCodes.levelAbove(DivisionCodes.NATIONAL));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.levelAbove("6401"));
    }
}
