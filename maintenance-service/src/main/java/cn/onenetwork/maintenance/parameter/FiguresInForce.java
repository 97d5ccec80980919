package cn.onenetwork.maintenance.parameter;

import static cn.onenetwork.maintenance.parameter.RepairFigures.DECLARATION_DEADLINE;
import static cn.onenetwork.maintenance.parameter.RepairFigures.ENERGY_REFERENCE;
import static cn.onenetwork.maintenance.parameter.RepairFigures.MAX_EXTENSION_RATIO;
import static cn.onenetwork.maintenance.parameter.RepairFigures.REPLACEMENT_VALUE_PER_M2;
import static cn.onenetwork.maintenance.parameter.RepairFigures.SMALL_BELOW;
import static cn.onenetwork.maintenance.parameter.RepairFigures.TENDER_FROM;
import static cn.onenetwork.maintenance.parameter.RepairFigures.WEIGHT_AGE;
import static cn.onenetwork.maintenance.parameter.RepairFigures.WEIGHT_CONDITION;
import static cn.onenetwork.maintenance.parameter.RepairFigures.WEIGHT_ENERGY;
import static cn.onenetwork.maintenance.parameter.RepairFigures.WEIGHT_HAZARDS;
import static cn.onenetwork.maintenance.parameter.RepairFigures.WEIGHT_SINCE_REPAIR;
import static cn.onenetwork.maintenance.parameter.RepairFigures.YEARS_BEFORE_MEDIUM_REPAIR;

import cn.onenetwork.maintenance.repair.RepairRules;
import cn.onenetwork.maintenance.reserve.PriorityScore;
import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.rules.LocalFigures.Figure;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repair figures that apply to a division on a day, composed along its chain: the binding ones the strictest of the
 * rows in force, the others the nearest row's.
 *
 * @param values every figure by name, composed
 * @param rows the rows they were composed from, the division's own first, the platform's last
 */
public record FiguresInForce(Map<String, BigDecimal> values, List<ParameterRow> rows) {

    /** Composes the rows in force along a chain, nearest first, the platform's last. */
    public static FiguresInForce of(List<ParameterRow> rowsNearestFirst) {
        List<Map<String, BigDecimal>> rows = rowsNearestFirst.stream().map(RepairFigures::values).toList();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure figure : RepairFigures.ALL) {
            values.put(figure.name(), LocalFigures.inForce(figure, rows));
        }
        return new FiguresInForce(Map.copyOf(values), List.copyOf(rowsNearestFirst));
    }

    public BigDecimal value(Figure figure) {
        return values.get(figure.name());
    }

    public RepairRules.Parameters rules() {
        return new RepairRules.Parameters(value(YEARS_BEFORE_MEDIUM_REPAIR).intValueExact(), value(MAX_EXTENSION_RATIO), value(SMALL_BELOW), value(TENDER_FROM));
    }

    public MonthDay deadline() {
        return MonthDay.parse("--" + RepairFigures.deadlineText(value(DECLARATION_DEADLINE)));
    }

    public PriorityScore.Weights weights() {
        return new PriorityScore.Weights(value(WEIGHT_AGE), value(WEIGHT_SINCE_REPAIR), value(WEIGHT_CONDITION), value(WEIGHT_HAZARDS), value(WEIGHT_ENERGY));
    }

    public BigDecimal replacementValuePerM2() {
        return value(REPLACEMENT_VALUE_PER_M2);
    }

    public BigDecimal energyReference() {
        return value(ENERGY_REFERENCE);
    }
}
