package cn.onenetwork.maintenance.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.maintenance.ReadModels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reserve's transparent, reproducible order; the plan within its budget; only planned projects start. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ReserveAndPlanApiTest {

    // 西夏区: no other test of this service establishes projects there.
    private static final String DIVISION = "640105";

    @Inject
    EntityManager entityManager;

    private final String admin = DevTokens.bureauAdmin(DIVISION);
    private final LocalDate today = ReadModels.today();
    private final int year = today.getYear() + 1;

    @Test
    void theReserveIsOrderedByScoreWithItsPartsAndThePlanFundsItWithinTheBudget() {
        ReadModels models = new ReadModels(entityManager);
        String oldest = established(models, "西夏区档案馆", 45, "HIGH", "300000.00");
        String middle = established(models, "西夏区图书馆", 30, "MEDIUM", "200000.00");
        String newest = established(models, "西夏区文化馆", 16, "NONE", "100000.00");

        JsonPath reserve = given().auth().oauth2(admin).queryParam("planYear", year).get("/api/v1/repair-reserve").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].parts", hasSize(5)).extract().jsonPath();
        assertEquals(List.of(oldest, middle, newest), reserve.getList("items.projectId"));
        assertEquals(List.of(1, 2, 3), reserve.getList("items.rank"));
        assertTrue(reserve.getFloat("items[0].score") > reserve.getFloat("items[1].score"));
        assertEquals("AGE", reserve.getString("items[0].parts[0].name"));
        assertEquals("自 " + today.minusYears(45) + " 起使用满 45 年，每年计 2 分", reserve.getString("items[0].parts[0].basis"));
        given().auth().oauth2(admin).header("Accept-Language", "en").queryParam("planYear", year).get("/api/v1/repair-reserve").then().statusCode(200)
                .header("Content-Language", "en").body("items[0].parts[0].basis", equalTo("45 full years in use since " + today.minusYears(45) + ", 2 points a year"))
                .body("items[0].parts[3].basis", equalTo("hazard HIGH (NONE 0, LOW 30, MEDIUM 60, HIGH 100)"));
        assertEquals(reserve.getList("items"), given().auth().oauth2(admin).queryParam("planYear", year).get("/api/v1/repair-reserve").then().extract()
                .jsonPath().getList("items"), "the same data gives the same order and scores");

        var drawn = given().auth().oauth2(admin).contentType("application/json").body(Map.of("year", year, "budget", "450000.00")).post("/api/v1/annual-plans")
                .then().statusCode(201).body("total", equalTo(400000.00f)).body("remaining", equalTo(50000.00f))
                .body("funded.projectId", equalTo(List.of(oldest, newest))).body("unfunded.projectId", equalTo(List.of(middle))).extract();
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("year", year, "budget", "1.00")).post("/api/v1/annual-plans").then()
                .statusCode(409).body("code", equalTo("PLAN_EXISTS"));
        String planId = drawn.path("id");
        String lowered = given().auth().oauth2(admin).contentType("application/json").header("If-Match", drawn.header("ETag")).body(Map.of("budget", "300000.00"))
                .put("/api/v1/annual-plans/" + planId + "/budget").then().statusCode(200).body("funded.projectId", equalTo(List.of(oldest)))
                .body("unfundedCount", equalTo(2)).extract().header("ETag");
        given().auth().oauth2(admin).get("/api/v1/annual-plans/" + planId).then().body("funded.projectId", equalTo(List.of(oldest)));
        String etag = given().auth().oauth2(admin).contentType("application/json").header("If-Match", lowered).body(Map.of("budget", "600000.00"))
                .put("/api/v1/annual-plans/" + planId + "/budget").then().statusCode(200).body("total", equalTo(600000.00f)).body("funded", hasSize(3))
                .body("unfunded", hasSize(0)).extract().header("ETag");
        etag = given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag).body(Map.of("approvalReference", "西机管发〔2027〕1号"))
                .post("/api/v1/annual-plans/" + planId + "/approval").then().statusCode(200).body("status", equalTo("APPROVED")).extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag).body(Map.of("budget", "700000.00"))
                .put("/api/v1/annual-plans/" + planId + "/budget").then().statusCode(409).body("code", equalTo("PLAN_APPROVED"))
                .body("detail", equalTo("行政区划 " + DIVISION + " 的 " + year + " 年度维修计划已于 " + today + " 批准（西机管发〔2027〕1号）；已批准的计划不得更改"));
        for (String id : List.of(oldest, middle, newest)) {
            given().auth().oauth2(admin).get("/api/v1/repair-projects/" + id).then().body("status", equalTo("PLANNED")).body("plannedOn", equalTo(today.toString()))
                    .body("stages.find { it.stage == 'PLAN' }.comment", equalTo("西机管发〔2027〕1号"));
        }

        String late = established(models, "西夏区少年宫", 20, "LOW", "80000.00");
        String lateEtag = given().auth().oauth2(admin).get("/api/v1/repair-projects/" + late).then().extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", lateEtag)
                .body(Map.of("startedOn", today.toString(), "contractor", "某公司", "contractCost", "80000.00")).post("/api/v1/repair-projects/" + late + "/start")
                .then().statusCode(409).body("code", equalTo("STAGE_OUT_OF_ORDER"));

        given().auth().oauth2(admin).queryParam("year", year).get("/api/v1/repair-costs").then().statusCode(200)
                .rootPath("lines.find { it.divisionCode == '" + DIVISION + "' && it.repairClass == 'MEDIUM' }")
                .body("projects", equalTo(4)).body("estimated", equalTo(680000.00f)).body("actual", equalTo(0));
    }

    private String established(ReadModels models, String name, int age, String hazard, String cost) {
        UUID unit = models.unit(DIVISION, name);
        UUID building = models.building(DIVISION, name + "楼", today.minusYears(age), "4000.00", null);
        Map<String, Object> body = new HashMap<>(Map.of("agencyId", unit.toString(), "buildingId", building.toString(), "repairClass", "MEDIUM", "planYear", year,
                "title", name + "维修", "description", "老化", "grounds", List.of("AGEING"), "hazardLevel", hazard,
                "items", List.of(Map.of("system", "ENVELOPE", "description", "外墙", "estimatedCost", cost))));
        var declared = given().auth().oauth2(admin).contentType("application/json").body(body).post("/api/v1/repair-projects").then().statusCode(201).extract();
        String id = declared.path("id");
        String etag = given().auth().oauth2(admin).contentType("application/json").header("If-Match", declared.header("ETag"))
                .body(Map.of("appraisedOn", today.toString(), "appraiser", "检测中心", "conclusion", "需中修")).post("/api/v1/repair-projects/" + id + "/appraisal")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag).body(Map.of("approvalReference", "西机管维〔2026〕" + age + "号"))
                .post("/api/v1/repair-projects/" + id + "/establishment").then().statusCode(200);
        return id;
    }
}
