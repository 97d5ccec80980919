package cn.onenetwork.property.i18n;

import cn.onenetwork.common.i18n.MessageKey;
import java.util.List;

/** The registry's own messages (i18n/property): problems, import errors and compliance findings, each with the names of its values. */
public enum PropertyText implements MessageKey {
    // Kinds of record, for "not found" and the sentences that name a kind.
    KIND_AGENCY, KIND_BUILDING, KIND_CONCURRENT_POST, KIND_DOCUMENT, KIND_FLOOR, KIND_PARCEL, KIND_PERSON, KIND_ROOM, KIND_SEAT, KIND_TITLE,
    LEVEL_CENTRAL, LEVEL_PROVINCIAL, LEVEL_MUNICIPAL, LEVEL_COUNTY, LEVEL_TOWNSHIP,
    CATEGORY_OFFICE, CATEGORY_SERVICE, CATEGORY_EQUIPMENT, CATEGORY_ANCILLARY, CATEGORY_TECHNICAL,
    STATUS_TRANSFERRED, STATUS_RETIRED, STATUS_IN_POST,
    DISSOLUTION_DISSOLVED, DISSOLUTION_MERGED,

    // Divisions, agencies, parcels, buildings, rooms.
    REGISTER_ONLY_BELOW("own", "code"),
    DIVISION_NOT_UNDER_PARENT("code", "parent"),
    DIVISION_LEVEL_NOT_BELOW_PARENT("level", "parentLevel", "parent"),
    DIVISION_EXISTS("code"),
    DIVISION_IS_FIXED("what", "division"),
    MUST_STAY("division"),
    DUPLICATE_CREDIT_CODE("code"),
    CREDIT_CODE_IMMUTABLE,
    SUCCESSOR_REQUIRED("division"),
    ANOTHER_UNIT_OF("division"),
    DISSOLVED_HAS_NO_SUCCESSOR,
    ONLY_FOR_MERGED,
    AGENCY_DISSOLVED("agency", "kind", "on"),
    PARENT_AGENCY_UNKNOWN("parent"),
    PARENT_AGENCY_ELSEWHERE("division"),
    BUREAU_ALREADY_REGISTERED("division"),
    STAFFING_UNKNOWN_RANKS("level"),
    RANK_NOT_OF_LEVEL("level", "known"),
    UNKNOWN_RANK("rank", "level"),
    USE_ONE_OF("known"),
    DUPLICATE_PARCEL_CODE("division", "code"),
    PARCEL_IN_OTHER_DIVISION("parcel", "parcelDivision", "division"),
    DUPLICATE_BUILDING_CODE("division", "code"),
    BUILDING_DISPOSED("building", "on", "reference"),
    COMPLETED_IN_YEAR_BUILT,
    MUST_BE_IN_YEAR("year"),
    PRIOR_REPAIR_WITH_EVIDENCE,
    PRIOR_REPAIR_DAY,
    PRIOR_REPAIR_DOCUMENT,
    REPAIR_AFTER_COMPLETION("completed"),
    ON_OR_AFTER("date"),
    DUPLICATE_FLOOR("building", "floor"),
    FLOOR_NOT_IN_BUILDING("floor", "building"),
    DUPLICATE_ROOM_NUMBER("building", "number"),
    ROOM_OCCUPIED("room", "seats"),
    ROOM_HELD("room", "unit", "reference"),
    ROOM_RETIRED_BEFORE_REGISTRATION,
    NOT_BEFORE_ROOM_REGISTRATION,
    ROOM_RETIRED("room", "on", "reason"),

    // People, posts and seats.
    CONCURRENT_POST_IN_OWN_AGENCY,
    POST_ENDS_BEFORE_START,
    NOT_BEFORE_STARTS_ON,
    NOT_BEFORE("date"),
    CONCURRENT_POST_UNKNOWN("post", "person"),
    ALREADY_SEATED("person", "room"),
    SEAT_ALREADY_RELEASED("on"),
    SEAT_ENDS_BEFORE_START,

    // Titles (统一权属).
    TITLE_SUBJECT_ONE,
    EITHER_BUILDING_OR_PARCEL,
    TITLE_EXISTS("subject", "code"),
    TITLE_CHANGE_NOT_ALLOWED("from", "to", "next"),
    TITLE_EVIDENCE_MISSING("state"),
    EVIDENCE_CERTIFICATE,
    EVIDENCE_APPROVAL,
    EVIDENCE_FILING,
    EVIDENCE_DISPUTE,

    // Standards and allowances.
    STANDARD_ABOVE_COUNTY_DEPUTY("area", "ceiling"),
    STANDARD_ABOVE_PARENT("area", "ceiling"),
    MUST_NOT_EXCEED("max"),
    RETROACTIVE_STANDARD,
    TODAY_OR_LATER,
    STANDARD_ALREADY_SCHEDULED("from"),

