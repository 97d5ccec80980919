package cn.onenetwork.property.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.common.i18n.BundleCheck;
import cn.onenetwork.common.i18n.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertyTextTest {

    @Test
    void everyMessageHasBothLanguagesAndNamesOnlyTheValuesTheCodePasses() {
        assertEquals(List.of(), BundleCheck.faults(PropertyText.class));
    }

    @Test
    void aMessageReadsInTheReadersLanguageWithItsValues() {
        assertEquals("楼座 XQ-001 已有房间 301", PropertyText.DUPLICATE_ROOM_NUMBER.with("XQ-001", "301").render(Languages.CHINESE));
        assertEquals("Building XQ-001 already has room 301", PropertyText.DUPLICATE_ROOM_NUMBER.with("XQ-001", "301").render(Languages.ENGLISH));
    }

    @Test
    void theValidationMessagesHaveTheSameKeysInBothLanguages() throws IOException {
        assertEquals(load("ValidationMessages.properties").stringPropertyNames(), load("ValidationMessages_en.properties").stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PropertyTextTest.class.getClassLoader().getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
