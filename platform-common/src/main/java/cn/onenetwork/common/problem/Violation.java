package cn.onenetwork.common.problem;

import cn.onenetwork.common.i18n.MessageKey;
import cn.onenetwork.common.i18n.Text;
import java.util.Locale;

/** What is wrong with one field or parameter, rendered into a {@link FieldError} in the reader's language. */
public record Violation(String field, Text message, String rejectedValue) {

    public static Violation of(String field, MessageKey message, String rejectedValue) {
        return new Violation(field, message.with(), rejectedValue);
    }

    public FieldError render(Locale locale) {
        return new FieldError(field, message.render(locale), rejectedValue);
    }
}
