package cn.onenetwork.supervision.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** m² and yuan as the tables write them: two decimals. */
public final class Areas {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Areas() {
    }

    public static BigDecimal of(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Yuan as 万元, two decimals, as the 建设项目 table states investment. */
    public static BigDecimal tenThousands(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }
}
