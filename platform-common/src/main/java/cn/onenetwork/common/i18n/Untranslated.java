package cn.onenetwork.common.i18n;

import java.util.List;

/** Text built in code before its module moved its messages into bundles; removed when the last caller has. */
@Deprecated(forRemoval = true)
public enum Untranslated implements MessageKey {
    TEXT;

    @Override
    public String bundle() {
        return "i18n/untranslated";
    }

    @Override
    public List<String> parameters() {
        return List.of("text");
    }
}
