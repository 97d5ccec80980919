package cn.onenetwork.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The labels of a module's enums in both languages ({@code i18n/labels.properties}, Chinese, and {@code _en}, keyed
 * {@code <Schema>.<VALUE>}): published on each enum of the API document as {@code x-enum-descriptions} (which client
 * generators turn into the enum's documentation) and {@code x-enum-descriptions-en}, the Chinese ones in its description
 * too. An enum value without a label in either language fails the build of the document.
 */
public final class EnumLabels {

    public static final String CHINESE = "x-enum-descriptions";
    public static final String ENGLISH = "x-enum-descriptions-en";

    private final Properties chinese;
    private final Properties english;

    private EnumLabels(Properties chinese, Properties english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The module's labels, or null when it has none (the gateway, a module without enums). */
    public static EnumLabels load(ClassLoader loader) {
        Properties chinese = read(loader, "i18n/labels.properties");
        return chinese == null ? null : new EnumLabels(chinese, read(loader, "i18n/labels_en.properties"));
    }

    void describe(String name, Schema schema) {
        if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
            return;
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Object value : schema.getEnumeration()) {
            zh.add(label(chinese, name, value, "i18n/labels.properties"));
            en.add(label(english, name, value, "i18n/labels_en.properties"));
        }
        schema.addExtension(CHINESE, zh);
        schema.addExtension(ENGLISH, en);
        String description = schema.getDescription() == null ? "" : schema.getDescription();
        if (!zh.stream().allMatch(description::contains)) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < zh.size(); i++) {
                all.append(i == 0 ? "" : ", ").append(schema.getEnumeration().get(i)).append(' ').append(zh.get(i));
            }
            schema.setDescription(description.isEmpty() ? all.toString() : description + " (" + all + ")");
        }
    }

    private static String label(Properties labels, String name, Object value, String file) {
        String label = labels == null ? null : labels.getProperty(name + "." + value);
        if (label == null || label.isBlank()) {
            throw new IllegalStateException(file + " has no label for " + name + "." + value);
        }
        return label;
    }

    private static Properties read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
