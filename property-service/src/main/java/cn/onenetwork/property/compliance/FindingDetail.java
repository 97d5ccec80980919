package cn.onenetwork.property.compliance;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.Messages;
import cn.onenetwork.property.i18n.PropertyText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A finding's detail as data, not prose: a message of the registry's bundle and its values, stored and published as
 * they are and rendered only for a reader. A value is a text (names, numbers, dates, codes), a list of them (joined as
 * the reader's language joins a list) or a nested message ({@code key} and {@code values}), so that it survives JSON.
 */
public record FindingDetail(PropertyText key, Map<String, Object> values) {

    public FindingDetail {
        values = Map.copyOf(values);
    }

    /** The message with its values, one per parameter in order. */
    public static FindingDetail of(PropertyText key, Object... values) {
        List<String> names = key.parameters();
        if (names.size() != values.length) {
            throw new IllegalArgumentException(key + " takes " + names + ", given " + values.length + " values");
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            stored.put(names.get(i), storable(values[i]));
        }
        return new FindingDetail(key, stored);
    }

    /** As read back from the database or an event. */
    public static FindingDetail stored(String key, Map<String, Object> values) {
        return new FindingDetail(PropertyText.valueOf(key), values == null ? Map.of() : values);
    }

    public String render(Locale locale) {
        Map<String, Object> args = new LinkedHashMap<>();
        values.forEach((name, value) -> args.put(name, shown(value, locale)));
        return Messages.render(key, args, locale);
    }

    private static Object storable(Object value) {
        if (value instanceof FindingDetail nested) {
            return Map.of("key", nested.key.name(), "values", nested.values);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FindingDetail::storable).toList();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static String shown(Object value, Locale locale) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> shown(v, locale)).collect(Collectors.joining(Languages.ENGLISH.equals(locale) ? ", " : "、"));
        }
        if (value instanceof Map<?, ?> nested) {
            return stored((String) nested.get("key"), (Map<String, Object>) nested.get("values")).render(locale);
        }
        return String.valueOf(value);
    }
}