    // Archive.
    QUERY_PARAMETERS_MISSING,
    MUST_BE_GIVEN,

    // Sheets: encoding, header, cells, checks against the registry.
    UNSUPPORTED_CHARSET("charset"),
    CHARSET_RULE,
    BOM_CHARSET_MISMATCH("charset"),
    NEITHER_ENCODING("row"),
    NOT_VALID_IN_CHARSET("charset", "row"),
    REPLACEMENT_CHARACTERS("row"),
    NOT_READABLE_TEXT,
    NOT_CSV("reason"),
    NOT_XLSX("reason"),
    HEADER_MISSING("columns", "missing"),
    HEADER_UNKNOWN("columns", "unknown"),
    HEADER_MISSING_AND_UNKNOWN("columns", "missing", "unknown"),
    ROW_CELL_COUNT("cells", "header"),
    IMPORT_REJECTED("count", "row", "column", "message"),
    CELL_REQUIRED,
    CELL_NOT_AN_ID("what"),
    CELL_TOO_LONG("max"),
    CELL_ONE_OF("values"),
    CELL_GREATER_THAN("min"),
    CELL_AT_MOST("max"),
    CELL_TOO_MANY_DECIMALS("scale"),
    CELL_TOO_LARGE,
    CELL_NOT_A_NUMBER("hint"),
    HINT_AREA,
    HINT_COEFFICIENT,
    CELL_BETWEEN("min", "max"),
    CELL_NOT_WHOLE_NUMBER,
    CELL_IN_FUTURE,
    CELL_NOT_A_DATE,
    CODE_CHARACTERS,
    COMPLETED_IN_COLUMN_YEAR("year"),
    PRIOR_REPAIR_EVIDENCE_REQUIRED,
    PRIOR_REPAIR_ON_REQUIRED,
    PRIOR_REPAIR_NOT_BEFORE_COMPLETION("date"),
    BUILDING_AND_ROOM_TOGETHER,
    SEATED_FROM_NEEDS_ROOM,
    TWICE_IN_FILE("row"),
    NO_PARCEL_CODE_IN_DIVISION("division"),
    NO_BUILDING_ID_IN_DIVISION("division"),
    NO_BUILDING_CODE_IN_DIVISION("division"),
    BUILDING_CODE_TAKEN("division"),
    NO_ROOM_ID_IN_DIVISION("division"),
    ROOM_NUMBER_TAKEN("building"),
    BUILDING_HAS_NO_SUCH_ROOM("building"),
    NO_AGENCY_CODE_IN_DIVISION("division"),
    NO_PERSON_ID_IN_DIVISION("division"),

    // Compliance findings: stored as key and values, rendered when read.
    FINDING_OFFICE_OVER_STANDARD("room", "area", "occupants", "entitled"),
    FINDING_OFFICE_OVER_STANDARD_CAPPED("room", "area", "occupants", "entitled", "ranks", "ceiling"),
    FINDING_OFFICE_IN_TECHNICAL_ROOM("room", "occupants"),
    FINDING_USED_BY_ANOTHER_UNIT("room", "holder", "occupants"),
    FINDING_FUNCTION_CHANGED("room", "holder", "approved", "category"),
    FINDING_IDLE_OVER_LIMIT("room", "since", "months"),
    FINDING_NOT_VACATED_AFTER_DEPARTURE("person", "status", "since", "rooms", "deadline"),
    FINDING_NOT_VACATED_AFTER_CONCURRENT_POST("person", "ended", "room", "deadline"),
    FINDING_MORE_THAN_ONE_OFFICE("person", "offices", "rooms", "posts"),
    FINDING_UNIT_OFFICE_OVER_ENTITLEMENT("unit", "held", "posts", "entitled"),
    FINDING_UNIT_OFFICE_OVER_ENTITLEMENT_CAPPED("unit", "held", "posts", "entitled", "ranks", "ceiling"),
    FINDING_UNIT_BASIC_SPACE_OVER_ENTITLEMENT("unit", "held", "office", "posts", "basic"),
    FINDING_UNIT_BASIC_SPACE_OVER_ENTITLEMENT_CAPPED("unit", "held", "office", "posts", "basic", "ranks", "ceiling"),
    FINDING_RECORDED("excess", "since"),
    OCCUPANT("name", "rank", "standard"),
    TOWNSHIP_CEILING("rank", "ceiling");

    private final List<String> parameters;

    PropertyText(String... parameters) {
        this.parameters = List.of(parameters);
    }

    @Override
    public String bundle() {
        return "i18n/property";
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    /** The label of an enum value the messages name (a level, a room category, a person's status, a dissolution). */
    public static PropertyText label(String prefix, Enum<?> value) {
        return valueOf(prefix + "_" + value.name());
    }
}
