package cn.onenetwork.rules;

import java.util.regex.Pattern;

/**
 * GB/T 2260 division codes and the scope rule built on them (管理本级、指导下级): a division's
 * descendants are exactly the codes that start with its scope prefix.
 */
public final class DivisionCodes {

    /** GB/T 2260's code for the whole country: the root of every division tree. */
    public static final String NATIONAL = "100000";

    private static final Pattern COUNTY_OR_ABOVE = Pattern.compile("\\d{6}");
    private static final Pattern TOWNSHIP = Pattern.compile("\\d{9}|\\d{12}");

    private DivisionCodes() {
    }

    /** Six digits for county level and above; nine or twelve for townships and below. */
    public static boolean isWellFormed(String code) {
        return code != null && (COUNTY_OR_ABOVE.matcher(code).matches() || TOWNSHIP.matcher(code).matches());
    }

    /**
     * The prefix shared by a division and all its descendants: 640000 → "64", 640100 → "6401",
     * 640104 → "640104"; the national root covers every code.
     */
    public static String scopePrefix(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a GB/T 2260 division code: " + code);
        }
        if (NATIONAL.equals(code)) {
            return "";
        }
        if (code.length() == 6) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            if (code.endsWith("00")) {
                return code.substring(0, 4);
            }
        }
        return code;
    }

    /** True when {@code candidate} is {@code ancestor} itself or lies below it. */
    public static boolean covers(String ancestor, String candidate) {
        return isWellFormed(candidate) && candidate.startsWith(scopePrefix(ancestor));
    }

    /**
     * The division one level up: a township's county, a county's city, a city's province, a province's nation; null for the
     * nation. Read from the code alone, as GB/T 2260 builds it.
     */
    public static String levelAbove(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a GB/T 2260 division code: " + code);
        }
        if (code.length() > 6) {
            return code.length() == 12 ? code.substring(0, 9) : code.substring(0, 6);
        }
        if (NATIONAL.equals(code)) {
            return null;
        }
        if (code.endsWith("0000")) {
            return NATIONAL;
        }
        return code.endsWith("00") ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
    }
}
