package cn.onenetwork.supervision.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 权属登记情况, the six values of the national 办公用房信息 table, read from the registry's title of a building. */
@Schema(name = "TitleRegistration", description = "权属登记情况 the title registration of a building as the national tables class it.")
public enum TitleRegistration {
    UNIFIED_UNDER_BUREAU,
    UNDER_UNITS_RECORDS_HANDED_OVER,
    UNDER_UNITS_RECORDS_NOT_HANDED_OVER,
    UNREGISTERED_RECORDS_HANDED_OVER,
    UNREGISTERED_RECORDS_NOT_HANDED_OVER,
    OTHER;

    /**
     * A building's class from its title as of the day: its state (null when it has none) and whether its title documents
     * were handed to the bureau. A leased building without a title of ours, and a disputed title, are 其他情况.
     */
    public static TitleRegistration of(String titleState, boolean recordsHandedOver, boolean leased) {
        if (titleState == null) {
            return leased ? OTHER : UNREGISTERED_RECORDS_NOT_HANDED_OVER;
        }
        return switch (titleState) {
            case "REGISTERED_TO_BUREAU" -> UNIFIED_UNDER_BUREAU;
            case "REGISTERED_TO_USER_UNIT", "REGISTERED_TO_OTHER" -> recordsHandedOver ? UNDER_UNITS_RECORDS_HANDED_OVER : UNDER_UNITS_RECORDS_NOT_HANDED_OVER;
            case "FILED_AS_UNCLEAR", "RECORDS_MISSING" -> recordsHandedOver ? UNREGISTERED_RECORDS_HANDED_OVER : UNREGISTERED_RECORDS_NOT_HANDED_OVER;
            default -> OTHER;
        };
    }
}
