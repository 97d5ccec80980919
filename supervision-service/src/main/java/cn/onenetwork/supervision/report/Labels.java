package cn.onenetwork.supervision.report;

import cn.onenetwork.common.i18n.Languages;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels of enum values and of the tables' rank columns (i18n/labels, Chinese, and labels_en), for the sheets, which
 * print labels where JSON gives codes.
 */
public final class Labels {

    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    public static String of(Enum<?> value, Locale locale) {
        return value == null ? "" : get(schema(value) + "." + value.name(), locale);
    }

    /** An administrative level (AdministrativeLevel) by its label. */
    public static String level(String level, Locale locale) {
        return get("AdministrativeLevel." + level, locale);
    }

    /** A 批复编制 column's header: rank codes repeat across levels with different names (正处级 and 处级). */
    public static String rank(String level, String rankCode, Locale locale) {
        return get("Rank." + level + "." + rankCode, locale);
    }

    private static String schema(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName();
    }

    private static String get(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n/labels", Languages.ENGLISH.equals(locale) ? Languages.ENGLISH : Locale.ROOT, Labels.class.getClassLoader(),
                    CONTROL).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label " + key + " in i18n/labels for " + locale, e);
        }
    }
}
