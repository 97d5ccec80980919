package cn.onenetwork.allocation.request;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The allocation rules of domain.md §5 that need no database: the priority of methods and the permitted funding. */
public final class AllocationRules {

    private AllocationRules() {
    }

    /** The methods above {@code chosen} for which no reason is recorded why they cannot serve; empty when the choice may stand. */
    public static List<AllocationMethod> higherMethodsNotRuledOut(AllocationMethod chosen, Map<AllocationMethod, String> ruledOut) {
        Map<AllocationMethod, String> reasons = ruledOut == null ? Map.of() : ruledOut;
        return Arrays.stream(AllocationMethod.values()).filter(m -> m.ordinal() < chosen.ordinal())
                .filter(m -> reasons.get(m) == null || reasons.get(m).isBlank()).toList();
    }

    /** Lease and construction cost money; reallocation and exchange move space the state already has. */
    public static boolean needsFunding(AllocationMethod method) {
        return method == AllocationMethod.LEASE || method == AllocationMethod.CONSTRUCTION;
    }
}
