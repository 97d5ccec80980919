package cn.onenetwork.maintenance.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.maintenance.repair.HazardLevel;
import cn.onenetwork.maintenance.reserve.PriorityScore.Facts;
import cn.onenetwork.maintenance.reserve.PriorityScore.PartName;
import cn.onenetwork.maintenance.reserve.PriorityScore.Score;
import cn.onenetwork.maintenance.reserve.PriorityScore.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Weights WEIGHTS = new Weights(new BigDecimal("0.20"), new BigDecimal("0.20"), new BigDecimal("0.25"), new BigDecimal("0.25"),
            new BigDecimal("0.10"));

    @Test
    void theScoreIsTheWeightedMeanOfItsPartsEachReturnedWithItsBasis() {
        Score score = PriorityScore.of(new Facts(LocalDate.of(1994, 6, 30), LocalDate.of(2006, 5, 1), new BigDecimal("0.0750"), HazardLevel.MEDIUM,
                new BigDecimal("130.00")), TODAY, WEIGHTS, new BigDecimal("100"));
        // age 32 → 64; since repair 20 → 40; condition 7.5% → 75; hazard MEDIUM → 60; energy 30% above → 30
        assertEquals(new BigDecimal("64.00"), part(score, PartName.AGE));
        assertEquals(new BigDecimal("40.00"), part(score, PartName.SINCE_LAST_REPAIR));
        assertEquals(new BigDecimal("75.00"), part(score, PartName.CONDITION));
        assertEquals(new BigDecimal("60.00"), part(score, PartName.HAZARDS));
        assertEquals(new BigDecimal("30.00"), part(score, PartName.ENERGY));
        assertEquals(new BigDecimal("57.55"), score.total(), "0.2×64 + 0.2×40 + 0.25×75 + 0.25×60 + 0.1×30 = 57.55");
        assertEquals("自 1994-06-30 起使用满 32 年，每年计 2 分", score.parts().get(0).basis().render(Languages.CHINESE));
        assertEquals("32 full years in use since 1994-06-30, 2 points a year", score.parts().get(0).basis().render(Languages.ENGLISH));
        assertEquals("距上次中修或大修（2006-05-01）满 20 年，每年计 2 分", score.parts().get(1).basis().render(Languages.CHINESE));
    }

    @Test
    void partsAreCappedAtAHundredAndMissingFactsCountNothing() {
        Score score = PriorityScore.of(new Facts(LocalDate.of(1950, 1, 1), null, null, HazardLevel.HIGH, null), TODAY, WEIGHTS, new BigDecimal("100"));
        assertEquals(new BigDecimal("100.00"), part(score, PartName.AGE));
        assertEquals(new BigDecimal("100.00"), part(score, PartName.SINCE_LAST_REPAIR), "never repaired: counted from completion");
        assertEquals(new BigDecimal("0.00"), part(score, PartName.CONDITION));
        assertEquals(new BigDecimal("0.00"), part(score, PartName.ENERGY));
        assertEquals(new BigDecimal("65.00"), score.total());
    }

    private static BigDecimal part(Score score, PartName name) {
        return score.parts().stream().filter(p -> p.name() == name).findFirst().orElseThrow().value();
    }
}
