package cn.onenetwork.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.onenetwork.rules.LocalFigures.Figure;
import cn.onenetwork.rules.LocalFigures.Loosening;
import cn.onenetwork.rules.LocalFigures.StartRefusal;
import cn.onenetwork.rules.LocalFigures.Tightening;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalFiguresTest {

    private static final Figure RENT_CAP = new Figure("rentCap", Tightening.LOWER);
    private static final Figure REMINDER_LEAD = new Figure("reminderLead", Tightening.HIGHER);
    private static final Figure WEIGHT = new Figure("weight", Tightening.NONE);
    private static final List<Figure> ALL = List.of(RENT_CAP, REMINDER_LEAD, WEIGHT);

    private static Map<String, BigDecimal> row(String rentCap, String reminderLead, String weight) {
        return Map.of("rentCap", new BigDecimal(rentCap), "reminderLead", new BigDecimal(reminderLead), "weight", new BigDecimal(weight));
    }

    @Test
    void chainRunsFromTheDivisionUpToTheNation() {
        assertEquals(List.of("640104", "640100", "640000", "100000"), LocalFigures.chain("640104"));
        assertEquals(List.of("100000"), LocalFigures.chain("100000"));
    }

    @Test
    void aBindingFigureIsTheStrictestAlongTheChainAndAJudgementTheNearest() {
        List<Map<String, BigDecimal>> countyCityPlatform = List.of(row("55", "3", "0.1"), row("50", "4", "0.3"), row("60", "3", "0.2"));
        assertEquals(new BigDecimal("50"), LocalFigures.inForce(RENT_CAP, countyCityPlatform));
        assertEquals(new BigDecimal("4"), LocalFigures.inForce(REMINDER_LEAD, countyCityPlatform));
        assertEquals(new BigDecimal("0.1"), LocalFigures.inForce(WEIGHT, countyCityPlatform));
        assertEquals(new BigDecimal("60"), LocalFigures.inForce(RENT_CAP, List.of(row("60", "3", "0.2"))));
        assertThrows(IllegalArgumentException.class, () -> LocalFigures.inForce(RENT_CAP, List.of()));
    }

    @Test
    void looseningIsFoundUnroundedAndEqualOrTighterPasses() {
        Map<String, BigDecimal> inherited = row("60.00", "3", "0.2");
        assertEquals(List.of(new Loosening("rentCap", new BigDecimal("60.00"), new BigDecimal("60.001"))),
                LocalFigures.loosenings(ALL, inherited, row("60.001", "3", "0.9")));
        assertEquals(List.of(new Loosening("reminderLead", new BigDecimal("3"), new BigDecimal("2"))),
                LocalFigures.loosenings(ALL, inherited, row("60", "2", "0.2")));
        assertEquals(List.of(), LocalFigures.loosenings(ALL, inherited, row("60.0", "3", "0")));
        assertEquals(List.of(), LocalFigures.loosenings(ALL, inherited, row("59.99", "6", "5")));
    }

    @Test
    void aRowStartsFromTodayOnAndAfterTheCurrentOne() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(Optional.of(StartRefusal.BACK_DATED), LocalFigures.startRefusal(today.minusDays(1), today, null));
        assertEquals(Optional.empty(), LocalFigures.startRefusal(today, today, null));
        assertEquals(Optional.of(StartRefusal.NOT_AFTER_CURRENT), LocalFigures.startRefusal(today, today, today));
        assertEquals(Optional.empty(), LocalFigures.startRefusal(today.plusDays(1), today, today));
    }
}
