package cn.onenetwork.maintenance.repair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The classification rules of domain.md §7 as plain functions of the facts, the day and the division's parameters in
 * force. Each refusal carries a stable code and the rule, figures and dates that decided it.
 */
public final class RepairRules {

    private RepairRules() {
    }

    /**
     * A division's figures, dated data like the area standards.
     *
     * @param yearsBeforeMediumRepair full years in use (and since the last medium or major repair) before one may be declared (15)
     * @param maxExtensionRatio the share of the original floor area a major repair may add (0.15)
     * @param smallBelow cost below which a project is small (50,000 元)
     * @param tenderFrom cost from which a project is large and publicly tendered (500,000 元)
     */
    public record Parameters(int yearsBeforeMediumRepair, BigDecimal maxExtensionRatio, BigDecimal smallBelow, BigDecimal tenderFrom) {

        /** The defaults of domain.md §7, for a division that set none. */
        public static final Parameters DEFAULTS = new Parameters(15, new BigDecimal("0.15"), new BigDecimal("50000"), new BigDecimal("500000"));
    }

    /** Why a declaration is refused: a stable code and the sentence with the figures and dates. */
    public record Refusal(String code, String detail) {
    }

    /**
     * The 15-year rule: routine repairs always; a medium or major repair only from the day the building has been in use the
     * full number of years (以上 includes the figure), and as many years after its last medium or major repair.
     */
    public static Optional<Refusal> classAllowed(RepairClass requested, LocalDate completedOn, LocalDate lastMediumOrMajor, LocalDate today,
            Parameters parameters) {
        if (requested == RepairClass.ROUTINE) {
            return Optional.empty();
        }
        int years = parameters.yearsBeforeMediumRepair();
        LocalDate inUseLongEnough = completedOn.plusYears(years);
        if (today.isBefore(inUseLongEnough)) {
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", "Completed on " + completedOn + ", the building is in use "
                    + years + " full years only from " + inUseLongEnough + "; until then (today is " + today + ") it gets routine repairs only"));
        }
        if (lastMediumOrMajor != null && today.isBefore(lastMediumOrMajor.plusYears(years))) {
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", "The last medium or major repair was completed on " + lastMediumOrMajor
                    + "; another may be declared from " + lastMediumOrMajor.plusYears(years) + " (today is " + today + "), routine repairs until then"));
        }
        return Optional.empty();
    }

    /** Only a major repair may extend the building, by at most the ratio of its original floor area (exactly the ratio is allowed). */
    public static Optional<Refusal> extensionAllowed(RepairClass requested, BigDecimal originalFloorArea, BigDecimal extension, Parameters parameters) {
        if (extension == null || extension.signum() == 0) {
            return Optional.empty();
        }
        if (requested != RepairClass.MAJOR) {
            return Optional.of(new Refusal("EXTENSION_ONLY_IN_MAJOR_REPAIR", "A " + requested + " repair adds no floor area; " + extension
                    + " m² were asked"));
        }
        BigDecimal limit = originalFloorArea.multiply(parameters.maxExtensionRatio());
        if (extension.compareTo(limit) > 0) {
            return Optional.of(new Refusal("EXTENSION_ABOVE_LIMIT", "A major repair may add at most " + parameters.maxExtensionRatio().movePointRight(2)
                    .stripTrailingZeros().toPlainString() + "% of the original " + originalFloorArea + " m², that is " + limit.stripTrailingZeros()
                    .toPlainString() + " m²; " + extension + " m² were asked"));
        }
        return Optional.empty();
    }

    /** The approval level a cost falls into, and whether it is tendered publicly. */
    public enum CostBand {
        SMALL, MEDIUM, LARGE;

        public boolean tendered() {
            return this == LARGE;
        }
    }

    public static CostBand band(BigDecimal cost, Parameters parameters) {
        if (cost.compareTo(parameters.smallBelow()) < 0) {
            return CostBand.SMALL;
        }
        return cost.compareTo(parameters.tenderFrom()) < 0 ? CostBand.MEDIUM : CostBand.LARGE;
    }
}
