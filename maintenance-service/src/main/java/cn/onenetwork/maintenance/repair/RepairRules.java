package cn.onenetwork.maintenance.repair;

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
    public record Refusal(String code, String rule, String detail, String field, String value) {
    }

    static final String FIFTEEN_YEAR_RULE = "15-year rule: medium and major repairs only for buildings in use, and since their last medium or major "
            + "repair, the full number of years (使用时间在N年及以上; 陕西 2022, 甘肃 2014)";
    static final String EXTENSION_RULE = "A major repair may extend the building by at most a share of its original floor area (大修可适当扩建，不超过原建筑面积15%)";
    static final String SPLITTING_RULE = "One project per unit and address per year (同一单位同一地址同一年度不得化整为零分次申报)";
    static final String BUNDLING_RULE = "Routine items are not bundled into a medium or major project, nor medium or major work declared as routine";
    static final String OCCUPANT_RULE = "No renovation because the user unit or occupant changed (不得因使用单位或人员变动进行装修)";
    static final String DEADLINE_RULE = "Medium and major repairs for a plan year are declared by the division's yearly deadline (年度申报截止日期)";
    static final String TENDER_RULE = "Works of the large band are tendered through the public resource trading centre (公共资源交易中心招标), "
            + "judged on the estimate and on the contract";
    static final String PLANNED_AMOUNT_RULE = "No money without approval (无批准不安排资金): a contract above the amount the annual plan funds goes back to "
            + "the approving bureau";
    static final String USER_RULE = "A unit declares repairs of the premises it uses (使用单位申报); a building no unit uses is in the bureau's care";
    static final String ROUTINE_CEILING_RULE = "Routine repairs are small works from the operating budget (日常维修); from the small band's limit work is a "
            + "medium or major repair, with its 15-year rule, approval and tendering (the small band is the division's own figure)";

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
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", FIFTEEN_YEAR_RULE, "Completed on " + completedOn
                    + ", the building is in use " + years + " full years only from " + inUseLongEnough + "; until then (today is " + today
                    + ") it gets routine repairs only", "repairClass", requested.name()));
        }
        if (lastMediumOrMajor != null && today.isBefore(lastMediumOrMajor.plusYears(years))) {
            return Optional.of(new Refusal("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR", FIFTEEN_YEAR_RULE, "The last medium or major repair was accepted on "
                    + lastMediumOrMajor + "; another may be declared from " + lastMediumOrMajor.plusYears(years) + " (today is " + today
                    + "), routine repairs until then", "repairClass", requested.name()));
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
        return Optional.of(new Refusal("BUILDING_NOT_USED_BY_UNIT", USER_RULE, unitName + " uses no room at " + place + (anyUnitUsesIt
                ? "; the units that do declare its repairs" : "; no unit does, so the bureau declares them"), "buildingId", place));
    }

    /** Only a major repair may extend the building, by at most the ratio of its original floor area (exactly the ratio is allowed). */
    public static Optional<Refusal> extensionAllowed(RepairClass requested, BigDecimal originalFloorArea, BigDecimal extension, Parameters parameters) {
        if (extension == null || extension.signum() == 0) {
            return Optional.empty();
        }
        if (requested != RepairClass.MAJOR) {
            return Optional.of(new Refusal("EXTENSION_ONLY_IN_MAJOR_REPAIR", EXTENSION_RULE, "A " + requested + " repair adds no floor area; " + extension
                    + " m² were asked", "extensionArea", extension.toPlainString()));
        }
        BigDecimal limit = originalFloorArea.multiply(parameters.maxExtensionRatio());
        if (extension.compareTo(limit) > 0) {
            return Optional.of(new Refusal("EXTENSION_ABOVE_LIMIT", EXTENSION_RULE, "A major repair may add at most "
                    + parameters.maxExtensionRatio().movePointRight(2).stripTrailingZeros().toPlainString() + "% of the original " + originalFloorArea
                    + " m², that is " + limit.stripTrailingZeros().toPlainString() + " m²; " + extension + " m² were asked", "extensionArea",
                    extension.toPlainString()));
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
        return Optional.of(new Refusal("SPLIT_PROJECT", SPLITTING_RULE, "Project " + existingProjectNumber + " already covers this unit at " + address
                + " for " + planYear + "; the bureau merges further work into it (POST /api/v1/repair-projects/{id}/additions)", "buildingId", address));
    }

    /** Routine work only below the small band (its limit itself is medium): above it the work goes through the procedure. */
    public static Optional<Refusal> routineBelowSmallBand(RepairClass requested, BigDecimal estimate, Parameters parameters) {
        if (requested != RepairClass.ROUTINE || estimate.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("ROUTINE_ABOVE_SMALL_BAND", ROUTINE_CEILING_RULE, "A routine declaration of " + estimate.toPlainString()
                + " 元 reaches the small band's limit of " + parameters.smallBelow().toPlainString() + " 元; declare the work as a medium or major repair",
                "items", estimate.toPlainString()));
    }

    /**
     * A routine repair is reported done at a cost below the small band too: work that reached it was a medium or major repair,
     * which the unit withdraws and declares as one.
     */
    public static Optional<Refusal> routineCostBelowSmallBand(BigDecimal actualCost, Parameters parameters) {
        if (actualCost.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("ROUTINE_ABOVE_SMALL_BAND", ROUTINE_CEILING_RULE, "A routine repair done at " + actualCost.toPlainString()
                + " 元 reaches the small band's limit of " + parameters.smallBelow().toPlainString() + " 元; withdraw it and declare the work as a medium or "
                + "major repair", "actualCost", actualCost.toPlainString()));
    }

    /**
     * 化整为零 in routine work: the unit's routine declarations at one address in one year that, this one included, reach the
     * medium band. Each stays below the band and is accepted; the sentence flags it for the bureau.
     */
    public static Optional<String> routineSplitting(RepairClass requested, BigDecimal earlierRoutineTotal, BigDecimal estimate, String address, int planYear,
            Parameters parameters) {
        BigDecimal together = earlierRoutineTotal.add(estimate);
        if (requested != RepairClass.ROUTINE || earlierRoutineTotal.signum() == 0 || together.compareTo(parameters.smallBelow()) < 0) {
            return Optional.empty();
        }
        return Optional.of("Suspected splitting (化整为零): the unit's routine declarations at " + address + " for " + planYear + " total "
                + together.toPlainString() + " 元 with this one, the medium band from " + parameters.smallBelow().toPlainString() + " 元. Rule: " + SPLITTING_RULE);
    }

    /** A medium or major project holds no routine items; a routine one holds nothing above routine. */
    public static Optional<Refusal> itemsMatchClass(RepairClass requested, Collection<RepairClass> itemClasses) {
        for (RepairClass item : itemClasses) {
            if (requested != RepairClass.ROUTINE && item == RepairClass.ROUTINE) {
                return Optional.of(new Refusal("ROUTINE_ITEMS_BUNDLED", BUNDLING_RULE, "A " + requested
                        + " project holds a routine item; routine items are repaired by the unit from its operating budget", "items", item.name()));
            }
            if (requested == RepairClass.ROUTINE && item != RepairClass.ROUTINE) {
                return Optional.of(new Refusal("WORK_ABOVE_ROUTINE", BUNDLING_RULE, "A routine declaration holds " + item
                        + " work, which goes through the procedure of a " + item + " repair", "items", item.name()));
            }
        }
        return Optional.empty();
    }

    /** A change of user unit or occupant is no ground for a repair. */
    public static Optional<Refusal> groundsAllowed(Collection<RepairGround> grounds) {
        if (grounds.contains(RepairGround.OCCUPANT_CHANGE)) {
            return Optional.of(new Refusal("OCCUPANT_CHANGE_IS_NO_GROUND", OCCUPANT_RULE, "A change of user unit or occupant does not justify a repair; "
                    + "declare the condition of the building that needs it", "grounds", RepairGround.OCCUPANT_CHANGE.name()));
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
            return Optional.of(new Refusal("DECLARATION_DEADLINE_PASSED", DEADLINE_RULE, "Declarations for " + planYear + " closed on " + closes
                    + " (today is " + today + "); declare for " + (today.isAfter(deadline.atYear(today.getYear())) ? today.getYear() + 1 : today.getYear())
                    + " instead", "planYear", Integer.toString(planYear)));
        }
        return Optional.empty();
    }

    /** A project is tendered when its estimate or its contract is in the large band; it starts only with its tender named. */
    public static Optional<Refusal> tenderNamed(BigDecimal estimate, BigDecimal contractCost, boolean tenderNamed, Parameters parameters) {
        if (tenderNamed) {
            return Optional.empty();
        }
        String what = band(estimate, parameters).tendered() ? "estimate" : band(contractCost, parameters).tendered() ? "contract" : null;
        if (what == null) {
            return Optional.empty();
        }
        BigDecimal decisive = what.equals("estimate") ? estimate : contractCost;
        return Optional.of(new Refusal("TENDER_REQUIRED", TENDER_RULE, "The " + what + " of " + decisive.toPlainString() + " 元 is in the LARGE band (from "
                + parameters.tenderFrom().toPlainString() + " 元), tendered through the public resource trading centre; name the tender",
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
        return Optional.of(new Refusal("CONTRACT_ABOVE_PLANNED_AMOUNT", PLANNED_AMOUNT_RULE, "The contract of " + contractCost.toPlainString()
                + " 元 is above the " + plannedAmount.toPlainString() + " 元 the annual plan funds" + (approvedContractCost == null ? ""
                : " and the " + approvedContractCost.toPlainString() + " 元 the approving bureau approved") + "; the approving bureau approves it first "
                + "(POST /api/v1/repair-projects/{id}/contract-approval)", "contractCost", contractCost.toPlainString()));
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
