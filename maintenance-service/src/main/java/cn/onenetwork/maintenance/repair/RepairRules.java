package cn.onenetwork.maintenance.repair;

import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_BUNDLING;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_DEADLINE;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_EXTENSION;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_FIFTEEN_YEARS;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_OCCUPANT;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_PLANNED_AMOUNT;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_ROUTINE_CEILING;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_SPLITTING;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_TENDER;
import static cn.onenetwork.maintenance.i18n.MaintenanceText.RULE_USER;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Optional;

/**
 * The classification rules of domain.md §7 as plain functions of the facts, the day and the division's parameters in
 * force. Each refusal carries a stable code and the rule, figures and dates that decided it.
 */
public final class RepairRules {

    private RepairRules() {
    }

    /**
     * A division's figures, dated data like the area standards.
     *
     * @param yearsBeforeMediumRepair full years in use (and since the last medium or major repair) before one may be declared (15)
     * @param maxExtensionRatio the share of the original floor area a major repair may add (0.15)
     * @param smallBelow cost below which a project is small (50,000 元)
     * @param tenderFrom cost from which a project is large and publicly tendered (500,000 元)
     */
    public record Parameters(int yearsBeforeMediumRepair, BigDecimal maxExtensionRatio, BigDecimal smallBelow, BigDecimal tenderFrom) {

        /** The defaults of domain.md §7, for a division that set none. */
        public static final Parameters DEFAULTS = new Parameters(15, new BigDecimal("0.15"), new BigDecimal("50000"), new BigDecimal("500000"));
    }

    /**
     * Why a declaration is refused: a stable code, the rule (with its source), the sentence with the figures and dates, and
     * the input it concerns with the value that decided it.
     */
    public record Refusal(String code, MaintenanceText rule, Text detail, String field, String value) {
    }

    /** Where the bureau merges further work instead of a second project. */
    static final String ADDITIONS = "POST /api/v1/repair-projects/{id}/additions";
    static final String CONTRACT_APPROVAL = "POST /api/v1/repair-projects/{id}/contract-approval";

