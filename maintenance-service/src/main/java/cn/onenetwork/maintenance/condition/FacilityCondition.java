package cn.onenetwork.maintenance.condition;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 设施状况指数 (facility condition index): deferred maintenance ÷ replacement value, the replacement value being the gross
 * floor area × the division's value per m². Banded good up to 5%, fair up to 10%, poor above.
 */
public final class FacilityCondition {

    private static final BigDecimal GOOD_UP_TO = new BigDecimal("0.05");
    private static final BigDecimal FAIR_UP_TO = new BigDecimal("0.10");

    private FacilityCondition() {
    }

    public enum Band {
        GOOD, FAIR, POOR
    }

    public static BigDecimal replacementValue(BigDecimal grossFloorArea, BigDecimal valuePerM2) {
        return grossFloorArea.multiply(valuePerM2).setScale(2, RoundingMode.HALF_UP);
    }

    /** The index to four decimals (0.0525 is 5.25%); zero when the replacement value is zero. */
    public static BigDecimal index(BigDecimal deferredMaintenance, BigDecimal replacementValue) {
        if (replacementValue.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return deferredMaintenance.divide(replacementValue, 4, RoundingMode.HALF_UP);
    }

    /** The indexes a band holds: above the first figure (exclusive), up to the second (inclusive); null for no bound. */
    public record Range(BigDecimal above, BigDecimal upTo) {
    }

    public static Range range(Band band) {
        return switch (band) {
            case GOOD -> new Range(null, GOOD_UP_TO);
            case FAIR -> new Range(GOOD_UP_TO, FAIR_UP_TO);
            case POOR -> new Range(FAIR_UP_TO, null);
        };
    }

    public static Band band(BigDecimal index) {
        if (index.compareTo(GOOD_UP_TO) <= 0) {
            return Band.GOOD;
        }
        return index.compareTo(FAIR_UP_TO) <= 0 ? Band.FAIR : Band.POOR;
    }
}
