package cn.onenetwork.allocation.parameter;

import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.rules.LocalFigures.Figure;
import cn.onenetwork.rules.LocalFigures.Tightening;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The allocation figures in force for a division on a day, each the strictest along its chain of divisions: none has a
 * verified national number (domain.md §4–§5), so each is data.
 *
 * @param maxMonthlyRentPerSquareMetre 租金上限, 元 per m² of use area per month, compared unrounded
 * @param leaseReminderLeadMonths how long before a lease's expiry its reminder falls due (one province: 3 months)
 * @param vacatingDeadlineMonths how long a dissolved, merged or relocated unit has to hand its space back
 * @param promiseExpiryDays how long rooms promised to an approved request stay promised
 */
public record AllocationFigures(BigDecimal maxMonthlyRentPerSquareMetre, int leaseReminderLeadMonths, int vacatingDeadlineMonths, int promiseExpiryDays) {

    static final Figure RENT_CAP = new Figure("maxMonthlyRentPerSquareMetre", Tightening.LOWER);
    static final Figure REMINDER_LEAD = new Figure("leaseReminderLeadMonths", Tightening.HIGHER);
    static final Figure VACATING_DEADLINE = new Figure("vacatingDeadlineMonths", Tightening.LOWER);
    static final Figure PROMISE_EXPIRY = new Figure("promiseExpiryDays", Tightening.LOWER);
    static final List<Figure> ALL = List.of(RENT_CAP, REMINDER_LEAD, VACATING_DEADLINE, PROMISE_EXPIRY);

    /** Composed from the rows in force along a division's chain, nearest first, the platform's last. */
    static AllocationFigures of(List<Map<String, BigDecimal>> rowsNearestFirst) {
        return new AllocationFigures(LocalFigures.inForce(RENT_CAP, rowsNearestFirst),
                LocalFigures.inForce(REMINDER_LEAD, rowsNearestFirst).intValueExact(),
                LocalFigures.inForce(VACATING_DEADLINE, rowsNearestFirst).intValueExact(),
                LocalFigures.inForce(PROMISE_EXPIRY, rowsNearestFirst).intValueExact());
    }

    Map<String, BigDecimal> byName() {
        return Map.of(RENT_CAP.name(), maxMonthlyRentPerSquareMetre, REMINDER_LEAD.name(), BigDecimal.valueOf(leaseReminderLeadMonths),
                VACATING_DEADLINE.name(), BigDecimal.valueOf(vacatingDeadlineMonths), PROMISE_EXPIRY.name(), BigDecimal.valueOf(promiseExpiryDays));
    }
}
