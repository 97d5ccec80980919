package cn.onenetwork.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aMessageIsRenderedInTheReadersLanguageWithItsValuesNestedMessagesIncluded() {
        Text text = PlatformText.NOT_FOUND.with(PlatformText.DIVISION.with(), "640104");
        assertEquals("行政区划 640104 不存在，或不在您的管辖范围内", text.render(Languages.CHINESE));
        assertEquals("Division 640104 does not exist or is outside your scope", text.render(Languages.ENGLISH));
        assertEquals("文件有 2048 字节，最多接受 1024.50 字节", PlatformText.DOCUMENT_TOO_LARGE.with(2048, new BigDecimal("1024.50")).render(Languages.CHINESE));
    }

    @Test
    void theWrongNumberOfValuesOrAnUnpassedNameIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> PlatformText.NOT_FOUND.with("only one"));
        assertThrows(IllegalStateException.class, () -> Messages.format("{unit} holds {area}", Map.of("unit", "x"), "TEST", Languages.CHINESE));
    }

    @Test
    void thePlatformsMessagesAreCompleteInBothLanguages() {
        assertEquals(List.of(), BundleCheck.faults(PlatformText.class));
    }
}
