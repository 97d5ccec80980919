package cn.onenetwork.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.StandardsInForce.AllowanceRow;
import cn.onenetwork.rules.StandardsInForce.StandardRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardsInForceTest {

    private static final LocalDate NATIONAL_FROM = LocalDate.of(2014, 12, 1);
    private static final LocalDate LOCAL_FROM = LocalDate.of(2026, 7, 1);

    private final StandardsInForce table = new StandardsInForce(List.of(
            new StandardRow("COUNTY", "SECTION_CHIEF", null, new BigDecimal("18.00"), NATIONAL_FROM, null),
            new StandardRow("COUNTY", "DEPUTY_COUNTY_HEAD", null, new BigDecimal("24.00"), NATIONAL_FROM, null),
            // Ningxia tightens the section chief from July 2026; Yinchuan's own older row is outranked by nothing nearer.
            new StandardRow("COUNTY", "SECTION_CHIEF", "640000", new BigDecimal("16.00"), LOCAL_FROM, null),
            new StandardRow("COUNTY", "SECTION_CHIEF", "640100", new BigDecimal("17.00"), NATIONAL_FROM, LOCAL_FROM)),
            List.of(new AllowanceRow("COUNTY", "640000", new BigDecimal("8.00"), new BigDecimal("4.00"), LOCAL_FROM, null)));

    @Test
    void theNearestDivisionsRowInForceOnTheDayWins() {
        assertEquals(new BigDecimal("17.00"), table.officeArea("COUNTY", "SECTION_CHIEF", "640104", LOCAL_FROM.minusDays(1)).orElseThrow());
        assertEquals(new BigDecimal("16.00"), table.officeArea("COUNTY", "SECTION_CHIEF", "640104", LOCAL_FROM).orElseThrow());
        assertEquals(new BigDecimal("18.00"), table.officeArea("COUNTY", "SECTION_CHIEF", "650102", LOCAL_FROM).orElseThrow());
        assertTrue(table.officeArea("COUNTY", "COUNTY_HEAD", "640104", LOCAL_FROM).isEmpty());
    }

    @Test
    void aTownshipRankWithoutItsOwnRowIsCappedByTheCountyDeputyStandardAndSaysWhy() {
        Entitlements.Standard township = table.standard("TOWNSHIP", "TOWNSHIP_HEAD", "640104001", LOCAL_FROM);
        assertEquals(new BigDecimal("24.00"), township.area());
        assertTrue(township.ceilingReason().contains("county deputy standard"));
        assertNull(table.standard("COUNTY", "COUNTY_HEAD", "640104", LOCAL_FROM), "a county rank has no ceiling to fall back on");
        assertNull(table.standard("COUNTY", "SECTION_CHIEF", "640104", LOCAL_FROM).ceilingReason());
    }

    @Test
    void theAllowanceAppliesFromItsFirstDayInItsSubtreeOnly() {
        assertEquals(new Allowance(new BigDecimal("8.00"), new BigDecimal("4.00")), table.allowance("COUNTY", "640104", LOCAL_FROM));
        assertNull(table.allowance("COUNTY", "640104", LOCAL_FROM.minusDays(1)));
        assertNull(table.allowance("COUNTY", "650102", LOCAL_FROM));
    }
}
