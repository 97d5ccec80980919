package cn.onenetwork.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import cn.onenetwork.common.i18n.Languages;
import org.junit.jupiter.api.Test;

class StrictParametersTest {

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        assertNull(StrictParameters.problem(boolean.class, "true"));
        assertNull(StrictParameters.problem(Boolean.class, "false"));
        for (String loose : new String[] {"abc", "yes", "1", "TRUE", "", "true "}) {
            assertEquals("must be true or false", english(boolean.class, loose), loose);
        }
    }

    @Test
    void numbersArePlainAndFinite() {
        assertNull(StrictParameters.problem(BigDecimal.class, "18.00"));
        assertNull(StrictParameters.problem(BigDecimal.class, "-0.5"));
        for (String loose : new String[] {"abc", "NaN", "Infinity", "1e309", "1E3", "18.", ".5", "0x10", ""}) {
            assertEquals("must be a plain decimal number such as 12.5 (no exponent, NaN or Infinity)", english(BigDecimal.class, loose), loose);
        }
        assertNull(StrictParameters.problem(Integer.class, "2147483647"));
        assertEquals("must be a whole number between -2147483648 and 2147483647", english(Integer.class, "2147483648"));
        assertEquals("must be a whole number", english(int.class, "1.5"));
        assertNull(StrictParameters.problem(long.class, "2147483648"));
    }

    @Test
    void datesUuidsAndEnumsAreCanonical() {
        assertNull(StrictParameters.problem(LocalDate.class, "2026-12-02"));
        assertEquals("must be a date as yyyy-MM-dd", english(LocalDate.class, "2026-02-30"));
        UUID id = UUID.randomUUID();
        assertNull(StrictParameters.problem(UUID.class, id.toString()));
        assertEquals("must be a UUID", english(UUID.class, "1-1-1-1-1"));
        assertNull(StrictParameters.problem(ChronoUnit.class, "DAYS"));
        assertEquals("must be one of " + java.util.Arrays.toString(ChronoUnit.values()), english(ChronoUnit.class, "days"));
        assertNull(StrictParameters.problem(String.class, "anything"));
    }

    private static String english(Class<?> type, String value) {
        return StrictParameters.problem(type, value).render(Languages.ENGLISH);
    }
}
