package cn.onenetwork.allocation.lease;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 租用 and 建设: only after the higher methods were ruled out; the rent cap, expiry reminders, and the necessity review. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LeaseAndConstructionTest {

    private static final String DIVISION = "640502";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);
    private static final Map<String, Object> REVIEW = Map.of("projectName", "中宁县综合办公楼", "site", "中宁县城东", "plannedArea", "900.00",
            "estimatedInvestment", "27000000.00");
    private static final Map<String, String> NOT_REALLOCATION_NOR_EXCHANGE = Map.of("REALLOCATION", "公物仓无房源", "EXCHANGE", "无可置换房产");

    @Inject
    LeaseService leases;

    @BeforeAll
    static void standards() {
        Replicas.areaStandard(9002, "COUNTY", "BELOW_SECTION", null, "9.00", "2014-12-01");
    }

    @Test
    void aLeaseWithinTheRentCapIsHeldForItsTermAndAnnouncedBeforeItExpires() {
        UUID unit = Replicas.unit(DIVISION, "中宁县医保局", "11640502MB0000001A", "{\"BELOW_SECTION\":4}");
        UUID premises = Replicas.building(DIVISION, "ZN-L01", "中宁县商务大厦（租用）", "LEASED");
        UUID first = Replicas.room(DIVISION, premises, "801", "OFFICE", "18.00", "IDLE", "2026-01-01");
        UUID second = Replicas.room(DIVISION, premises, "802", "OFFICE", "18.00", "IDLE", "2026-01-01");
        String request = approved(unit, "LEASE", NOT_REALLOCATION_NOR_EXCHANGE, "36.00");
        LocalDate today = TestDay.TODAY;

        // 36 m² at 30,000 元 a year is 69.44 元 per m² per month, above the 60.00 cap.
        sign(request, premises, List.of(first, second), "30000.00", today.minusYears(2), today.plusMonths(2)).statusCode(422)
                .body("code", equalTo("RENT_ABOVE_CAP")).body("detail", containsString("69.44"));
        // Compared unrounded: one fen a year above 60.00 × 36 m² × 12 months is above the cap, though it rounds to 60.00.
        sign(request, premises, List.of(first, second), "25920.01", today.minusYears(2), today.plusMonths(2)).statusCode(422)
                .body("code", equalTo("RENT_ABOVE_CAP")).body("detail", containsString("60.00 元"));
        String lease = sign(request, premises, List.of(first, second), "17280.00", today.minusYears(2), today.plusMonths(2)).statusCode(201)
                .body("monthlyRentPerSquareMetre", equalTo(40.00f)).body("area", equalTo(36.00f)).body("expiresSoon", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(ADMIN).get("/api/v1/allocation-requests/" + request).then().body("status", equalTo("FULFILLED"));
        given().auth().oauth2(ADMIN).queryParam("agencyId", unit).queryParam("current", true).get("/api/v1/holdings").then()
                .body("items", hasSize(2)).body("items.basis", everyItem(equalTo("LEASE")));

        assertTrue(leases.remindExpiring() >= 1);
        given().auth().oauth2(ADMIN).queryParam("expiring", true).get("/api/v1/leases").then().statusCode(200).body("items.id", hasItem(lease));
        given().auth().oauth2(ADMIN).get("/api/v1/leases/" + lease).then().body("expiryRemindedOn", equalTo(today.toString()))
                .body("history.action", equalTo(List.of("SIGN", "REMIND_EXPIRY")));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("endedOn", today.toString(), "reason", "租期届满"))
                .post("/api/v1/leases/" + lease + "/end").then().statusCode(200).body("status", equalTo("ENDED"));
        given().auth().oauth2(ADMIN).queryParam("agencyId", unit).queryParam("current", true).get("/api/v1/holdings").then().body("items", hasSize(0));
        // The lease's certificate ended with its holdings.
        given().auth().oauth2(ADMIN).queryParam("agencyId", unit).get("/api/v1/certificates").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("CANCELLED")).body("items[0].statusReason", containsString("租赁终止"));
    }

    @Test
    void aRelocationServedByALeaseHandsTheOldSpaceBack() {
        UUID unit = Replicas.unit(DIVISION, "中宁县气象局", "11640502MB0000003A", "{\"BELOW_SECTION\":1}");
        UUID old = Replicas.room(DIVISION, UUID.randomUUID(), "Q101", "OFFICE", "9.00", "IN_USE", "2020-01-01");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", old.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "中机管配〔2020〕1号", "fromDate", "2020-01-01")).post("/api/v1/holdings").then().statusCode(201);
        UUID premises = Replicas.building(DIVISION, "ZN-L02", "中宁县气象大厦（租用）", "LEASED");
        UUID leased = Replicas.room(DIVISION, premises, "501", "OFFICE", "9.00", "IDLE", "2026-01-01");
        String request = approved(unit, "RELOCATION", "LEASE", NOT_REALLOCATION_NOR_EXCHANGE, "9.00");
        LocalDate today = TestDay.TODAY;
        sign(request, premises, List.of(leased), "3000.00", today, today.plusYears(3)).statusCode(201);
        // 建新交旧: the room it leaves gets a vacating order, whichever method served the move.
        given().auth().oauth2(ADMIN).queryParam("agencyId", unit).get("/api/v1/vacating-orders").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].roomId", equalTo(old.toString())).body("items[0].cause", equalTo("RELOCATION"));
    }

    @Test
    void aConstructionIsReviewedOnlyForAConstructionRequestAndIsNotNecessaryWhileThePoolCanServe() {
        UUID unit = Replicas.unit(DIVISION, "中宁县档案馆", "11640502MB0000002A", "{\"BELOW_SECTION\":1}");
        UUID building = Replicas.building(DIVISION, "ZN-001", "中宁县行政中心");
        String leaseRequest = approved(unit, "LEASE", NOT_REALLOCATION_NOR_EXCHANGE, "9.00");
        review(leaseRequest).statusCode(422).body("code", equalTo("NOT_A_CONSTRUCTION_REQUEST"));

        Map<String, String> allAbove = new HashMap<>(NOT_REALLOCATION_NOR_EXCHANGE);
        allAbove.put("LEASE", "周边无符合条件的可租房源");
        UUID other = Replicas.unit(DIVISION, "中宁县方志办", "11640502MB0000003A", "{\"BELOW_SECTION\":1}");
        String request = approved(other, "CONSTRUCTION", allAbove, "9.00");
        String unitCode = given().auth().oauth2(ADMIN).get("/api/v1/allocation-requests/" + request).then().extract().path("agencyCode");
        Map<String, Object> opening = new HashMap<>(REVIEW);
        opening.put("requestId", request);
        opening.put("approvingDepartment", "x".repeat(201));
        review(opening).statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("approvingDepartment"));
        opening.remove("approvingDepartment");
        opening.put("builder", " 中宁县机关事务服务中心 ");
        // The project's main using unit is the request's; the approving department is not known yet.
        String review = review(opening).statusCode(201).body("status", equalTo("UNDER_REVIEW")).body("agencyId", equalTo(other.toString()))
                .body("agencyCode", equalTo(unitCode)).body("builder", equalTo("中宁县机关事务服务中心")).body("approvingDepartment", nullValue())
                .extract().path("id");
        // A room falls idle after the approval: while the pool can serve, building is not necessary.
        UUID idle = Replicas.room(DIVISION, building, "301", "OFFICE", "9.00", "IDLE", "2025-01-01");
        Map<String, Object> necessary = Map.of("necessary", true, "findings", List.of("现有用房均为危房", "租用成本高"), "reason", "确有必要");
        step(review, "decide", "0", necessary).statusCode(422).body("code", equalTo("POOL_CAN_SERVE"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", idle.toString(), "agencyId", unit.toString(), "basis",
                "EXISTING_USE", "reference", "中机管配〔2025〕1号", "fromDate", "2025-01-01")).post("/api/v1/holdings").then().statusCode(201);
        step(review, "hand-off", "0", Map.of("handedTo", "中宁县发展和改革局", "reference", "中机管函〔2026〕1号")).statusCode(409);
        step(review, "decide", "0", necessary).statusCode(200).body("status", equalTo("NECESSARY")).body("findings", hasSize(2));
        step(review, "hand-off", "1", Map.of("handedTo", "中宁县发展和改革局", "reference", "中机管函〔2026〕1号", "builder", "  ")).statusCode(200)
                .body("status", equalTo("HANDED_OFF")).body("history.action", equalTo(List.of("OPEN", "DECIDE", "HAND_OFF")))
                .body("approvingDepartment", nullValue()).body("builder", equalTo("中宁县机关事务服务中心"));

        UUID third = Replicas.unit(DIVISION, "中宁县融媒体中心", "11640502MB0000004A", "{\"BELOW_SECTION\":1}");
        String second = approved(third, "CONSTRUCTION", allAbove, "9.00");
        Map<String, Object> plain = new HashMap<>(REVIEW);
        plain.put("requestId", second);
        String handedOff = review(plain).statusCode(201).body("builder", nullValue()).extract().path("id");
        step(handedOff, "decide", "0", Map.of("necessary", true, "findings", List.of("现有用房不足"), "reason", "确有必要")).statusCode(200);
        step(handedOff, "hand-off", "1", Map.of("handedTo", "中宁县发展和改革局", "reference", "中机管函〔2026〕2号", "approvingDepartment", "x".repeat(201)))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("approvingDepartment"));
        step(handedOff, "hand-off", "1", Map.of("handedTo", "中宁县发展和改革局", "reference", "中机管函〔2026〕2号", "approvingDepartment", "中宁县发展和改革局",
                "builder", "中宁县城市建设投资有限公司")).statusCode(200).body("approvingDepartment", equalTo("中宁县发展和改革局"))
                .body("builder", equalTo("中宁县城市建设投资有限公司"));

        // The events carry them: the supervision's 建设项目 table is drawn from them.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "allocation.construction-reviews", Duration.ofMillis(300))
                    .stream().filter(r -> handedOff.equals(r.key())).map(r -> r.value()).toList();
            assertEquals(3, events.size());
            assertTrue(events.get(0).contains("\"agencyCode\":\"11640502MB0000004A\""));
            assertFalse(events.get(0).contains("\"approvingDepartment\":\""));
            assertTrue(events.get(2).contains("\"approvingDepartment\":\"中宁县发展和改革局\""));
            assertTrue(events.get(2).contains("\"builder\":\"中宁县城市建设投资有限公司\""));
        });
    }

    private static String approved(UUID unit, String method, Map<String, String> ruledOut, String area) {
        return approved(unit, "STAFFING_CHANGE", method, ruledOut, area);
    }

    private static String approved(UUID unit, String reason, String method, Map<String, String> ruledOut, String area) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "reason", reason,
                "justification", "编制增加", "staff", List.of(Map.of("rank", "BELOW_SECTION", "people", Integer.parseInt(area.substring(0, area.indexOf('.'))) / 9)),
                "serviceAreaAsked", "0.00", "equipmentAreaAsked", "0.00", "areaAsked", area)).post("/api/v1/allocation-requests").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}").post("/api/v1/allocation-requests/" + id + "/review")
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("method", method, "ruledOut", ruledOut,
                "fundingSource", "GOVERNMENT_BUDGET")).post("/api/v1/allocation-requests/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse sign(String request, UUID premises, List<UUID> rooms, String rent, LocalDate from, LocalDate to) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("requestId", request, "buildingId", premises.toString(),
                "roomIds", rooms.stream().map(UUID::toString).toList(), "lessor", "中宁县某置业有限公司", "startsOn", from.toString(), "endsOn", to.toString(),
                "annualRent", rent, "approvalReference", "中机管租〔2024〕2号", "filingReference", "中机管备〔2024〕15号",
                "agreement", Agreements.signed(from.toString()))).post("/api/v1/leases").then();
    }

    private static ValidatableResponse review(String request) {
        Map<String, Object> body = new HashMap<>(REVIEW);
        body.put("requestId", request);
        return review(body);
    }

    private static ValidatableResponse review(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/construction-reviews").then();
    }

    private static ValidatableResponse step(String id, String action, String version, Map<String, ?> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/construction-reviews/" + id + "/" + action).then();
    }
}