    /**
     * The 15-year rule: routine repairs always; a medium or major repair only from the day the building has been in use the
     * full number of years (以上 includes the figure), and as many years after its last medium or major repair.
     */
    public static Optional<Refusal> classAllowed(RepairClass requested, LocalDate completedOn, LocalDate lastMediumOrMajor, LocalDate today,
            Parameters parameters) {
        if (requested == RepairClass.ROUTINE) {
            return Optional.empty();
        }
        int years = parameters.yearsBeforeMediumRepair();
        LocalDate inUseLongEnough = completedOn.plusYears(years);
        if (today.isBefore(inUseLongEnough)) {
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", RULE_FIFTEEN_YEARS,
                    MaintenanceText.TOO_EARLY_IN_USE.with(completedOn, years, inUseLongEnough, today), "repairClass", requested.name()));
        }
        if (lastMediumOrMajor != null && today.isBefore(lastMediumOrMajor.plusYears(years))) {
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", RULE_FIFTEEN_YEARS,
                    MaintenanceText.TOO_EARLY_SINCE_REPAIR.with(lastMediumOrMajor, lastMediumOrMajor.plusYears(years), today), "repairClass", requested.name()));
        }
        return Optional.empty();
    }

    /**
     * A unit declares for a building in which it uses a room. A building in which no unit uses a room is the bureau's to
     * look after: only a bureau declares for it, naming the unit it declares for.
     */
    public static Optional<Refusal> unitUsesBuilding(boolean unitUsesIt, boolean anyUnitUsesIt, boolean bureauDeclares, String unitName, String place) {
        if (unitUsesIt || (!anyUnitUsesIt && bureauDeclares)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("BUILDING_NOT_USED_BY_UNIT", RULE_USER, (anyUnitUsesIt ? MaintenanceText.NOT_USED_BY_UNIT
                : MaintenanceText.NOT_USED_BY_ANY_UNIT).with(unitName, place), "buildingId", place));
    }

    /** Only a major repair may extend the building, by at most the ratio of its original floor area (exactly the ratio is allowed). */
    public static Optional<Refusal> extensionAllowed(RepairClass requested, BigDecimal originalFloorArea, BigDecimal extension, Parameters parameters) {
        if (extension == null || extension.signum() == 0) {
            return Optional.empty();
        }
        if (requested != RepairClass.MAJOR) {
            return Optional.of(new Refusal("EXTENSION_ONLY_IN_MAJOR_REPAIR", RULE_EXTENSION,
                    MaintenanceText.EXTENSION_NOT_MAJOR.with(MaintenanceText.label(requested), extension), "extensionArea", extension.toPlainString()));
        }
        BigDecimal limit = originalFloorArea.multiply(parameters.maxExtensionRatio());
        if (extension.compareTo(limit) > 0) {
            return Optional.of(new Refusal("EXTENSION_ABOVE_LIMIT", RULE_EXTENSION, MaintenanceText.EXTENSION_ABOVE_LIMIT.with(
                    parameters.maxExtensionRatio().movePointRight(2).stripTrailingZeros(), originalFloorArea, limit.stripTrailingZeros(), extension),
                    "extensionArea", extension.toPlainString()));
        }
        return Optional.empty();
    }

    /**
     * 化整为零: a second medium or major project of the same unit at the same address for the same plan year is refused; the
     * bureau merges the work into the first instead.
     */
    public static Optional<Refusal> notSplit(RepairClass requested, String existingProjectNumber, String address, int planYear) {
        if (requested == RepairClass.ROUTINE || existingProjectNumber == null) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("SPLIT_PROJECT", RULE_SPLITTING, MaintenanceText.SPLIT_PROJECT.with(existingProjectNumber, address, planYear, ADDITIONS),
                "buildingId", address));
    }

    /** 化整为零 found only by the database: another declaration for the same unit, address and year committed a moment ago. */
    public static Refusal splitJustDeclared(String address, int planYear) {
        return new Refusal("SPLIT_PROJECT", RULE_SPLITTING, MaintenanceText.SPLIT_PROJECT_JUST_DECLARED.with(address, planYear, ADDITIONS), "buildingId", address);
    }

    /** Routine work only below the small band (its limit itself is medium): above it the work goes through the procedure. */
    public static Optional<Refusal> routineBelowSmallBand(RepairClass requested, BigDecimal estimate, Parameters parameters) {
        if (requested != RepairClass.ROUTINE || estimate.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("ROUTINE_ABOVE_SMALL_BAND", RULE_ROUTINE_CEILING, MaintenanceText.ROUTINE_ABOVE_SMALL_BAND.with(estimate,
                parameters.smallBelow()), "items", estimate.toPlainString()));
    }

    /**
     * A routine repair is reported done at a cost below the small band too: work that reached it was a medium or major repair,
     * which the unit withdraws and declares as one.
     */
    public static Optional<Refusal> routineCostBelowSmallBand(BigDecimal actualCost, Parameters parameters) {
        if (actualCost.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("ROUTINE_ABOVE_SMALL_BAND", RULE_ROUTINE_CEILING, MaintenanceText.ROUTINE_COST_ABOVE_SMALL_BAND.with(actualCost,
                parameters.smallBelow()), "actualCost", actualCost.toPlainString()));
    }

    /**
     * Suspected 化整为零, kept as figures and explained when read: what the unit's routine declarations at one address in one
     * year come to with this one, and where the medium band starts.
     */
    public record SuspectedSplitting(BigDecimal routineTotal, BigDecimal mediumFrom) {

        public Text explain(int planYear) {
            return MaintenanceText.SPLIT_SUSPECTED.with(planYear, routineTotal, mediumFrom, RULE_SPLITTING.with());
        }
    }

    /**
     * 化整为零 in routine work: the unit's routine declarations at one address in one year that, this one included, reach the
     * medium band. Each stays below the band and is accepted; the figures flag it for the bureau.
     */
    public static Optional<SuspectedSplitting> routineSplitting(RepairClass requested, BigDecimal earlierRoutineTotal, BigDecimal estimate, Parameters parameters) {
        BigDecimal together = earlierRoutineTotal.add(estimate);
        if (requested != RepairClass.ROUTINE || earlierRoutineTotal.signum() == 0 || together.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new SuspectedSplitting(together, parameters.smallBelow()));
    }

    /** A medium or major project holds no routine items; a routine one holds nothing above routine. */
    public static Optional<Refusal> itemsMatchClass(RepairClass requested, Collection<RepairClass> itemClasses) {
        for (RepairClass item : itemClasses) {
            if (requested != RepairClass.ROUTINE && item == RepairClass.ROUTINE) {
                return Optional.of(new Refusal("ROUTINE_ITEMS_BUNDLED", RULE_BUNDLING, MaintenanceText.ROUTINE_ITEMS_BUNDLED.with(MaintenanceText.label(requested)),
                        "items", item.name()));
            }
            if (requested == RepairClass.ROUTINE && item != RepairClass.ROUTINE) {
                return Optional.of(new Refusal("WORK_ABOVE_ROUTINE", RULE_BUNDLING, MaintenanceText.WORK_ABOVE_ROUTINE.with(MaintenanceText.label(item)),
                        "items", item.name()));
            }
        }
        return Optional.empty();
    }

    /** A change of user unit or occupant is no ground for a repair. */
    public static Optional<Refusal> groundsAllowed(Collection<RepairGround> grounds) {
        if (grounds.contains(RepairGround.OCCUPANT_CHANGE)) {
            return Optional.of(new Refusal("OCCUPANT_CHANGE_IS_NO_GROUND", RULE_OCCUPANT, MaintenanceText.OCCUPANT_CHANGE_IS_NO_GROUND.with(), "grounds",
                    RepairGround.OCCUPANT_CHANGE.name()));
        }
        return Optional.empty();
    }

    /** A medium or major repair is declared for this year or a later one, and for a year by that year's deadline (the day itself included). */
    public static Optional<Refusal> declaredInTime(RepairClass requested, int planYear, LocalDate today, MonthDay deadline) {
        if (requested == RepairClass.ROUTINE) {
            return Optional.empty();
        }
        LocalDate closes = deadline.atYear(planYear);
        if (today.isAfter(closes)) {
            int next = today.isAfter(deadline.atYear(today.getYear())) ? today.getYear() + 1 : today.getYear();
            return Optional.of(new Refusal("DECLARATION_DEADLINE_PASSED", RULE_DEADLINE, MaintenanceText.DECLARATION_DEADLINE_PASSED.with(planYear, closes,
                    today, next), "planYear", Integer.toString(planYear)));
        }
        return Optional.empty();
    }

    /** A project is tendered when its estimate or its contract is in the large band; it starts only with its tender named. */
    public static Optional<Refusal> tenderNamed(BigDecimal estimate, BigDecimal contractCost, boolean tenderNamed, Parameters parameters) {
        if (tenderNamed) {
            return Optional.empty();
        }
        MaintenanceText what = band(estimate, parameters).tendered() ? MaintenanceText.ESTIMATE
                : band(contractCost, parameters).tendered() ? MaintenanceText.CONTRACT : null;
        if (what == null) {
            return Optional.empty();
        }
        BigDecimal decisive = what == MaintenanceText.ESTIMATE ? estimate : contractCost;
        return Optional.of(new Refusal("TENDER_REQUIRED", RULE_TENDER, MaintenanceText.TENDER_REQUIRED.with(what.with(), decisive, parameters.tenderFrom()),
                "tenderReference", null));
    }

    /**
     * The works start under a contract within the amount the plan funds, or within what the approving bureau approved
     * above it (the figure itself included).
     */
    public static Optional<Refusal> contractWithinPlan(BigDecimal contractCost, BigDecimal plannedAmount, BigDecimal approvedContractCost) {
        if (contractCost.compareTo(plannedAmount) <= 0 || (approvedContractCost != null && contractCost.compareTo(approvedContractCost) <= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("CONTRACT_ABOVE_PLANNED_AMOUNT", RULE_PLANNED_AMOUNT, approvedContractCost == null
                ? MaintenanceText.CONTRACT_ABOVE_PLANNED_AMOUNT.with(contractCost, plannedAmount, CONTRACT_APPROVAL)
                : MaintenanceText.CONTRACT_ABOVE_APPROVED_AMOUNT.with(contractCost, plannedAmount, approvedContractCost, CONTRACT_APPROVAL),
                "contractCost", contractCost.toPlainString()));
    }

    /** The approval level a cost falls into, and whether it is tendered publicly. */
    public enum CostBand {
        SMALL, MEDIUM, LARGE;

        public boolean tendered() {
            return this == LARGE;
        }
    }

    /** The band whose bureau approves a contract above the planned amount: that of the larger of the estimate and the contract. */
    public static CostBand contractApprovalBand(BigDecimal estimate, BigDecimal contractCost, Parameters parameters) {
        return band(estimate.max(contractCost), parameters);
    }

    public static CostBand band(BigDecimal cost, Parameters parameters) {
        if (cost.compareTo(parameters.smallBelow()) < 0) {
            return CostBand.SMALL;
        }
        return cost.compareTo(parameters.tenderFrom()) < 0 ? CostBand.MEDIUM : CostBand.LARGE;
    }
}
