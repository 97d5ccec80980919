package cn.onenetwork.supervision.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.common.i18n.BundleCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionTextTest {

    @Test
    void everyMessageHasBothLanguagesAndNamesOnlyTheValuesTheCodePasses() {
        assertEquals(List.of(), BundleCheck.faults(SupervisionText.class));
    }
}
