package cn.onenetwork.allocation.recommend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A floor label read as a number to measure distance by: "3", "3F", "3层" → 3; "B1", "-1", "地下1层" → -1; anything else unknown. */
public final class FloorNumbers {

    private static final Pattern ABOVE = Pattern.compile("(\\d{1,3})\\s*(?:F|层|楼)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW = Pattern.compile("(?:B|-|地下)\\s*(\\d{1,2})\\s*(?:F|层)?", Pattern.CASE_INSENSITIVE);

    private FloorNumbers() {
    }

    public static Integer parse(String label) {
        if (label == null) {
            return null;
        }
        String text = label.strip();
        Matcher below = BELOW.matcher(text);
        if (below.matches()) {
            return -Integer.parseInt(below.group(1));
        }
        Matcher above = ABOVE.matcher(text);
        return above.matches() ? Integer.valueOf(above.group(1)) : null;
    }
}
