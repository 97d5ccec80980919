package cn.onenetwork.property.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ReportApiTest {

    @Test
    void areasRollUpTheDivisionTreeAndStayInScope() {
        Fixtures.ningxia();
        for (String division : List.of("640104", "640105")) {
            String building = Registry.building(division, "统计楼" + division);
            String floor = Registry.floor(division, building, "1");
            Registry.room(division, building, floor, "101", "OFFICE", "18.00");
            Registry.room(division, building, floor, "102", "TECHNICAL", "40.00");
        }
        JsonPath region = given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/reports/area-rollup").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> divisions = region.getList("divisions");
        for (Map<String, Object> division : divisions) {
            long ownRooms = rooms(division, "own");
            long childRooms = divisions.stream().filter(d -> division.get("divisionCode").equals(d.get("parentCode"))).mapToLong(d -> rooms(d, "rolledUp")).sum();
            assertEquals(ownRooms + childRooms, rooms(division, "rolledUp"), "division " + division.get("divisionCode"));
        }
        assertTrue(rooms(find(divisions, "640100"), "rolledUp") >= 4);

        List<Map<String, Object>> county = given().auth().oauth2(DevTokens.auditor("640104")).get("/api/v1/reports/area-rollup").then().statusCode(200)
                .extract().jsonPath().getList("divisions");
        // The county's own subtree only (other tests may add townships below it).
        List<Object> codes = county.stream().map(d -> d.get("divisionCode")).toList();
        assertTrue(codes.contains("640104") && codes.stream().allMatch(c -> c.toString().startsWith("640104")), codes.toString());
    }

    @Test
    void theOverStandardReportAddsUpItsLines() {
        Fixtures.ningxia();
        String agency = Registry.agency("640105", "西夏区统计局", "GOVERNMENT");
        String building = Registry.building("640105", "西夏区统计局楼");
        String room = Registry.room("640105", building, Registry.floor("640105", building, "2"), "201", "OFFICE", "20.00");
        Registry.seat("640105", Registry.person("640105", agency, "郑科员", "BELOW_SECTION"), room, Registry.today().minusDays(1));

        JsonPath report = given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/reports/over-standard").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> lines = report.getList("lines");
        assertEquals(report.getLong("findings"), lines.stream().mapToLong(l -> ((Number) l.get("findings")).longValue()).sum());
        assertEquals(new BigDecimal(report.getString("excessArea")).stripTrailingZeros(),
                lines.stream().map(l -> new BigDecimal(l.get("excessArea").toString())).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros());
        assertTrue(lines.stream().anyMatch(l -> "640105".equals(l.get("divisionCode")) && "OFFICE_OVER_STANDARD".equals(l.get("rule"))));
        given().auth().oauth2(DevTokens.agencyUser("640105", "11640105MB0000001A")).get("/api/v1/reports/over-standard").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static long rooms(Map<String, Object> division, String which) {
        Map<String, Map<String, Object>> areas = (Map<String, Map<String, Object>>) division.get(which);
        return areas.values().stream().mapToLong(a -> ((Number) a.get("rooms")).longValue()).sum();
    }

    private static Map<String, Object> find(List<Map<String, Object>> divisions, String code) {
        return divisions.stream().filter(d -> code.equals(d.get("divisionCode"))).findFirst().orElseThrow();
    }
}
