package cn.onenetwork.maintenance.i18n;

import cn.onenetwork.common.i18n.MessageKey;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.maintenance.repair.RepairClass;
import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
import java.util.List;

/**
 * What maintenance-service says to its readers, in i18n/maintenance (Chinese) and i18n/maintenance_en. The rules' texts
 * name their sources; the values are names, figures and dates, never text built in code.
 */
public enum MaintenanceText implements MessageKey {
    // The kinds of record a 404 names.
    REPAIR_PROJECT, DECLARING_UNIT, BUILDING, DOCUMENT, INSPECTION, FINDING, ANNUAL_PLAN,

    // Labels put into sentences.
    CLASS_ROUTINE, CLASS_MEDIUM, CLASS_MAJOR,
    BAND_SMALL, BAND_MEDIUM, BAND_LARGE,
    ESTIMATE, CONTRACT,
    THE_DECLARATION, THE_PLAN, THE_WORKS_START,
    /** A list of two or more, the rest itself a list: the separator is the language's. */
    LIST("first", "rest"),

    // Repair rules, each with its source.
    RULE_FIFTEEN_YEARS, RULE_EXTENSION, RULE_SPLITTING, RULE_BUNDLING, RULE_OCCUPANT, RULE_DEADLINE, RULE_TENDER, RULE_PLANNED_AMOUNT, RULE_USER,
    RULE_ROUTINE_CEILING,
    REFUSAL("detail", "rule"),

    // Refusals of the repair rules.
    TOO_EARLY_IN_USE("completedOn", "years", "from", "today"),
    TOO_EARLY_SINCE_REPAIR("last", "from", "today"),
    NOT_USED_BY_UNIT("unit", "place"),
    NOT_USED_BY_ANY_UNIT("unit", "place"),
    EXTENSION_NOT_MAJOR("repairClass", "extension"),
    EXTENSION_ABOVE_LIMIT("percent", "original", "limit", "extension"),
    SPLIT_PROJECT("project", "place", "year", "path"),
    SPLIT_PROJECT_JUST_DECLARED("place", "year", "path"),
    ROUTINE_ABOVE_SMALL_BAND("estimate", "limit"),
    ROUTINE_COST_ABOVE_SMALL_BAND("cost", "limit"),
    SPLIT_SUSPECTED("year", "total", "limit", "rule"),
    ROUTINE_ITEMS_BUNDLED("repairClass"),
    WORK_ABOVE_ROUTINE("itemClass"),
    OCCUPANT_CHANGE_IS_NO_GROUND,
    DECLARATION_DEADLINE_PASSED("year", "closed", "today", "next"),
    TENDER_REQUIRED("what", "amount", "from"),
    CONTRACT_ABOVE_PLANNED_AMOUNT("contract", "planned", "path"),
    CONTRACT_ABOVE_APPROVED_AMOUNT("contract", "planned", "approved", "path"),

    // The procedure.
    STAGE_NOT_FOR_CLASS("stage", "label", "repairClass"),
    STAGE_NOT_FOR_ROUTINE("stage", "label"),
    STAGE_OUT_OF_ORDER("stage", "label", "from", "status", "next", "nextLabel"),
    STAGE_AFTER_PROCEDURE("stage", "label", "from", "status"),
    OF_PROJECT("project", "detail"),

    // Repair projects.
    AGENCY_DISSOLVED("unit", "on"),
    COMPLETION_DATE_UNKNOWN("building"),
    BUILDING_WITH_COMPLETION_DATE,
    CONTRACT_WITHIN_PLAN("project", "planned"),
    ABOVE_AMOUNT("amount"),
    NOT_THE_APPROVING_BUREAU("band", "division", "estimate", "approving"),
    NOT_THE_APPROVING_BUREAU_FOR_CONTRACT("band", "division", "estimate", "approving"),
    BUILDING_NOT_REPAIRED("building", "on"),
    ROOM_NOT_OF_BUILDING("room", "building"),
    STANDING_ROOM_OF_BUILDING,
    ROOM_HELD_BY_ANOTHER_UNIT("room", "unit"),
    ROOM_OF_UNIT,
    DOCUMENT_NOT_OF_PROJECT("document", "project"),
    DOCUMENT_OF_PROJECT,
    ACCEPTANCE_RECORD_REQUIRED("project"),
    ROUTINE_THIS_YEAR,
    ABSENT_OR_YEAR("year"),
    MEDIUM_OR_MAJOR_FROM_THIS_YEAR,
    FROM_YEAR("year"),
    DAY_BEFORE("field", "what", "earliest"),
    ON_OR_AFTER("day"),
    PLAN_YEAR_NEEDED,
    A_YEAR,

    // Inspections.
    BUILDING_NOT_INSPECTED("building", "on"),
    INSPECTION_STAYS_WITH_BUILDING,
    THE_INSPECTIONS_BUILDING("building"),
    INSPECTION_NOT_PLANNED("inspection", "status"),
    SYSTEM_NOT_INSPECTED("system", "systems"),
    REMEDIATION_BEFORE_INSPECTION,
    FINDING_RESOLVED("on", "resolution"),
    RESOLVED_BEFORE_INSPECTION,

    // Annual plans.
    PLAN_EXISTS("division", "year", "status", "plan"),
    PLAN_APPROVED("division", "year", "on", "reference"),

    // Repair figures.
    NOT_A_DAY_OF_THE_YEAR,
    MONTH_DAY,
    TENDER_BELOW_SMALL_BAND,
    AT_LEAST_SMALL_BELOW("smallBelow"),
    NO_WEIGHT_ABOVE_ZERO,
    NOT_ALL_ZERO,
    FIGURES_BACK_DATED("today"),
    TODAY_OR_LATER,
    PARAMETERS_NOT_AFTER_CURRENT("division", "since", "given"),
    FIGURES_LOOSENED("division", "from", "loosenings"),
    LOOSENING("figure", "given", "inherited"),
    AT_LEAST_INHERITED("value"),
    AT_MOST_INHERITED("value"),
    NO_LATER_THAN_INHERITED("value"),

    // The reserve's priority score: what each part was read from.
    BASIS_COMPLETION_UNKNOWN,
    BASIS_AGE("years", "since"),
    BASIS_SINCE_REPAIR("years", "since"),
    BASIS_SINCE_COMPLETION("years", "since"),
    BASIS_NOT_INSPECTED,
    BASIS_CONDITION("percent"),
    BASIS_HAZARD("hazard"),
    BASIS_ENERGY_NOT_DECLARED,
    BASIS_ENERGY("intensity", "reference");

    private final List<String> parameters;

    MaintenanceText(String... parameters) {
        this.parameters = List.of(parameters);
    }

    @Override
    public String bundle() {
        return "i18n/maintenance";
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    public static Text label(RepairClass repairClass) {
        return valueOf("CLASS_" + repairClass.name()).with();
    }

    public static Text label(CostBand band) {
        return valueOf("BAND_" + band.name()).with();
    }

    /** Two or more texts as one list, in the reader's language; one text alone. */
    public static Text list(List<Text> texts) {
        Text list = texts.get(texts.size() - 1);
        for (int i = texts.size() - 2; i >= 0; i--) {
            list = LIST.with(texts.get(i), list);
        }
        return list;
    }
}
