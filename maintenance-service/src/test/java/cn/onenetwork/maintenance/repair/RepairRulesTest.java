package cn.onenetwork.maintenance.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
import cn.onenetwork.maintenance.repair.RepairRules.Parameters;
import cn.onenetwork.maintenance.repair.RepairRules.Refusal;
import cn.onenetwork.maintenance.repair.RepairRules.SuspectedSplitting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepairRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Parameters DEFAULTS = Parameters.DEFAULTS;

    @Test
    void aMediumOrMajorRepairMayBeDeclaredOnTheDayTheBuildingHasBeenInUseFifteenFullYearsNotTheDayBefore() {
        LocalDate oneDayShort = TODAY.minusYears(15).plusDays(1);
        Optional<Refusal> refused = RepairRules.classAllowed(RepairClass.MEDIUM, oneDayShort, null, TODAY, DEFAULTS);
        assertEquals("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", refused.orElseThrow().code());
        assertTrue(chinese(refused.get()).contains(oneDayShort.toString()) && chinese(refused.get()).contains("2026-11-28"), chinese(refused.get()));
        assertTrue(RepairRules.classAllowed(RepairClass.MAJOR, TODAY.minusYears(15), null, TODAY, DEFAULTS).isEmpty(), "15 years to the day");
        assertTrue(RepairRules.classAllowed(RepairClass.ROUTINE, TODAY.minusYears(1), null, TODAY, DEFAULTS).isEmpty(), "routine repairs always");
    }

    @Test
    void fifteenYearsMustAlsoHavePassedSinceTheLastMediumOrMajorRepair() {
        Optional<Refusal> refused = RepairRules.classAllowed(RepairClass.MAJOR, TODAY.minusYears(40), TODAY.minusYears(14), TODAY, DEFAULTS);
        assertTrue(chinese(refused.orElseThrow()).contains(TODAY.minusYears(14).toString()), chinese(refused.get()));
        assertTrue(RepairRules.classAllowed(RepairClass.MEDIUM, TODAY.minusYears(40), TODAY.minusYears(15), TODAY, DEFAULTS).isEmpty());
        assertTrue(RepairRules.classAllowed(RepairClass.MEDIUM, TODAY.minusYears(10), null, TODAY,
                new Parameters(10, DEFAULTS.maxExtensionRatio(), DEFAULTS.smallBelow(), DEFAULTS.tenderFrom())).isEmpty(), "a division's own figure");
    }

    @Test
    void aMajorRepairMayAddFifteenPercentOfTheOriginalFloorAreaAndNotASquareCentimetreMore() {
        BigDecimal original = new BigDecimal("10000.00");
        assertTrue(RepairRules.extensionAllowed(RepairClass.MAJOR, original, new BigDecimal("1500.00"), DEFAULTS).isEmpty(), "15.00%");
        assertEquals("EXTENSION_ABOVE_LIMIT", RepairRules.extensionAllowed(RepairClass.MAJOR, original, new BigDecimal("1501.00"), DEFAULTS)
                .orElseThrow().code(), "15.01%");
        assertEquals("EXTENSION_ONLY_IN_MAJOR_REPAIR", RepairRules.extensionAllowed(RepairClass.MEDIUM, original, new BigDecimal("1.00"), DEFAULTS)
                .orElseThrow().code());
        assertTrue(RepairRules.extensionAllowed(RepairClass.MEDIUM, original, BigDecimal.ZERO, DEFAULTS).isEmpty());
    }

    @Test
    void costBandsDecideTheApprovalLevelAndTendering() {
        assertEquals(CostBand.SMALL, RepairRules.band(new BigDecimal("49999.99"), DEFAULTS));
        assertEquals(CostBand.MEDIUM, RepairRules.band(new BigDecimal("50000"), DEFAULTS));
        assertEquals(CostBand.MEDIUM, RepairRules.band(new BigDecimal("499999.99"), DEFAULTS));
        assertEquals(CostBand.LARGE, RepairRules.band(new BigDecimal("500000"), DEFAULTS));
        assertTrue(CostBand.LARGE.tendered());
    }

    @Test
    void declarationsForAPlanYearCloseOnTheDivisionsDeadlineTheDayItselfIncluded() {
        java.time.MonthDay deadline = java.time.MonthDay.of(3, 31);
        assertTrue(RepairRules.declaredInTime(RepairClass.MEDIUM, 2027, LocalDate.of(2027, 3, 31), deadline).isEmpty());
        Refusal late = RepairRules.declaredInTime(RepairClass.MEDIUM, 2027, LocalDate.of(2027, 4, 1), deadline).orElseThrow();
        assertEquals("DECLARATION_DEADLINE_PASSED", late.code());
        assertTrue(chinese(late).contains("2027-03-31") && chinese(late).contains("2028"), chinese(late));
        assertTrue(RepairRules.declaredInTime(RepairClass.ROUTINE, 2027, LocalDate.of(2027, 11, 1), deadline).isEmpty(), "routine repairs have no deadline");
    }

    @Test
    void splittingBundlingAndAChangeOfOccupantAreRefusedByName() {
        assertEquals("SPLIT_PROJECT", RepairRules.notSplit(RepairClass.MEDIUM, "640104-WX-2026-0001", "银川市解放西街1号", 2027).orElseThrow().code());
        assertTrue(RepairRules.notSplit(RepairClass.ROUTINE, "640104-WX-2026-0001", "银川市解放西街1号", 2027).isEmpty());
        assertTrue(RepairRules.notSplit(RepairClass.MAJOR, null, "银川市解放西街1号", 2027).isEmpty());
        assertEquals("ROUTINE_ITEMS_BUNDLED", RepairRules.itemsMatchClass(RepairClass.MAJOR, java.util.List.of(RepairClass.MAJOR, RepairClass.ROUTINE))
                .orElseThrow().code());
        assertEquals("WORK_ABOVE_ROUTINE", RepairRules.itemsMatchClass(RepairClass.ROUTINE, java.util.List.of(RepairClass.MEDIUM)).orElseThrow().code());
        assertTrue(RepairRules.itemsMatchClass(RepairClass.MEDIUM, java.util.List.of(RepairClass.MEDIUM)).isEmpty());
        assertEquals("OCCUPANT_CHANGE_IS_NO_GROUND", RepairRules.groundsAllowed(java.util.List.of(RepairGround.AGEING, RepairGround.OCCUPANT_CHANGE))
                .orElseThrow().code());
        assertTrue(RepairRules.groundsAllowed(java.util.List.of(RepairGround.SAFETY_HAZARD)).isEmpty());
    }

    @Test
    void routineWorkStaysBelowTheSmallBandItsLimitIsMedium() {
        assertTrue(RepairRules.routineBelowSmallBand(RepairClass.ROUTINE, new BigDecimal("49999.99"), DEFAULTS).isEmpty());
        Refusal refused = RepairRules.routineBelowSmallBand(RepairClass.ROUTINE, new BigDecimal("50000.00"), DEFAULTS).orElseThrow();
        assertEquals("ROUTINE_ABOVE_SMALL_BAND", refused.code());
        assertTrue(chinese(refused).contains("50000.00 元") && chinese(refused).contains("50000 元"), chinese(refused));
        assertTrue(RepairRules.routineBelowSmallBand(RepairClass.MEDIUM, new BigDecimal("3000000.00"), DEFAULTS).isEmpty(), "the bands judge medium work");
        assertEquals("ROUTINE_ABOVE_SMALL_BAND", RepairRules.routineBelowSmallBand(RepairClass.ROUTINE, new BigDecimal("30000.00"),
                new Parameters(15, DEFAULTS.maxExtensionRatio(), new BigDecimal("30000"), DEFAULTS.tenderFrom())).orElseThrow().code(), "a division's own band");
    }

    @Test
    void routineDeclarationsOfAUnitAtAnAddressInAYearThatTogetherReachTheMediumBandAreFlaggedAsSplitting() {
        assertTrue(RepairRules.routineSplitting(RepairClass.ROUTINE, new BigDecimal("30000.00"), new BigDecimal("19999.99"), DEFAULTS)
                .isEmpty(), "49,999.99 together");
        SuspectedSplitting flag = RepairRules.routineSplitting(RepairClass.ROUTINE, new BigDecimal("30000.00"), new BigDecimal("20000.00"), DEFAULTS)
                .orElseThrow();
        assertEquals(new SuspectedSplitting(new BigDecimal("50000.00"), new BigDecimal("50000")), flag);
        String explained = flag.explain(2026).render(Languages.CHINESE);
        assertTrue(explained.contains("50000.00 元") && explained.contains("2026") && explained.contains("化整为零"), explained);
        assertTrue(RepairRules.routineSplitting(RepairClass.ROUTINE, BigDecimal.ZERO, new BigDecimal("49999.99"), DEFAULTS).isEmpty(),
                "one declaration alone is judged by the ceiling");
    }

    @Test
    void aUnitDeclaresForTheBuildingItUsesAndOnlyTheBureauForABuildingNobodyUses() {
        assertTrue(RepairRules.unitUsesBuilding(true, true, false, "科技局", "解放西街1号").isEmpty());
        assertEquals("BUILDING_NOT_USED_BY_UNIT", RepairRules.unitUsesBuilding(false, true, true, "科技局", "解放西街1号").orElseThrow().code(),
                "the bureau does not declare for a unit a building others use");
        assertEquals("BUILDING_NOT_USED_BY_UNIT", RepairRules.unitUsesBuilding(false, false, false, "科技局", "解放西街1号").orElseThrow().code());
        assertTrue(RepairRules.unitUsesBuilding(false, false, true, "科技局", "解放西街1号").isEmpty(), "an unused building is in the bureau's care");
    }

    @Test
    void tenderingIsJudgedOnTheContractAsWellAsTheEstimate() {
        BigDecimal below = new BigDecimal("499999.99");
        BigDecimal large = new BigDecimal("500000.00");
        assertTrue(RepairRules.tenderNamed(below, below, false, DEFAULTS).isEmpty());
        Refusal byContract = RepairRules.tenderNamed(below, large, false, DEFAULTS).orElseThrow();
        assertEquals("TENDER_REQUIRED", byContract.code());
        assertTrue(chinese(byContract).contains("合同金额 500000.00 元"), chinese(byContract));
        assertTrue(chinese(RepairRules.tenderNamed(large, below, false, DEFAULTS).orElseThrow()).contains("估算金额"), "a large estimate let below");
        assertTrue(RepairRules.tenderNamed(large, large, true, DEFAULTS).isEmpty(), "the tender named");
    }

    @Test
    void aContractAboveThePlannedAmountNeedsTheApprovingBureausApprovalUpToWhatItApproved() {
        BigDecimal planned = new BigDecimal("60000.00");
        assertTrue(RepairRules.contractWithinPlan(new BigDecimal("60000.00"), planned, null).isEmpty());
        Refusal above = RepairRules.contractWithinPlan(new BigDecimal("60000.01"), planned, null).orElseThrow();
        assertEquals("CONTRACT_ABOVE_PLANNED_AMOUNT", above.code());
        assertEquals("contractCost", above.field());
        assertTrue(RepairRules.contractWithinPlan(new BigDecimal("70000.00"), planned, new BigDecimal("70000.00")).isEmpty());
        assertEquals("CONTRACT_ABOVE_PLANNED_AMOUNT", RepairRules.contractWithinPlan(new BigDecimal("70000.01"), planned, new BigDecimal("70000.00"))
                .orElseThrow().code());
    }

    @Test
    void aContractAboveThePlanIsApprovedAtTheBandOfTheLargerOfEstimateAndContract() {
        assertEquals(CostBand.MEDIUM, RepairRules.contractApprovalBand(new BigDecimal("60000.00"), new BigDecimal("499999.99"), DEFAULTS));
        assertEquals(CostBand.LARGE, RepairRules.contractApprovalBand(new BigDecimal("60000.00"), new BigDecimal("500000.00"), DEFAULTS));
        assertEquals(CostBand.LARGE, RepairRules.contractApprovalBand(new BigDecimal("500000.00"), new BigDecimal("60000.00"), DEFAULTS));
    }

    @Test
    void aRoutineRepairIsReportedDoneBelowTheSmallBandItsLimitIsRefused() {
        assertTrue(RepairRules.routineCostBelowSmallBand(new BigDecimal("49999.99"), DEFAULTS).isEmpty());
        Refusal refused = RepairRules.routineCostBelowSmallBand(new BigDecimal("50000.00"), DEFAULTS).orElseThrow();
        assertEquals("ROUTINE_ABOVE_SMALL_BAND", refused.code());
        assertEquals("actualCost", refused.field());
        assertTrue(chinese(refused).contains("50000.00 元") && chinese(refused).contains("撤回"), chinese(refused));
    }

    /** A refusal's detail as the default reader reads it. */
    private static String chinese(Refusal refusal) {
        return refusal.detail().render(Languages.CHINESE);
    }
}
