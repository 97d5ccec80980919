package cn.onenetwork.maintenance.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.rules.LocalFigures.Loosening;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairFiguresTest {

    @Test
    void aDeadlineIsComparedAsADayOfTheYear() {
        assertEquals(new BigDecimal("331"), RepairFigures.deadlineValue("03-31"));
        assertEquals(new BigDecimal("1201"), RepairFigures.deadlineValue("12-01"));
        assertEquals("03-01", RepairFigures.deadlineText(new BigDecimal("301")));
        ParameterRow city = row(null, 15, "500000", "03-31", "0.2");
        assertEquals(List.of(new Loosening("declarationDeadline", new BigDecimal("331"), new BigDecimal("401"))),
                LocalFigures.loosenings(RepairFigures.ALL, RepairFigures.values(city), RepairFigures.values(row("640104", 15, "500000", "04-01", "0.9"))));
        assertEquals(List.of(), LocalFigures.loosenings(RepairFigures.ALL, RepairFigures.values(city), RepairFigures.values(row("640104", 15, "500000", "03-30", "0.9"))));
    }

    @Test
    void bindingFiguresAreTheStrictestAlongTheChainTheWeightsTheNearestRows() {
        ParameterRow county = row("640104", 15, "400000", "03-31", "0.4");
        ParameterRow city = row("640100", 20, "300000", "05-31", "0.1");
        ParameterRow platform = row(null, 15, "500000", "03-15", "0.2");
        FiguresInForce f = FiguresInForce.of(List.of(county, city, platform));
        assertEquals(20, f.rules().yearsBeforeMediumRepair());
        assertEquals(new BigDecimal("300000"), f.rules().tenderFrom());
        assertEquals(MonthDay.of(3, 15), f.deadline());
        assertEquals(new BigDecimal("0.4"), f.weights().age());
        assertEquals(new BigDecimal("4000"), f.replacementValuePerM2());
        assertEquals(List.of(county, city, platform), f.rows());
    }

    private static ParameterRow row(String division, int years, String tenderFrom, String deadline, String weightAge) {
        ParameterRow r = new ParameterRow();
        r.divisionCode = division;
        r.yearsBeforeMediumRepair = years;
        r.maxExtensionRatio = new BigDecimal("0.15");
        r.smallBelow = new BigDecimal("50000");
        r.tenderFrom = new BigDecimal(tenderFrom);
        r.declarationDeadline = deadline;
        r.replacementValuePerM2 = new BigDecimal("4000");
        r.energyReference = new BigDecimal("100");
        r.weightAge = new BigDecimal(weightAge);
        r.weightSinceRepair = new BigDecimal("0.2");
        r.weightCondition = new BigDecimal("0.25");
        r.weightHazards = new BigDecimal("0.25");
        r.weightEnergy = new BigDecimal("0.1");
        return r;
    }
}
