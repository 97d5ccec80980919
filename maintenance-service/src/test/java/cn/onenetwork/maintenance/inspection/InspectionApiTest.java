package cn.onenetwork.maintenance.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import cn.onenetwork.maintenance.ReadModels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inspections by system, findings past their deadline, and the condition index they make. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InspectionApiTest {

    private static final String DIVISION = "640105";

    @Inject
    EntityManager entityManager;

    @Test
    void findingsMakeTheConditionIndexAndThoseOpenPastTheirDeadlineAreOverdue() {
        LocalDate today = ReadModels.today();
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID building = new ReadModels(entityManager).building(DIVISION, "西夏区检查测试楼", today.minusYears(20), "1000.00", null);
        given().auth().oauth2(admin).get("/api/v1/building-conditions/" + building).then().statusCode(200).body("band", equalTo(null))
                .body("replacementValue", equalTo(4000000.00f));

        var planned = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("buildingId", building.toString(), "systems", List.of("FIRE_PROTECTION", "ENVELOPE"), "plannedOn", today.minusDays(30).toString()))
                .post("/api/v1/inspections").then().statusCode(201).body("status", equalTo("PLANNED")).extract();
        String id = planned.path("id");
        Map<String, Object> lifts = Map.of("system", "LIFTS", "severity", "LOW", "description", "电梯异响", "remediationCost", "1000.00",
                "remediateBy", today.toString());
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", planned.header("ETag"))
                .body(Map.of("performedOn", today.minusDays(30).toString(), "inspector", "张工", "findings", List.of(lifts)))
                .post("/api/v1/inspections/" + id + "/record").then().statusCode(400).body("errors[0].field", equalTo("findings[0].system"));
        Map<String, Object> sprinklers = Map.of("system", "FIRE_PROTECTION", "severity", "HIGH", "description", "喷淋管道锈蚀渗漏", "remediationCost", "300000.00",
                "remediateBy", today.minusDays(1).toString());
        Map<String, Object> facade = Map.of("system", "ENVELOPE", "severity", "LOW", "description", "外墙局部空鼓", "remediationCost", "20000.00",
                "remediateBy", today.plusDays(60).toString());
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", planned.header("ETag"))
                .body(Map.of("performedOn", today.minusDays(30).toString(), "inspector", "张工", "findings", List.of(sprinklers, facade)))
                .post("/api/v1/inspections/" + id + "/record").then().statusCode(200).body("status", equalTo("RECORDED"))
                .body("findings[0].overdue", equalTo(true)).body("findings[1].overdue", equalTo(false));

        String overdue = given().auth().oauth2(DevTokens.auditor("640000")).queryParam("overdue", true).queryParam("buildingId", building.toString())
                .get("/api/v1/inspection-findings").then().statusCode(200).body("items.description", equalTo(List.of("喷淋管道锈蚀渗漏"))).extract().path("items[0].id");
        given().auth().oauth2(admin).get("/api/v1/building-conditions/" + building).then().statusCode(200).body("deferredMaintenance", equalTo(320000.00f))
                .body("conditionIndexPercent", equalTo(8.00f)).body("band", equalTo("FAIR")).body("openFindings", equalTo(2));
        given().auth().oauth2(admin).queryParam("band", "FAIR").queryParam("limit", 500).get("/api/v1/building-conditions").then().statusCode(200)
                .body("items.buildingId", hasItem(building.toString()));

        given().auth().oauth2(admin).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("resolvedOn", today.toString(), "resolution", "更换锈蚀管段")).post("/api/v1/inspection-findings/" + overdue + "/resolution").then()
                .statusCode(200).body("overdue", equalTo(false)).body("resolvedOn", equalTo(today.toString()));
        given().auth().oauth2(admin).queryParam("overdue", true).get("/api/v1/inspection-findings").then().statusCode(200).body("items.id", not(hasItem(overdue)));
        given().auth().oauth2(admin).get("/api/v1/building-conditions/" + building).then().body("conditionIndexPercent", equalTo(0.50f))
                .body("band", equalTo("GOOD"));

        var next = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("buildingId", building.toString(), "systems", List.of("LIFTS"), "plannedOn", today.plusDays(10).toString()))
                .post("/api/v1/inspections").then().statusCode(201).extract();
        String etag = given().auth().oauth2(admin).contentType("application/json").header("If-Match", next.header("ETag"))
                .body(Map.of("buildingId", building.toString(), "systems", List.of("LIFTS", "ELECTRICAL"), "plannedOn", today.plusDays(20).toString()))
                .put("/api/v1/inspections/" + next.path("id")).then().statusCode(200).body("systems", hasSize(2)).extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag)
                .body(Map.of("cancelledOn", today.toString(), "reason", "与年度安全检查合并进行")).post("/api/v1/inspections/" + next.path("id") + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("与年度安全检查合并进行"));
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", "\"2\"")
                .body(Map.of("performedOn", today.toString(), "inspector", "张工", "findings", List.of())).post("/api/v1/inspections/" + next.path("id") + "/record")
                .then().statusCode(409).body("code", equalTo("INSPECTION_NOT_PLANNED"));

        StatementLog.reset();
        given().auth().oauth2(admin).queryParam("buildingId", building.toString()).get("/api/v1/inspections").then().statusCode(200)
                .body("items", hasSize(2)).body("items.find { it.id == '" + id + "' }.findings.description", equalTo(List.of("喷淋管道锈蚀渗漏", "外墙局部空鼓")))
                .body("items.find { it.id == '" + next.path("id") + "' }.findings", hasSize(0));
        assertEquals(1, StatementLog.selectsFrom("inspection_finding"), "a page's findings in one query");
    }

    @Test
    void theConditionsListIsPagedWorstFirstThenNeverInspectedAndFilteredByBand() {
        // A division of its own, so that the pages hold only these buildings.
        String division = "640121";
        String admin = DevTokens.bureauAdmin(division);
        LocalDate today = ReadModels.today();
        ReadModels models = new ReadModels(entityManager);
        UUID poor = models.building(division, "永宁县差楼", today.minusYears(30), "1000.00", null);
        UUID fair = models.building(division, "永宁县中楼", today.minusYears(30), "1000.00", null);
        UUID good = models.building(division, "永宁县好楼", today.minusYears(30), "1000.00", null);
        UUID never = models.building(division, "永宁县未查楼", today.minusYears(30), "1000.00", null);
        inspect(admin, poor, "600000.00");
        inspect(admin, fair, "300000.00");
        inspect(admin, good, "1000.00");

        StatementLog.reset();
        var first = given().auth().oauth2(admin).queryParam("limit", 2).get("/api/v1/building-conditions").then().statusCode(200)
                .body("items.buildingId", equalTo(List.of(poor.toString(), fair.toString()))).body("items[0].conditionIndexPercent", equalTo(15.00f))
                .body("items[0].band", equalTo("POOR")).extract();
        // The page is cut by the database: one query of the buildings whatever the region's size.
        assertEquals(1, StatementLog.selectsFrom("inspection_finding"));
        String cursor = first.path("nextCursor");
        given().auth().oauth2(admin).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/building-conditions").then().statusCode(200)
                .body("items.buildingId", equalTo(List.of(good.toString(), never.toString()))).body("items[1].band", equalTo(null))
                .body("nextCursor", equalTo(null));
        given().auth().oauth2(admin).queryParam("band", "FAIR").get("/api/v1/building-conditions").then().statusCode(200)
                .body("items.buildingId", equalTo(List.of(fair.toString())));
        given().auth().oauth2(admin).queryParam("band", "GOOD").get("/api/v1/building-conditions").then().statusCode(200)
                .body("items.buildingId", equalTo(List.of(good.toString())));
        given().auth().oauth2(admin).queryParam("cursor", "forged").get("/api/v1/building-conditions").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"));
    }

    private static void inspect(String admin, UUID building, String cost) {
        LocalDate today = ReadModels.today();
        var planned = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("buildingId", building.toString(), "systems", List.of("ENVELOPE"), "plannedOn", today.minusDays(3).toString()))
                .post("/api/v1/inspections").then().statusCode(201).extract();
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", planned.header("ETag"))
                .body(Map.of("performedOn", today.minusDays(3).toString(), "inspector", "李工", "findings", List.of(Map.of("system", "ENVELOPE",
                        "severity", "MEDIUM", "description", "外墙空鼓", "remediationCost", cost, "remediateBy", today.plusDays(30).toString()))))
                .post("/api/v1/inspections/" + planned.path("id") + "/record").then().statusCode(200);
    }
}
