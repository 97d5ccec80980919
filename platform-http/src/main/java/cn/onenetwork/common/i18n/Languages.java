package cn.onenetwork.common.i18n;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages the platform answers in: simplified Chinese by default, English when the caller asks for it. The
 * {@code Accept-Language} header is read with its quality values; a language the platform does not speak is skipped,
 * and when none is left the answer is Chinese.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = CHINESE;

    private Languages() {
    }

    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage.length() > 500 ? acceptLanguage.substring(0, 500) : acceptLanguage);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        return ranges.stream().filter(r -> r.getWeight() > 0).sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(r -> spoken(r.getRange())).filter(l -> l != null).findFirst().orElse(DEFAULT);
    }

    /** The language tag of an answer in this language, for {@code Content-Language}. */
    public static String tag(Locale locale) {
        return ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    private static Locale spoken(String range) {
        String language = range.toLowerCase(Locale.ROOT);
        if (language.equals("*") || language.startsWith("zh")) {
            return CHINESE;
        }
        if (language.equals("en") || language.startsWith("en-")) {
            return ENGLISH;
        }
        return null;
    }
}
