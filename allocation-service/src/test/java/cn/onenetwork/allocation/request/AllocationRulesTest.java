package cn.onenetwork.allocation.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationRulesTest {

    @Test
    void aLowerMethodNeedsAReasonForEveryHigherOne() {
        assertEquals(List.of(), AllocationRules.higherMethodsNotRuledOut(AllocationMethod.REALLOCATION, null));
        assertEquals(List.of(AllocationMethod.REALLOCATION, AllocationMethod.EXCHANGE, AllocationMethod.LEASE),
                AllocationRules.higherMethodsNotRuledOut(AllocationMethod.CONSTRUCTION, Map.of()));
        assertEquals(List.of(AllocationMethod.EXCHANGE), AllocationRules.higherMethodsNotRuledOut(AllocationMethod.LEASE,
                Map.of(AllocationMethod.REALLOCATION, "公物仓无房源", AllocationMethod.EXCHANGE, "  ")), "a blank reason is no reason");
        assertEquals(List.of(), AllocationRules.higherMethodsNotRuledOut(AllocationMethod.LEASE,
                Map.of(AllocationMethod.REALLOCATION, "公物仓无房源", AllocationMethod.EXCHANGE, "无可置换房产")));
    }

    @Test
    void onlyTheBudgetFundsAndOnlyLeaseAndConstructionNeedFunds() {
        assertTrue(FundingSource.GOVERNMENT_BUDGET.permitted());
        for (FundingSource source : FundingSource.values()) {
            assertEquals(source == FundingSource.GOVERNMENT_BUDGET, source.permitted(), source.name());
        }
        assertTrue(AllocationRules.needsFunding(AllocationMethod.LEASE));
        assertTrue(AllocationRules.needsFunding(AllocationMethod.CONSTRUCTION));
        assertFalse(AllocationRules.needsFunding(AllocationMethod.REALLOCATION));
    }
}
