package cn.onenetwork.common.i18n;

import java.util.Locale;
import java.util.Map;

/** A message with its values, rendered in the reader's language only when it is answered. */
public record Text(MessageKey key, Map<String, Object> args) {

    public String render(Locale locale) {
        return Messages.render(key, args, locale);
    }

    /** In the platform's default language, for logs and for callers that have no reader. */
    @Override
    public String toString() {
        return render(Languages.DEFAULT);
    }
}
