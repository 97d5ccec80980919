package cn.onenetwork.supervision.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleRegistrationTest {

    @Test
    void everyTitleStateFallsInOneOfTheSixNationalValues() {
        assertEquals(TitleRegistration.UNIFIED_UNDER_BUREAU, TitleRegistration.of("REGISTERED_TO_BUREAU", false, false));
        assertEquals(TitleRegistration.UNDER_UNITS_RECORDS_HANDED_OVER, TitleRegistration.of("REGISTERED_TO_USER_UNIT", true, false));
        assertEquals(TitleRegistration.UNDER_UNITS_RECORDS_NOT_HANDED_OVER, TitleRegistration.of("REGISTERED_TO_OTHER", false, false));
        assertEquals(TitleRegistration.UNREGISTERED_RECORDS_HANDED_OVER, TitleRegistration.of("FILED_AS_UNCLEAR", true, false));
        assertEquals(TitleRegistration.UNREGISTERED_RECORDS_NOT_HANDED_OVER, TitleRegistration.of("RECORDS_MISSING", false, false));
        assertEquals(TitleRegistration.OTHER, TitleRegistration.of("DISPUTED", true, false));
    }

    @Test
    void aBuildingWithoutATitleIsUnregisteredUnlessItIsRentedAndSoOther() {
        assertEquals(TitleRegistration.UNREGISTERED_RECORDS_NOT_HANDED_OVER, TitleRegistration.of(null, false, false));
        assertEquals(TitleRegistration.OTHER, TitleRegistration.of(null, false, true));
    }

    @Test
    void theRegistrysSixStatesReachFiveOfTheNationalValuesAndTheSixthByRenting() {
        Set<TitleRegistration> reached = EnumSet.noneOf(TitleRegistration.class);
        for (String state : new String[] {"REGISTERED_TO_BUREAU", "REGISTERED_TO_USER_UNIT", "REGISTERED_TO_OTHER", "FILED_AS_UNCLEAR", "DISPUTED",
                "RECORDS_MISSING"}) {
            reached.add(TitleRegistration.of(state, true, false));
            reached.add(TitleRegistration.of(state, false, false));
        }
        assertEquals(EnumSet.allOf(TitleRegistration.class), reached);
    }
}
