package cn.onenetwork.supervision.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.onenetwork.common.i18n.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingColumnsTest {

    @Test
    void eachLevelReportsTheRanksOfTheNationalTemplateInItsOrderWithTheirHeaders() {
        assertEquals(List.of("市级正职", "市级副职", "正局(处)", "副局(处)", "局(处)级以下"),
                StaffingColumns.of("MUNICIPAL").stream().map(r -> Labels.rank("MUNICIPAL", r, Languages.CHINESE)).toList());
        assertEquals(List.of("县级正职", "县级副职", "正科", "副科", "科级以下"),
                StaffingColumns.of("COUNTY").stream().map(r -> Labels.rank("COUNTY", r, Languages.CHINESE)).toList());
        assertEquals(List.of("乡级正职", "乡级副职", "乡级以下"),
                StaffingColumns.of("TOWNSHIP").stream().map(r -> Labels.rank("TOWNSHIP", r, Languages.CHINESE)).toList());
        for (String level : List.of("CENTRAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP")) {
            StaffingColumns.of(level).forEach(rank -> Labels.rank(level, rank, Languages.ENGLISH));
        }
        assertThrows(IllegalArgumentException.class, () -> StaffingColumns.of("VILLAGE"));
    }
}
