package cn.onenetwork.supervision.report;

import java.util.List;
import java.util.Map;

/**
 * The 批复编制 columns of the national 办公用房信息 table by the reporting division's level, as the registry's rank codes
 * (property-service V1 rank_title) in the template's order.
 */
public final class StaffingColumns {

    private static final Map<String, List<String>> BY_LEVEL = Map.of(
            "CENTRAL", List.of("MINISTER", "VICE_MINISTER", "DIRECTOR_GENERAL", "DEPUTY_DIRECTOR_GENERAL", "DIVISION_CHIEF", "BELOW_DIVISION"),
            "PROVINCIAL", List.of("GOVERNOR", "VICE_GOVERNOR", "BUREAU_DIRECTOR", "DEPUTY_BUREAU_DIRECTOR", "DIVISION_CHIEF", "DEPUTY_DIVISION_CHIEF",
                    "BELOW_DIVISION"),
            "MUNICIPAL", List.of("MAYOR", "VICE_MAYOR", "BUREAU_DIRECTOR", "DEPUTY_BUREAU_DIRECTOR", "BELOW_BUREAU"),
            "COUNTY", List.of("COUNTY_HEAD", "DEPUTY_COUNTY_HEAD", "SECTION_CHIEF", "DEPUTY_SECTION_CHIEF", "BELOW_SECTION"),
            "TOWNSHIP", List.of("TOWNSHIP_HEAD", "DEPUTY_TOWNSHIP_HEAD", "BELOW_TOWNSHIP_LEADERSHIP"));

    private StaffingColumns() {
    }

    /** The rank codes a division of this level reports, in the template's order. */
    public static List<String> of(String level) {
        List<String> ranks = BY_LEVEL.get(level);
        if (ranks == null) {
            throw new IllegalArgumentException("no administrative level " + level);
        }
        return ranks;
    }
}
