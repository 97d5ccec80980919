package cn.onenetwork.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What a module's test asserts of its messages: each key has a Chinese and an English text, neither names a value the
 * code does not pass, and no text is left in a bundle without its key.
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** The faults found, empty when the messages are complete. */
    public static <E extends Enum<E> & MessageKey> List<String> faults(Class<E> messages) {
        List<String> faults = new ArrayList<>();
        E[] keys = messages.getEnumConstants();
        String bundle = keys[0].bundle();
        for (String suffix : List.of("", "_en")) {
            Properties texts = load(messages, bundle + suffix + ".properties", faults);
            Set<String> declared = new HashSet<>();
            for (E key : keys) {
                declared.add(key.name());
                String text = texts.getProperty(key.name());
                if (text == null || text.isBlank()) {
                    faults.add(key.name() + " has no text in " + bundle + suffix);
                    continue;
                }
                for (String name : Messages.placeholders(text)) {
                    if (!key.parameters().contains(name)) {
                        faults.add(key.name() + " in " + bundle + suffix + " names {" + name + "}, which the code does not pass " + key.parameters());
                    }
                }
            }
            texts.stringPropertyNames().stream().filter(k -> !declared.contains(k)).sorted()
                    .forEach(k -> faults.add(bundle + suffix + " has " + k + ", which " + messages.getSimpleName() + " does not declare"));
        }
        return faults;
    }

    private static Properties load(Class<?> owner, String resource, List<String> faults) {
        Properties texts = new Properties();
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                faults.add(resource + " is missing");
            } else {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            faults.add(resource + " cannot be read: " + e.getMessage());
        }
        return texts;
    }
}
