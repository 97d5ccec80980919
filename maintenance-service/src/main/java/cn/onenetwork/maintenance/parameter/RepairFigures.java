package cn.onenetwork.maintenance.parameter;

import cn.onenetwork.rules.LocalFigures.Figure;
import cn.onenetwork.rules.LocalFigures.Tightening;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repair figures as local figures (space-rules LocalFigures), each declared once with the way it binds: what the
 * rows are composed by along a division's chain and what a division may not loosen.
 */
public final class RepairFigures {

    /** Waiting longer before a medium or major repair is stricter. */
    public static final Figure YEARS_BEFORE_MEDIUM_REPAIR = new Figure("yearsBeforeMediumRepair", Tightening.HIGHER);
    public static final Figure MAX_EXTENSION_RATIO = new Figure("maxExtensionRatio", Tightening.LOWER);
    /** Routine work is allowed only below it: a lower limit keeps more work in the procedure. */
    public static final Figure SMALL_BELOW = new Figure("smallBelow", Tightening.LOWER);
    /** A lower threshold tenders more work. */
    public static final Figure TENDER_FROM = new Figure("tenderFrom", Tightening.LOWER);
    /** As month × 100 + day: a county collects declarations no later than its city. */
    public static final Figure DECLARATION_DEADLINE = new Figure("declarationDeadline", Tightening.LOWER);
    public static final Figure REPLACEMENT_VALUE_PER_M2 = new Figure("replacementValuePerM2", Tightening.NONE);
    public static final Figure ENERGY_REFERENCE = new Figure("energyReference", Tightening.NONE);
    public static final Figure WEIGHT_AGE = new Figure("weightAge", Tightening.NONE);
    public static final Figure WEIGHT_SINCE_REPAIR = new Figure("weightSinceRepair", Tightening.NONE);
    public static final Figure WEIGHT_CONDITION = new Figure("weightCondition", Tightening.NONE);
    public static final Figure WEIGHT_HAZARDS = new Figure("weightHazards", Tightening.NONE);
    public static final Figure WEIGHT_ENERGY = new Figure("weightEnergy", Tightening.NONE);

    public static final List<Figure> ALL = List.of(YEARS_BEFORE_MEDIUM_REPAIR, MAX_EXTENSION_RATIO, SMALL_BELOW, TENDER_FROM, DECLARATION_DEADLINE,
            REPLACEMENT_VALUE_PER_M2, ENERGY_REFERENCE, WEIGHT_AGE, WEIGHT_SINCE_REPAIR, WEIGHT_CONDITION, WEIGHT_HAZARDS, WEIGHT_ENERGY);

    private RepairFigures() {
    }

    /** A row's figures by name, as LocalFigures compares them. */
    public static Map<String, BigDecimal> values(ParameterRow r) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(YEARS_BEFORE_MEDIUM_REPAIR.name(), BigDecimal.valueOf(r.yearsBeforeMediumRepair));
        values.put(MAX_EXTENSION_RATIO.name(), r.maxExtensionRatio);
        values.put(SMALL_BELOW.name(), r.smallBelow);
        values.put(TENDER_FROM.name(), r.tenderFrom);
        values.put(DECLARATION_DEADLINE.name(), deadlineValue(r.declarationDeadline));
        values.put(REPLACEMENT_VALUE_PER_M2.name(), r.replacementValuePerM2);
        values.put(ENERGY_REFERENCE.name(), r.energyReference);
        values.put(WEIGHT_AGE.name(), r.weightAge);
        values.put(WEIGHT_SINCE_REPAIR.name(), r.weightSinceRepair);
        values.put(WEIGHT_CONDITION.name(), r.weightCondition);
        values.put(WEIGHT_HAZARDS.name(), r.weightHazards);
        values.put(WEIGHT_ENERGY.name(), r.weightEnergy);
        return values;
    }

    /** MM-DD as a number that orders the days of a year: 03-31 is 331. */
    public static BigDecimal deadlineValue(String monthDay) {
        return BigDecimal.valueOf(Integer.parseInt(monthDay.substring(0, 2)) * 100L + Integer.parseInt(monthDay.substring(3, 5)));
    }

    /** The MM-DD of a deadline's number. */
    public static String deadlineText(BigDecimal value) {
        int v = value.intValueExact();
        return String.format("%02d-%02d", v / 100, v % 100);
    }

    /** A figure's value as the API writes it: a deadline as MM-DD, a number as given. */
    public static String text(Figure figure, BigDecimal value) {
        return figure.equals(DECLARATION_DEADLINE) ? deadlineText(value) : value.toPlainString();
    }

    public static Figure named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no repair figure " + name));
    }
}
