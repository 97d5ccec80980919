package cn.onenetwork.maintenance.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.maintenance.condition.FacilityCondition.Band;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FacilityConditionTest {

    @Test
    void theIndexIsDeferredMaintenanceOverReplacementValueBandedAtFiveAndTenPercent() {
        BigDecimal replacement = FacilityCondition.replacementValue(new BigDecimal("1000.00"), new BigDecimal("4000"));
        assertEquals(new BigDecimal("4000000.00"), replacement);
        assertEquals(new BigDecimal("0.0750"), FacilityCondition.index(new BigDecimal("300000"), replacement));
        assertEquals(Band.GOOD, FacilityCondition.band(new BigDecimal("0.0500")));
        assertEquals(Band.FAIR, FacilityCondition.band(new BigDecimal("0.0501")));
        assertEquals(Band.FAIR, FacilityCondition.band(new BigDecimal("0.1000")));
        assertEquals(Band.POOR, FacilityCondition.band(new BigDecimal("0.1001")));
    }
}
