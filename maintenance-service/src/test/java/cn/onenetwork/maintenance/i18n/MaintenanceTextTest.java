package cn.onenetwork.maintenance.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.i18n.BundleCheck;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceTextTest {

    @Test
    void everyMessageHasBothLanguagesAndNamesOnlyTheValuesTheCodePasses() {
        assertEquals(List.of(), BundleCheck.faults(MaintenanceText.class));
    }

    @Test
    void everyRepairRuleNamesItsSourceInChinese() {
        List<MaintenanceText> rules = Arrays.stream(MaintenanceText.values()).filter(k -> k.name().startsWith("RULE_")).toList();
        assertEquals(10, rules.size());
        for (MaintenanceText rule : rules) {
            String chinese = Messages.pattern(rule, Languages.CHINESE);
            assertTrue(chinese.contains("《") || chinese.contains("陕西省2022年"), rule + ": " + chinese);
        }
        assertTrue(Messages.pattern(MaintenanceText.RULE_SPLITTING, Languages.CHINESE).contains("化整为零"));
    }

    @Test
    void aListIsJoinedTheWayItsReaderWrites() {
        var list = MaintenanceText.list(List.of(MaintenanceText.CLASS_MEDIUM.with(), MaintenanceText.CLASS_MAJOR.with(), MaintenanceText.ESTIMATE.with()));
        assertEquals("中修、大修、估算金额", list.render(Languages.CHINESE));
        assertEquals("MEDIUM, MAJOR, estimate", list.render(Languages.ENGLISH));
        assertEquals("估算金额", MaintenanceText.list(List.of(MaintenanceText.ESTIMATE.with())).render(Languages.CHINESE));
    }
}
