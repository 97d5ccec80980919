package cn.onenetwork.maintenance.reserve;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.repair.HazardLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reserve's priority score (domain.md §7: age, years since the last repair, ageing and damage, safety hazards, energy
 * use), transparent: each part is a value from 0 to 100 with the basis it was read from, and the score is their weighted
 * mean with the division's weights, 0 to 100, to two decimals.
 */
public final class PriorityScore {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** 50 years of use (or without a medium or major repair) count full. */
    private static final BigDecimal POINTS_PER_YEAR = new BigDecimal("2");
    /** A condition index of 10%, the threshold of poor, counts full. */
    private static final BigDecimal POINTS_PER_FCI = new BigDecimal("1000");

    private PriorityScore() {
    }

    public record Weights(BigDecimal age, BigDecimal sinceRepair, BigDecimal condition, BigDecimal hazards, BigDecimal energy) {

        BigDecimal sum() {
            return age.add(sinceRepair).add(condition).add(hazards).add(energy);
        }
    }

    /**
     * What a project is scored by.
     *
     * @param completedOn the building's completion date
     * @param lastMediumOrMajorRepair its last medium or major repair's acceptance, null if none
     * @param conditionIndex the building's facility condition index (deferred maintenance ÷ replacement value), null if never inspected
     * @param hazard the gravest hazard declared
     * @param energyUseIntensity declared energy use, kWh/m² a year, null if not declared
     */
    public record Facts(LocalDate completedOn, LocalDate lastMediumOrMajorRepair, BigDecimal conditionIndex, HazardLevel hazard, BigDecimal energyUseIntensity) {
    }

    @Schema(name = "ScorePartName", description = "AGE 房龄, SINCE_LAST_REPAIR 距上次中修或大修年限, CONDITION 损坏老化程度 (condition index), HAZARDS 安全隐患, ENERGY 能耗")
    public enum PartName {
        AGE, SINCE_LAST_REPAIR, CONDITION, HAZARDS, ENERGY
    }

    /** One part of a score: its value from 0 to 100, its weight, and what it was read from, rendered when answered. */
    public record Part(PartName name, BigDecimal value, BigDecimal weight, Text basis) {
    }

    public record Score(BigDecimal total, List<Part> parts) {
    }

    /** The score with its parts, each with the basis it was read from. */
    public static Score of(Facts facts, LocalDate today, Weights weights, BigDecimal energyReference) {
        BigDecimal[] values = values(facts, today, energyReference);
        int age = facts.completedOn() == null ? 0 : Period.between(facts.completedOn(), today).getYears();
        LocalDate since = since(facts);
        int sinceYears = since == null ? 0 : Period.between(since, today).getYears();
        List<Part> parts = List.of(
                new Part(PartName.AGE, values[0], weights.age(), facts.completedOn() == null ? MaintenanceText.BASIS_COMPLETION_UNKNOWN.with()
                        : MaintenanceText.BASIS_AGE.with(age, facts.completedOn())),
                new Part(PartName.SINCE_LAST_REPAIR, values[1], weights.sinceRepair(), since == null ? MaintenanceText.BASIS_COMPLETION_UNKNOWN.with()
                        : (facts.lastMediumOrMajorRepair() != null ? MaintenanceText.BASIS_SINCE_REPAIR : MaintenanceText.BASIS_SINCE_COMPLETION)
                        .with(sinceYears, since)),
                new Part(PartName.CONDITION, values[2], weights.condition(), facts.conditionIndex() == null ? MaintenanceText.BASIS_NOT_INSPECTED.with()
                        : MaintenanceText.BASIS_CONDITION.with(facts.conditionIndex().movePointRight(2).setScale(2, RoundingMode.HALF_UP))),
                new Part(PartName.HAZARDS, values[3], weights.hazards(), MaintenanceText.BASIS_HAZARD.with(facts.hazard())),
                new Part(PartName.ENERGY, values[4], weights.energy(), facts.energyUseIntensity() == null ? MaintenanceText.BASIS_ENERGY_NOT_DECLARED.with()
                        : MaintenanceText.BASIS_ENERGY.with(facts.energyUseIntensity(), energyReference)));
        return new Score(total(values, weights), parts);
    }

    /** The score alone, as the reserve orders by it: the same figure as {@link #of}, without the explanation. */
    public static BigDecimal total(Facts facts, LocalDate today, Weights weights, BigDecimal energyReference) {
        return total(values(facts, today, energyReference), weights);
    }

    /** AGE, SINCE_LAST_REPAIR, CONDITION, HAZARDS, ENERGY, each 0 to 100. */
    private static BigDecimal[] values(Facts facts, LocalDate today, BigDecimal energyReference) {
        int age = facts.completedOn() == null ? 0 : Period.between(facts.completedOn(), today).getYears();
        LocalDate since = since(facts);
        int sinceYears = since == null ? 0 : Period.between(since, today).getYears();
        return new BigDecimal[] {
            cap(POINTS_PER_YEAR.multiply(BigDecimal.valueOf(age))),
            cap(POINTS_PER_YEAR.multiply(BigDecimal.valueOf(sinceYears))),
            facts.conditionIndex() == null ? BigDecimal.ZERO.setScale(2) : cap(POINTS_PER_FCI.multiply(facts.conditionIndex())),
            hazardPoints(facts.hazard()),
            energy(facts.energyUseIntensity(), energyReference)};
    }

    private static LocalDate since(Facts facts) {
        return facts.lastMediumOrMajorRepair() != null ? facts.lastMediumOrMajorRepair() : facts.completedOn();
    }

    private static BigDecimal total(BigDecimal[] values, Weights weights) {
        BigDecimal sum = weights.sum();
        if (sum.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal weighted = values[0].multiply(weights.age()).add(values[1].multiply(weights.sinceRepair())).add(values[2].multiply(weights.condition()))
                .add(values[3].multiply(weights.hazards())).add(values[4].multiply(weights.energy()));
        return weighted.divide(sum, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal energy(BigDecimal intensity, BigDecimal reference) {
        if (intensity == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return cap(intensity.subtract(reference).max(BigDecimal.ZERO).multiply(HUNDRED).divide(reference, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal hazardPoints(HazardLevel hazard) {
        BigDecimal points = switch (hazard) {
            case NONE -> BigDecimal.ZERO;
            case LOW -> new BigDecimal("30");
            case MEDIUM -> new BigDecimal("60");
            case HIGH -> HUNDRED;
        };
        return points.setScale(2);
    }

    private static BigDecimal cap(BigDecimal points) {
        return points.min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
