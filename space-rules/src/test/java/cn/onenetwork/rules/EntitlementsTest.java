package cn.onenetwork.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.Entitlements.Posts;
import cn.onenetwork.rules.Entitlements.Standard;
import cn.onenetwork.rules.Entitlements.UnitEntitlement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitlementsTest {

    private static final List<Posts> FORTY_OF_MIXED_RANKS = List.of(new Posts("COUNTY_HEAD", 1, Standard.set(new BigDecimal("30"))),
            new Posts("DEPUTY_COUNTY_HEAD", 3, Standard.set(new BigDecimal("24"))), new Posts("SECTION_CHIEF", 8, Standard.set(new BigDecimal("18"))),
            new Posts("DEPUTY_SECTION_CHIEF", 8, Standard.set(new BigDecimal("12"))), new Posts("BELOW_SECTION", 20, Standard.set(new BigDecimal("9"))));

    @Test
    void officeIsPostsTimesStandardAndBasicAddsTheAllowancePerPost() {
        UnitEntitlement e = Entitlements.of(FORTY_OF_MIXED_RANKS, new Allowance(new BigDecimal("8.00"), new BigDecimal("4.50"))).orElseThrow();
        assertEquals(40, e.approvedPosts());
        // 30 + 3×24 + 8×18 + 8×12 + 20×9 = 522
        assertEquals(new BigDecimal("522.00"), e.office());
        assertEquals(new BigDecimal("1022.00"), e.basic(), "522 + 40 × (8 + 4.5)");
        assertTrue(e.ceilingReasons().isEmpty());
    }

    @Test
    void withoutAnAllowanceThereIsNoBasicFigureAndARankWithoutAStandardLeavesNoEntitlement() {
        assertNull(Entitlements.of(FORTY_OF_MIXED_RANKS, null).orElseThrow().basic());
        assertTrue(Entitlements.of(List.of(new Posts("TOWNSHIP_HEAD", 1, null)), null).isEmpty());
        assertEquals(new BigDecimal("0.00"), Entitlements.of(List.of(new Posts("TOWNSHIP_HEAD", 0, null)), null).orElseThrow().office(),
                "a rank nobody holds needs no standard");
    }
}
