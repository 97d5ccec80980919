package cn.onenetwork.common.i18n;

import java.util.List;

/** The messages every service and the gateway share: titles, the HTTP layer's and the platform modules' own. */
public enum PlatformText implements MessageKey {
    TITLE_400, TITLE_401, TITLE_403, TITLE_404, TITLE_405, TITLE_406, TITLE_409, TITLE_412, TITLE_413, TITLE_414, TITLE_415, TITLE_422, TITLE_428,
    TITLE_429, TITLE_500, TITLE_502, TITLE_503, TITLE_504,
    NOT_FOUND("what", "id"),
    VALIDATION_MESSAGE("message"),
    NO_RESOURCE("path"),
    FIELDS_INVALID("count"),
    UNKNOWN_FIELD("field"),
    KNOWN_FIELDS("known"),
    FIELD_NUL("field"),
    NUL_CHARACTER,
    FIELD_WRONG_FORMAT("field"),
    FIELD_WRONG_TYPE("field"),
    EXPECTED("expected"),
    ONE_OF("values"),
    BODY_WRONG_SHAPE,
    BODY_NOT_JSON,
    BODY_NOT_JSON_AT("line", "column"),
    VERSION_CONFLICT,
    DATA_CONFLICT,
    DATA_CONFLICT_NAMED("constraint"),
    TOKEN_REQUIRED,
    TOKEN_INVALID,
    TOKEN_CLAIMS("reason"),
    CLAIMS_UNREADABLE,
    CLAIM_DIVISION,
    CLAIM_AGENCY,
    CLAIM_GROUPS,
    ROLE_FORBIDDEN,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE("seconds"),
    BAD_QUERY_VALUE("parameter", "value"),
    NOT_ACCEPTED_VALUE,
    PARAMETER_INVALID("parameter", "problem"),
    MUST_BE_BOOLEAN,
    MUST_BE_WHOLE_NUMBER,
    MUST_BE_WHOLE_NUMBER_BETWEEN("min", "max"),
    MUST_BE_DECIMAL,
    MUST_BE_UUID,
    MUST_BE_DATE,
    MUST_BE_ONE_OF("values"),
    NOT_PERCENT_ENCODED,
    DOT_SEGMENT,
    INVALID_CURSOR,
    NOT_A_CURSOR,
    LIMIT_OUT_OF_RANGE("max"),
    BETWEEN("min", "max"),
    DOCUMENT_TYPE_NOT_ACCEPTED("accepted", "type"),
    DOCUMENT_EMPTY,
    IS_EMPTY,
    DOCUMENT_TOO_LARGE("size", "max"),
    FILE_NAME_NEEDED,
    FILE_NAME_RULE,
    CHECKSUM_MISMATCH("actual", "expected"),
    IF_MATCH_REQUIRED,
    IF_MATCH_STALE("given", "current"),
    SEARCH_TOO_LONG("max"),
    AT_MOST_CHARACTERS("max"),
    DIVISION_CLAIM_MISSING,
    NOT_A_DIVISION_CODE,
    DIVISION_CODE_FORMAT,
    DIVISION,
    BUREAU_ONLY,
    OUTSIDE_OWN_LEVEL("own", "record"),
    PARAMETER_REQUIRED("parameter"),
    MUST_NOT_BE_BLANK,
    IDEMPOTENCY_KEY_FORMAT,
    IDEMPOTENCY_KEY_RULE,
    IDEMPOTENCY_KEY_REUSED("key"),
    URI_TOO_LONG("max"),
    MALFORMED_REQUEST_LINE,
    BODY_TOO_LARGE("max"),
    UPSTREAM_UNAVAILABLE,
    UPSTREAM_TIMEOUT("seconds"),
    UPSTREAM_CIRCUIT_OPEN("seconds"),
    RATE_LIMITED("perSecond", "burst", "who", "seconds"),
    ONE_CALLER,
    ONE_CALLER_ON_ROUTE,
    ONE_ADDRESS_ON_ROUTE,
    NO_ROUTE("path");

    private final List<String> parameters;

    PlatformText(String... parameters) {
        this.parameters = List.of(parameters);
    }

    @Override
    public String bundle() {
        return "i18n/platform";
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    /** The title of an answer with this status: what kind of problem it is. */
    public static PlatformText title(int status) {
        try {
            return valueOf("TITLE_" + status);
        } catch (IllegalArgumentException e) {
            return status >= 500 ? TITLE_500 : TITLE_400;
        }
    }
}
