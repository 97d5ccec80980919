package cn.onenetwork.property.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleRulesTest {

    private static final TitleRules.Claim NOTHING = new TitleRules.Claim(null, null, null, null, null, null);

    @Test
    void everyStateCanReachRegistrationToTheBureau() {
        for (TitleState start : TitleState.values()) {
            assertTrue(reaches(start, TitleState.REGISTERED_TO_BUREAU, 3), start.name());
        }
    }

    @Test
    void aRegisteredTitleCannotFallBackToUnclearOrMissing() {
        assertFalse(TitleRules.allowed(TitleState.REGISTERED_TO_BUREAU, TitleState.FILED_AS_UNCLEAR));
        assertFalse(TitleRules.allowed(TitleState.REGISTERED_TO_BUREAU, TitleState.RECORDS_MISSING));
        assertFalse(TitleRules.allowed(TitleState.REGISTERED_TO_BUREAU, TitleState.REGISTERED_TO_OTHER));
        assertTrue(TitleRules.allowed(TitleState.REGISTERED_TO_BUREAU, TitleState.DISPUTED));
    }

    @Test
    void registrationNeedsACertificateAndTheClassifiedExceptionAnApproval() {
        assertEquals(List.of("unifiedCertificateNo"), fields(TitleState.REGISTERED_TO_BUREAU, NOTHING));
        assertEquals(List.of(), fields(TitleState.REGISTERED_TO_BUREAU, new TitleRules.Claim("宁(2025)银川市不动产权第0012345号", null, null, null, null, null)));
        assertEquals(List.of(), fields(TitleState.REGISTERED_TO_BUREAU, new TitleRules.Claim(null, "银房权证字第001号", "银国用(2001)第002号", null, null, null)));
        assertEquals(List.of("unifiedCertificateNo"), fields(TitleState.REGISTERED_TO_BUREAU, new TitleRules.Claim(null, "银房权证字第001号", null, null, null, null)));
        assertEquals(List.of("approvalReference"), fields(TitleState.REGISTERED_TO_USER_UNIT, new TitleRules.Claim("证号", null, null, null, null, null)));
        assertEquals(List.of("filingReference"), fields(TitleState.FILED_AS_UNCLEAR, NOTHING));
        assertEquals(List.of("reason"), fields(TitleState.DISPUTED, NOTHING));
        assertEquals(List.of(), fields(TitleState.RECORDS_MISSING, NOTHING));
    }

    @Test
    void onlyClearTitlesMayBeDisposedOf() {
        assertTrue(TitleRules.disposable(TitleState.REGISTERED_TO_BUREAU));
        assertFalse(TitleRules.disposable(TitleState.FILED_AS_UNCLEAR));
        assertFalse(TitleRules.disposable(TitleState.DISPUTED));
        assertFalse(TitleRules.disposable(TitleState.RECORDS_MISSING));
    }

    private static List<String> fields(TitleState state, TitleRules.Claim claim) {
        return TitleRules.missing(state, claim).stream().map(TitleRules.Missing::field).toList();
    }

    private static boolean reaches(TitleState from, TitleState to, int steps) {
        if (from == to) {
            return true;
        }
        return steps > 0 && TitleRules.next(from).stream().anyMatch(n -> reaches(n, to, steps - 1));
    }
}
