package cn.onenetwork.supervision.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.supervision.Ledger;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over generated division trees: every level's rolled-up figures are its own plus its children's, column by column, and
 * the region's equal the sums over every room generated anywhere in it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RollupOverRandomTreesTest {

    private static final String[] CATEGORIES = {"OFFICE", "SERVICE", "EQUIPMENT", "ANCILLARY", "TECHNICAL"};
    private static final List<String> COLUMNS = List.of("landArea", "grossFloorArea", "officeBuildingArea", "technicalBuildingArea", "approvedStaffing",
            "officeUseArea", "serviceUseArea", "equipmentUseArea", "basicUseArea", "ancillaryBuildingArea", "technicalBuildings",
            "technicalBuildingsGrossArea", "constructionProjects", "constructionScale", "constructionInvestment");

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(longs = {7L, 2026L, 640000L})
    void everyLevelIsItsOwnFiguresPlusItsChildrenColumnByColumn(long seed) {
        Random random = new Random(seed);
        Ledger ledger = new Ledger(entityManager);
        String province = ledger.province("随机自治区" + seed);
        Map<String, List<String>> children = new LinkedHashMap<>();
        children.put(province, new ArrayList<>());
        int cities = 1 + random.nextInt(3);
        for (int c = 1; c <= cities; c++) {
            String city = province.substring(0, 2) + String.format("%02d", c) + "00";
            ledger.division(city, "随机市" + c, "MUNICIPAL", province);
            children.get(province).add(city);
            children.put(city, new ArrayList<>());
            int counties = random.nextInt(4);
            for (int k = 1; k <= counties; k++) {
                String county = city.substring(0, 4) + String.format("%02d", k);
                ledger.division(county, "随机县" + c + k, "COUNTY", city);
                children.get(city).add(county);
                children.put(county, List.of());
            }
        }
        Map<String, BigDecimal> generated = new LinkedHashMap<>();
        for (String division : children.keySet()) {
            populate(ledger, random, division, generated);
        }
        ledger.applied();

        for (String division : children.keySet()) {
            JsonPath rollup = rollup(division);
            for (String column : COLUMNS) {
                BigDecimal expected = number(rollup.get("own." + column));
                for (String child : children.get(division)) {
                    BigDecimal childTotal = number(rollup(child).get("total." + column));
                    assertEquals(0, childTotal.compareTo(number(rollup.get("children.find { it.divisionCode == '" + child + "' }.figures." + column))),
                            division + " counts " + child + "'s " + column + " as " + child + " does");
                    expected = expected.add(childTotal);
                }
                assertEquals(0, expected.compareTo(number(rollup.get("total." + column))), division + ": " + column);
            }
        }
        JsonPath region = rollup(province);
        generated.forEach((column, sum) -> assertEquals(0, sum.compareTo(number(region.get("total." + column))), "the region's " + column));
    }

    /** Up to two buildings of one unit each, their rooms of random categories, the first and most others held by the unit. */
    private static void populate(Ledger ledger, Random random, String division, Map<String, BigDecimal> generated) {
        String level = division.endsWith("0000") ? "PROVINCIAL" : division.endsWith("00") ? "MUNICIPAL" : "COUNTY";
        int buildings = random.nextInt(3);
        for (int b = 0; b < buildings; b++) {
            int staffing = 1 + random.nextInt(30);
            UUID unit = ledger.agency(division, "随机单位" + division + b, level, null, Map.of(
                    cn.onenetwork.supervision.report.StaffingColumns.of(level).get(0), staffing));
            UUID building = ledger.building(division, null, (1000 + random.nextInt(5000)) + ".00", 2000, "FISCAL_FUNDING", Ledger.SETUP_DAY);
            int rooms = 1 + random.nextInt(4);
            List<String> categories = new ArrayList<>();
            for (int r = 0; r < rooms; r++) {
                // No technical rooms: a building of technical rooms alone is another table's.
                categories.add(CATEGORIES[random.nextInt(CATEGORIES.length - 1)]);
            }
            for (int r = 0; r < rooms; r++) {
                String category = categories.get(r);
                String use = (10 + random.nextInt(90)) + "." + String.format("%02d", random.nextInt(100));
                String built = new BigDecimal(use).add(new BigDecimal("6.50")).toPlainString();
                UUID room = ledger.room(building, division, "R" + r, category, use, built, Ledger.SETUP_DAY);
                if (r == 0 || random.nextInt(5) > 0) {
                    ledger.holding(room, unit, division, LocalDate.of(2020, 1, 1));
                }
                switch (category) {
                    case "OFFICE" -> add(generated, "officeUseArea", use);
                    case "SERVICE" -> add(generated, "serviceUseArea", use);
                    case "EQUIPMENT" -> add(generated, "equipmentUseArea", use);
                    case "ANCILLARY" -> add(generated, "ancillaryBuildingArea", built);
                    default -> {
                    }
                }
                if (List.of("OFFICE", "SERVICE", "EQUIPMENT").contains(category)) {
                    add(generated, "basicUseArea", use);
                }
            }
            add(generated, "approvedStaffing", Integer.toString(staffing));
        }
        if (random.nextBoolean()) {
            ledger.construction(division, "随机项目" + division, "1200.00", "4500000.00", "NECESSARY", null);
            add(generated, "constructionProjects", "1");
            add(generated, "constructionInvestment", "4500000.00");
        }
    }

    private static void add(Map<String, BigDecimal> sums, String column, String value) {
        sums.merge(column, new BigDecimal(value), BigDecimal::add);
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private JsonPath rollup(String division) {
        return given().auth().oauth2(DevTokens.auditor(division)).queryParam("reportingYear", TestDay.TODAY.getYear())
                .get("/api/v1/statistics-submissions/rollup").then().statusCode(200).extract().body().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
