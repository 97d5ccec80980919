package cn.onenetwork.supervision.report;

import cn.onenetwork.common.i18n.MessageKey;
import cn.onenetwork.common.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Labels of enum values and of the tables' rank columns (i18n/labels, Chinese, and labels_en), for the sheets, which
 * print labels where JSON gives codes; rendered by the platform's Messages as every other text is.
 */
public final class Labels {

    /** A label as a message without values: its key is the schema's name and the value, or a rank column's. */
    private record Label(String name) implements MessageKey {
        @Override
        public String bundle() {
            return "i18n/labels";
        }

        @Override
        public List<String> parameters() {
            return List.of();
        }
    }

    private Labels() {
    }

    public static String of(Enum<?> value, Locale locale) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
    }

    /** An administrative level (AdministrativeLevel) by its label. */
    public static String level(String level, Locale locale) {
        return get("AdministrativeLevel." + level, locale);
    }

    /** A 批复编制 column's header: rank codes repeat across levels with different names (正处级 and 处级). */
    public static String rank(String level, String rankCode, Locale locale) {
        return get("Rank." + level + "." + rankCode, locale);
    }

    private static String get(String key, Locale locale) {
        return Messages.render(new Label(key), Map.of(), locale);
    }
}
