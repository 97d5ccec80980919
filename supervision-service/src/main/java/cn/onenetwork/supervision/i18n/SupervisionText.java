package cn.onenetwork.supervision.i18n;

import cn.onenetwork.common.i18n.MessageKey;
import java.util.List;

/** What supervision-service says to its readers, in i18n/supervision (Chinese) and i18n/supervision_en. */
public enum SupervisionText implements MessageKey {
    // The kinds of record a 404 names.
    DIVISION, SUBMISSION,

    // The tables and their columns, as the national template heads them.
    TABLE_DIVISION, TABLE_OFFICE_SPACE, TABLE_TECHNICAL_SPACE, TABLE_CONSTRUCTION,
    SHEET_CAPTION("division", "code", "asOf"),
    COL_SERIAL, COL_ADDRESS, COL_DIVISION, COL_LAND_AREA, COL_GROSS_FLOOR_AREA, COL_OFFICE_BUILDING_AREA, COL_TECHNICAL_BUILDING_AREA,
    COL_USING_UNIT, COL_UNIT_NAME, COL_UNIT_CATEGORY, COL_APPROVED_STAFFING, COL_TOTAL, COL_BASIC_USE_AREA, COL_OFFICES, COL_SERVICE_ROOMS,
    COL_EQUIPMENT_ROOMS, COL_ANCILLARY_BUILDING_AREA, COL_TITLE_REGISTRATION, COL_YEAR_BUILT, COL_LEASED, COL_REMARK, COL_MAIN_UNIT,
    COL_PROJECT_NAME, COL_APPROVING_DEPARTMENT, COL_BUILDER, COL_SCALE, COL_INVESTMENT,
    COL_DIVISION_NAME, COL_LEVEL, COL_STATISTICAL_CODE, COL_FILLED_BY, COL_PHONE, COL_FILLED_ON,
    YES, NO,
    ROOMS_HELD_BY_NO_UNIT,

    // Submissions.
    STATUS_DRAFT, STATUS_SUBMITTED, STATUS_ACCEPTED, STATUS_RETURNED,
    REPORTING_YEAR_AHEAD("year", "current"),
    SUBMISSION_EXISTS("year", "revision", "status"),
    SUBMISSION_STATE("status", "expected"),
    NOT_SUBMITTED("year", "revision"),
    NOT_THE_LEVEL_ABOVE("division", "above"),
    TABLE_FORMAT,
    CSV_TABLE_RULE,
    AS_OF_IN_THE_FUTURE("asOf", "today"),
    AS_OF_RULE,

    // Deadlines.
    THE_PLATFORM_DEFAULT,
    DEADLINE_PASSED("year", "dueOn"),
    DEADLINE_IN_THE_PAST("dueOn", "today"),
    DEADLINE_LOOSENED("dueOn", "inherited", "setBy");

    private final List<String> parameters;

    SupervisionText(String... parameters) {
        this.parameters = List.of(parameters);
    }

    @Override
    public String bundle() {
        return "i18n/supervision";
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
