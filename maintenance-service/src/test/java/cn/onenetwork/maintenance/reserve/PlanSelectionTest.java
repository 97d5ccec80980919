package cn.onenetwork.maintenance.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.maintenance.repair.HazardLevel;
import cn.onenetwork.maintenance.reserve.PlanSelection.Candidate;
import cn.onenetwork.maintenance.reserve.PlanSelection.Selection;
import cn.onenetwork.maintenance.reserve.PriorityScore.Facts;
import cn.onenetwork.maintenance.reserve.PriorityScore.Weights;
import cn.onenetwork.maintenance.reserve.ReserveService.Ranked;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Over generated reserves: the plan never exceeds its budget, funds in the reserve's order, and the order does not depend on the input's. */
class PlanSelectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Weights WEIGHTS = new Weights(new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.25"), new BigDecimal("0.25"),
            new BigDecimal("0.1"));

    @Test
    void theTotalNeverExceedsTheBudgetAndNothingPassedOverWouldHaveFit() {
        Random random = new Random(20261127);
        for (int round = 0; round < 200; round++) {
            List<Ranked> reserve = reserve(random, 1 + random.nextInt(300));
            BigDecimal budget = BigDecimal.valueOf(random.nextInt(20_000_000) + 1, 0);
            Selection<Ranked> selection = PlanSelection.within(budget, reserve.stream().map(r -> new Candidate<>(r, r.estimatedCost())).toList());
            assertTrue(selection.total().compareTo(budget) <= 0, "round " + round);
            assertEquals(selection.total(), selection.funded().stream().map(Candidate::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertEquals(reserve.size(), selection.funded().size() + selection.passedOver().size());
            BigDecimal left = budget.subtract(selection.total());
            selection.passedOver().forEach(c -> assertTrue(c.amount().compareTo(left) > 0, "a passed-over project does not fit what is left"));
            List<Ranked> fundedOrder = selection.funded().stream().map(Candidate::project).toList();
            assertEquals(reserve.stream().filter(fundedOrder::contains).toList(), fundedOrder, "funded in the reserve's order");
        }
    }

    @Test
    void theReserveOrderIsTheSameWhateverOrderTheRowsArriveIn() {
        Random random = new Random(7);
        List<Ranked> reserve = reserve(random, 500);
        for (int i = 0; i < 20; i++) {
            List<Ranked> shuffled = new ArrayList<>(reserve);
            Collections.shuffle(shuffled, random);
            shuffled.sort(ReserveService.ORDER);
            assertEquals(reserve, shuffled);
        }
        for (int i = 1; i < reserve.size(); i++) {
            assertTrue(reserve.get(i - 1).score().compareTo(reserve.get(i).score()) >= 0);
        }
    }

    private static List<Ranked> reserve(Random random, int size) {
        List<Ranked> reserve = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Facts facts = new Facts(TODAY.minusDays(5_500 + random.nextInt(15_000)), random.nextBoolean() ? null : TODAY.minusDays(5_500 + random.nextInt(3_000)),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(2_000), 4), HazardLevel.values()[random.nextInt(4)],
                    random.nextBoolean() ? null : BigDecimal.valueOf(60 + random.nextInt(120)));
            PriorityScore.Score score = PriorityScore.of(facts, TODAY, WEIGHTS, new BigDecimal("100"));
            assertEquals(score.total(), PriorityScore.total(facts, TODAY, WEIGHTS, new BigDecimal("100")), "the reserve orders by the score it explains");
            reserve.add(new Ranked(new UUID(0, i), "640104-WX-2026-" + String.format("%04d", i), "项目" + i, "11640104MB0000101H", UUID.randomUUID(),
                    BigDecimal.valueOf(10_000 + random.nextInt(900_000), 0).setScale(2), TODAY.minusDays(random.nextInt(3)), score.total(), () -> score));
        }
        reserve.sort(ReserveService.ORDER);
        return reserve;
    }
}
