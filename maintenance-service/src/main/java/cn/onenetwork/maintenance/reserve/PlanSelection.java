package cn.onenetwork.maintenance.reserve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reserve projects an annual plan funds: in the reserve's order (score, then declaration day, then number), each that
 * still fits in what is left of the budget; one that does not fit is passed over and the next ones are still tried. The
 * plan's total therefore never exceeds the budget.
 */
public final class PlanSelection {

    private PlanSelection() {
    }

    public record Candidate<T>(T project, BigDecimal amount) {
    }

    public record Selection<T>(List<Candidate<T>> funded, List<Candidate<T>> passedOver, BigDecimal total) {
    }

    public static <T> Selection<T> within(BigDecimal budget, List<Candidate<T>> ordered) {
        List<Candidate<T>> funded = new ArrayList<>();
        List<Candidate<T>> passedOver = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Candidate<T> candidate : ordered) {
            if (total.add(candidate.amount()).compareTo(budget) <= 0) {
                funded.add(candidate);
                total = total.add(candidate.amount());
            } else {
                passedOver.add(candidate);
            }
        }
        return new Selection<>(funded, passedOver, total);
    }
}
