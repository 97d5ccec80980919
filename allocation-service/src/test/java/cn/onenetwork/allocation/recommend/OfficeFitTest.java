package cn.onenetwork.allocation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.allocation.recommend.OfficeFit.Office;
import cn.onenetwork.allocation.recommend.OfficeFit.OverStandard;
import cn.onenetwork.allocation.recommend.Recommender.Staff;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfficeFitTest {

    private static Office office(String number, String area) {
        return new Office(UUID.nameUUIDFromBytes(number.getBytes()), number, new BigDecimal(area));
    }

    private static final List<Staff> CHIEF_AND_TWO_CLERKS = List.of(new Staff("SECTION_CHIEF", 1, new BigDecimal("18.00")),
            new Staff("BELOW_SECTION", 2, new BigDecimal("9.00")));

    @Test
    void officesWithinTheirPeoplesStandardsPass() {
        assertEquals(List.of(), OfficeFit.overStandard(CHIEF_AND_TWO_CLERKS, List.of(office("301", "18.00"), office("302", "18.00"))));
        assertEquals(List.of(), OfficeFit.overStandard(CHIEF_AND_TWO_CLERKS, List.of(office("301", "16.00"), office("302", "9.00"), office("303", "8.50"))));
    }

    @Test
    void anOfficeAboveEveryoneLeftIsNamedWithItsExcess() {
        Office big = office("301", "30.00");
        assertEquals(List.of(new OverStandard(big, new BigDecimal("18.00"), new BigDecimal("12.00"))),
                OfficeFit.overStandard(CHIEF_AND_TWO_CLERKS, List.of(big, office("302", "18.00"))));
    }

    @Test
    void anOfficeNobodyIsLeftForIsOverByItsWholeArea() {
        Office spare = office("304", "8.00");
        assertEquals(List.of(new OverStandard(spare, BigDecimal.ZERO, new BigDecimal("8.00"))),
                OfficeFit.overStandard(List.of(new Staff("BELOW_SECTION", 1, new BigDecimal("9.00"))), List.of(office("303", "9.00"), spare)));
    }

    @Test
    void sharingIsWithinOneRanksSummedStandards() {
        assertEquals(List.of(), OfficeFit.overStandard(List.of(new Staff("BELOW_SECTION", 3, new BigDecimal("9.00"))), List.of(office("301", "27.00"))));
        Office tooBig = office("301", "27.01");
        assertEquals(List.of(new OverStandard(tooBig, new BigDecimal("27.00"), new BigDecimal("0.01"))),
                OfficeFit.overStandard(List.of(new Staff("BELOW_SECTION", 3, new BigDecimal("9.00"))), List.of(tooBig)));
    }
}
