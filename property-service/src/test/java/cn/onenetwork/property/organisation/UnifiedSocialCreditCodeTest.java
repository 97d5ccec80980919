package cn.onenetwork.property.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        assertNull(UnifiedSocialCreditCode.problem("91350100M000100Y43"));
        assertNull(UnifiedSocialCreditCode.problem("91110000600037341L"));
    }

    @Test
    void namesTheWrongCheckCharacter() {
        assertEquals(new UnifiedSocialCreditCode.Problem("onenetwork.property.creditCode.check", Map.of("actual", "4", "expected", "3")),
                UnifiedSocialCreditCode.problem("91350100M000100Y44"));
    }

    @Test
    void rejectsLettersTheStandardLeavesOut() {
        assertEquals(new UnifiedSocialCreditCode.Problem("onenetwork.property.creditCode.character", Map.of("position", 14, "character", "O")),
                UnifiedSocialCreditCode.problem("91350100M0001O0Y43"));
    }

    @Test
    void rejectsWrongLengthAndNonDigitDivision() {
        assertEquals("onenetwork.property.creditCode.length", UnifiedSocialCreditCode.problem("9135010").key());
        assertEquals("onenetwork.property.creditCode.division", UnifiedSocialCreditCode.problem("91A50100M000100Y43").key());
    }

    @Test
    void everyFirstSeventeenHasExactlyOneCheckCharacter() {
        String base = "11640104";
        for (int i = 0; i < 1000; i++) {
            String first17 = base + String.format("M%08d", i);
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            assertNull(UnifiedSocialCreditCode.problem(code), code);
            int wrong = 0;
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(17) && UnifiedSocialCreditCode.isValid(first17 + c)) {
                    wrong++;
                }
            }
            assertEquals(0, wrong);
        }
    }
}
