package cn.onenetwork.property.organisation;

import java.util.Map;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
 * characters 3–8 are the registering division; the 18th is a check character computed modulo 31.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Why a code is not valid: a key of ValidationMessages and the values its message names. */
    public record Problem(String key, Map<String, Object> values) {

        /** The Bean Validation template of the message. */
        public String template() {
            return "{" + key + "}";
        }
    }

    /** Null when the code is valid, otherwise why not. */
    public static Problem problem(String code) {
        if (code == null || code.length() != 18) {
            return new Problem("onenetwork.property.creditCode.length", Map.of());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new Problem("onenetwork.property.creditCode.character", Map.of("position", i + 1, "character", String.valueOf(code.charAt(i))));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return new Problem("onenetwork.property.creditCode.division", Map.of());
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return new Problem("onenetwork.property.creditCode.check", Map.of("actual", String.valueOf(code.charAt(17)), "expected", String.valueOf(expected)));
        }
        return null;
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
