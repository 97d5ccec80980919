package cn.onenetwork.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleCheckTest {

    /** Messages whose bundle (i18n/bundle-check-sample) misses an English text, names an unpassed value and keeps an orphan. */
    enum Sample implements MessageKey {
        COMPLETE("unit"), NO_ENGLISH, NAMES_MORE("unit");

        private final List<String> parameters;

        Sample(String... parameters) {
            this.parameters = List.of(parameters);
        }

        @Override
        public String bundle() {
            return "i18n/bundle-check-sample";
        }

        @Override
        public List<String> parameters() {
            return parameters;
        }
    }

    @Test
    void aMissingLanguageAnUnpassedValueAndAnOrphanAreEachFound() {
        assertEquals(List.of(
                "NAMES_MORE in i18n/bundle-check-sample names {area}, which the code does not pass [unit]",
                "i18n/bundle-check-sample has ORPHAN, which Sample does not declare",
                "NO_ENGLISH has no text in i18n/bundle-check-sample_en",
                "NAMES_MORE in i18n/bundle-check-sample_en names {area}, which the code does not pass [unit]"), BundleCheck.faults(Sample.class));
    }
}
