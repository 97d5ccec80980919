package cn.onenetwork.common.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders messages from their modules' resource bundles ({@code <bundle>.properties} in Chinese, {@code <bundle>_en}
 * in English, UTF-8), replacing each {@code {name}} with the value passed under that name. A message that names a value
 * it was not given is a programming error, never a half-rendered text.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    /** Chinese is the root file: no fallback to the server's own locale, which would answer a Chinese reader in English. */
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String render(MessageKey key, Map<String, Object> args, Locale locale) {
        return format(pattern(key, locale), args, key.name(), locale);
    }

    /** The message's text in a language, before its values are put in. */
    public static String pattern(MessageKey key, Locale locale) {
        try {
            return ResourceBundle.getBundle(key.bundle(), Languages.ENGLISH.equals(locale) ? Languages.ENGLISH : Locale.ROOT, key.getClass().getClassLoader(),
                    CONTROL).getString(key.name());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key.name() + " in " + key.bundle() + " for " + locale, e);
        }
    }

    static String format(String pattern, Map<String, Object> args, String name, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!args.containsKey(m.group(1))) {
                throw new IllegalStateException("message " + name + " names {" + m.group(1) + "}, which it was not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text(args.get(m.group(1)), locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A value as the reader reads it: a message in the same language, a number without exponent. */
    private static String text(Object value, Locale locale) {
        if (value instanceof Text text) {
            return text.render(locale);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(value);
    }

    /** The placeholders a pattern names. */
    static java.util.Set<String> placeholders(String pattern) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
