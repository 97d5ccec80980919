package cn.onenetwork.common.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user-visible message: a key of a module's resource bundle and the names of the values the code passes to it. Each
 * module declares its messages as an enum of these, so that a test can check both languages of every key and that no
 * message names a value the code does not pass ({@link BundleCheck}).
 */
public interface MessageKey {

    String name();

    /** The bundle's base name on the class path, e.g. {@code i18n/allocation}: the Chinese file, with {@code _en} beside it. */
    String bundle();

    /** The names of the values, in the order {@link #with} takes them. */
    List<String> parameters();

    /** This message with its values, one per parameter in order. */
    default Text with(Object... values) {
        List<String> names = parameters();
        if (values.length != names.size()) {
            throw new IllegalArgumentException(name() + " takes " + names + ", given " + values.length + " values");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            args.put(names.get(i), values[i]);
        }
        return new Text(this, args);
    }
}
