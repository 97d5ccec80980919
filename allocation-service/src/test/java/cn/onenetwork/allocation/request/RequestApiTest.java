package cn.onenetwork.allocation.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import cn.onenetwork.dev.TestDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 用房申请: entitlement by the registry's rule, the workflow, the priority of methods, recommendations and fulfilment. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RequestApiTest {

    private static final String DIVISION = "640106";
    /** The county that tightens a standard: its own subtree only, so the other tests keep the national figures. */
    private static final String STRICTER = "640105";
    private static final String STAFFING = "{\"SECTION_CHIEF\":2,\"BELOW_SECTION\":4}";

    @BeforeAll
    static void nationalStandards() {
        Replicas.areaStandard(9001, "COUNTY", "SECTION_CHIEF", null, "18.00", "2014-12-01");
        Replicas.areaStandard(9002, "COUNTY", "BELOW_SECTION", null, "9.00", "2014-12-01");
        Replicas.allowance(9101, "COUNTY", DIVISION, "8.00", "4.00", "2020-01-01");
        Replicas.allowance(9103, "COUNTY", STRICTER, "8.00", "4.00", "2020-01-01");
    }

    @Test
    void theSameRefusalIsChineseByDefaultAndEnglishOnRequestWithTheSameCode() {
        UUID unit = Replicas.unit(DIVISION, "金凤区档案馆", "11640106MB0000009A", STAFFING);
        String user = DevTokens.agencyUser(DIVISION, "11640106MB0000009A");
        Map<String, Object> tooMany = body(unit, List.of(Map.of("rank", "SECTION_CHIEF", "people", 3)), "50.00");

        given().auth().oauth2(user).contentType(ContentType.JSON).body(tooMany).post("/api/v1/allocation-requests").then().statusCode(422)
                .contentType("application/problem+json").header("Content-Language", "zh-CN").body("code", equalTo("STAFF_ABOVE_APPROVED_POSTS"))
                .body("title", equalTo("不符合业务规则"))
                .body("detail", equalTo("金凤区档案馆核定的 SECTION_CHIEF 编制为 2 名；办公用房按核定编制配置，不按 3 人配置"))
                .body("errors[0].field", equalTo("staff[0].people")).body("errors[0].message", equalTo("不得超过 2"));
        given().auth().oauth2(user).contentType(ContentType.JSON).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").body(tooMany)
                .post("/api/v1/allocation-requests").then().statusCode(422).contentType("application/problem+json").header("Content-Language", "en")
                .body("code", equalTo("STAFF_ABOVE_APPROVED_POSTS"))
                .body("detail", equalTo("金凤区档案馆 has 2 approved SECTION_CHIEF posts (编制); space is sized by approved posts, not by 3 people"))
                .body("errors[0].field", equalTo("staff[0].people")).body("errors[0].message", equalTo("must not exceed 2"));
        given().auth().oauth2(user).contentType(ContentType.JSON).header("Accept-Language", "fr").body(tooMany).post("/api/v1/allocation-requests").then()
                .statusCode(422).header("Content-Language", "zh-CN").body("detail", startsWith("金凤区档案馆核定的"));
    }

    @Test
    void theEntitlementIsPostsTimesStandardPlusAllowancesAndAStricterLocalStandardSizesNewRequests() {
        UUID unit = Replicas.unit(STRICTER, "西夏区发展和改革局", "11640105MB0000001A", STAFFING);
        String user = DevTokens.agencyUser(STRICTER, "11640105MB0000001A");

        // 2 × 18 + 4 × 9 = 72 m² of offices; + 6 × (8 + 4) = 144 m² of basic office space.
        submit(user, unit, "150.00").statusCode(422).contentType("application/problem+json").body("code", equalTo("AREA_ABOVE_ENTITLEMENT"))
                .body("detail", containsString("144.00")).body("errors[0].field", equalTo("areaAsked"));
        ExtractableResponse<Response> first = submit(user, unit, "144.00").statusCode(201).header("ETag", equalTo("\"0\""))
                .body("number", matchesPattern("640105-SQ-\\d{4}-\\d{4}")).body("status", equalTo("SUBMITTED"))
                .body("officeEntitlement", equalTo(72.00f)).body("basicEntitlement", equalTo(144.00f)).body("heldArea", equalTo(0.00f))
                .body("staff.find { it.rank == 'SECTION_CHIEF' }.standard", equalTo(18.00f)).body("history", hasSize(1)).extract();

        given().auth().oauth2(user).contentType(ContentType.JSON).body(body(unit, List.of(Map.of("rank", "SECTION_CHIEF", "people", 3)), "50.00"))
                .post("/api/v1/allocation-requests").then().statusCode(422).body("code", equalTo("STAFF_ABOVE_APPROVED_POSTS"))
                .body("errors[0].field", equalTo("staff[0].people"));
        given().auth().oauth2(DevTokens.agencyUser(STRICTER, "11640105MB0000009X")).contentType(ContentType.JSON).body(body(unit, staff(), "10.00"))
                .post("/api/v1/allocation-requests").then().statusCode(404);

        // The district tightens the section chief from today: new requests are sized by it, the earlier one keeps its figures.
        Replicas.areaStandard(9003, "COUNTY", "SECTION_CHIEF", STRICTER, "16.00", TestDay.TODAY.toString());
        submit(user, unit, "60.00").statusCode(201).body("officeEntitlement", equalTo(68.00f)).body("basicEntitlement", equalTo(140.00f));
        given().auth().oauth2(user).get("/api/v1/allocation-requests/" + first.path("id")).then().statusCode(200)
                .body("officeEntitlement", equalTo(72.00f));
        given().auth().oauth2(user).queryParam("agencyId", unit).get("/api/v1/allocation-requests").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aLowerMethodNeedsAReasonForEachHigherOneAndForbiddenFundingIsRefusedByName() {
        UUID unit = Replicas.unit(DIVISION, "金凤区统计局", "11640106MB0000002A", STAFFING);
        String admin = DevTokens.bureauAdmin(DIVISION);
        String id = submit(admin, unit, "60.00").statusCode(201).extract().path("id");
        step(DevTokens.agencyUser(DIVISION, "11640106MB0000002A"), id, "review", "0", Map.of()).statusCode(403);
        step(admin, id, "approve", "0", Map.of("method", "REALLOCATION")).statusCode(409).body("code", equalTo("REQUEST_NOT_UNDER_REVIEW"));
        step(admin, id, "review", "0", Map.of("comment", "材料齐全")).statusCode(200).body("status", equalTo("UNDER_REVIEW"));

        step(admin, id, "approve", "1", Map.of("method", "LEASE", "fundingSource", "GOVERNMENT_BUDGET")).statusCode(422)
                .body("code", equalTo("HIGHER_METHOD_NOT_RULED_OUT")).body("detail", containsString("尚未记录调剂、置换不能解决的原因"))
                .body("errors.field", equalTo(List.of("ruledOut.REALLOCATION", "ruledOut.EXCHANGE")));
        Map<String, String> reasons = Map.of("REALLOCATION", "公物仓无满足条件的房源", "EXCHANGE", "本级无可置换房产");
        step(admin, id, "approve", "1", Map.of("method", "LEASE", "ruledOut", reasons, "fundingSource", "DONATION")).statusCode(422)
                .body("code", equalTo("FORBIDDEN_FUNDING_SOURCE")).body("detail", containsString("不得采用捐赠"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Accept-Language", "en")
                .body(Map.of("method", "LEASE", "ruledOut", reasons, "fundingSource", "DONATION")).post("/api/v1/allocation-requests/" + id + "/approve")
                .then().statusCode(422).body("code", equalTo("FORBIDDEN_FUNDING_SOURCE"))
                .body("detail", equalTo("Office space is funded only through the government budget; DONATION 捐赠 is forbidden"));
        step(admin, id, "approve", "1", Map.of("method", "LEASE", "ruledOut", reasons)).statusCode(422).body("code", equalTo("FUNDING_SOURCE_REQUIRED"));
        step(admin, id, "approve", "1", Map.of("method", "LEASE", "ruledOut", Map.of("REALLOCATION", "x", "LEASE", "y"), "fundingSource",
                "GOVERNMENT_BUDGET")).statusCode(400).body("errors[0].field", equalTo("ruledOut.LEASE"));
        step(admin, id, "approve", "1", Map.of("method", "LEASE", "ruledOut", reasons, "fundingSource", "GOVERNMENT_BUDGET", "comment", "同意租用"))
                .statusCode(200).header("ETag", equalTo("\"2\"")).body("status", equalTo("APPROVED")).body("method", equalTo("LEASE"))
                .body("ruledOut.EXCHANGE", equalTo("本级无可置换房产")).body("history.action", equalTo(List.of("SUBMIT", "START_REVIEW", "APPROVE")));
        step(admin, id, "fulfil", "2", Map.of("fromDate", "2026-12-01")).statusCode(409).body("code", equalTo("NOT_A_REALLOCATION"));
        step(admin, id, "withdraw", "2", Map.of()).statusCode(409);
    }

    @Test
    void aRecommendationSeatsEveryoneWithinStandardAndItsRoomsArePromisedThenHeldByTheFulfilment() {
        UUID unit = Replicas.unit(DIVISION, "金凤区审计局", "11640106MB0000003A", "{\"SECTION_CHIEF\":1,\"BELOW_SECTION\":2}");
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID building = UUID.randomUUID();
        UUID chief = Replicas.room(DIVISION, building, "R301", "OFFICE", "17.50", "IDLE", "2025-01-01");
        UUID shared = Replicas.room(DIVISION, building, "R302", "OFFICE", "18.00", "IDLE", "2025-01-01");
        Replicas.room(DIVISION, building, "R303", "OFFICE", "40.00", "IDLE", "2025-01-01");
        UUID service = Replicas.room(DIVISION, building, "R304", "SERVICE", "12.00", "IDLE", "2025-01-01");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "SECTION_CHIEF", "people", 1), Map.of("rank", "BELOW_SECTION", "people", 2)), "12.00", "0.00", "60.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");

        ExtractableResponse<Response> recommended = given().auth().oauth2(admin).get("/api/v1/allocation-requests/" + id + "/recommendations")
                .then().statusCode(200).body("items[0].rank", equalTo(1)).body("items[0].excessArea", equalTo(0.00f))
                .body("items[0].explanation[0]", containsString("安排全部 3 人")).body("items[0].reasons[0].code", equalTo("SEATS_EVERYONE"))
                .body("items[0].reasons[0].values.people", equalTo("3")).extract();
        given().auth().oauth2(admin).header("Accept-Language", "en").get("/api/v1/allocation-requests/" + id + "/recommendations").then().statusCode(200)
                .header("Content-Language", "en").body("items[0].explanation[0]", startsWith("Seats all 3 people in "));
        List<String> rooms = recommended.path("items[0].rooms.roomId");
        assertEquals(3, rooms.size());
        assertTrue(rooms.containsAll(List.of(chief.toString(), shared.toString(), service.toString())), "the 40 m² room would exceed the standards");
        List<Float> areas = recommended.path("items[0].rooms.findAll { it.category == 'OFFICE' }.useArea");
        List<Float> standards = recommended.path("items[0].rooms.findAll { it.category == 'OFFICE' }.standardSum");
        for (int i = 0; i < areas.size(); i++) {
            assertTrue(areas.get(i) <= standards.get(i), "no office over standard");
        }

        step(admin, id, "review", "0", Map.of()).statusCode(200);
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", rooms)).statusCode(200)
                .body("reservedRoomIds", hasSize(3)).body("poolBestFit.excessArea", equalTo(0.00f))
                .body("poolBestFit.explanation[0]", startsWith("安排全部 3 人")).body("poolBestFit.reasons[0].code", equalTo("SEATS_EVERYONE"));
        // The request keeps the pool's best fit as codes and figures, and each reader reads it in their own language.
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) RegistryRoom.getEntityManager()
                .createNativeQuery("SELECT CAST(pool_best_fit AS text) FROM allocation_request WHERE id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
        assertTrue(stored.contains("SEATS_EVERYONE") && !stored.contains("安排") && !stored.contains("Seats"), stored);
        given().auth().oauth2(admin).header("Accept-Language", "en").get("/api/v1/allocation-requests/" + id).then().statusCode(200)
                .body("poolBestFit.explanation[0]", startsWith("Seats all 3 people in "));
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/allocation-requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.reservedRoomIds", equalTo(rooms.stream().sorted().toList()))
                .body("items.find { it.id == '" + id + "' }.history.action", equalTo(List.of("SUBMIT", "START_REVIEW", "APPROVE")));

        // Promised rooms are offered to nobody else, and cannot be handed to another request.
        UUID other = Replicas.unit(DIVISION, "金凤区档案馆", "11640106MB0000004A", "{\"BELOW_SECTION\":2}");
        String otherId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(other, List.of(Map.of("rank", "BELOW_SECTION", "people", 2)), "0.00", "0.00", "18.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).get("/api/v1/allocation-requests/" + otherId + "/recommendations").then().statusCode(200)
                .body("items.rooms.flatten().roomId", everyItem(not(equalTo(shared.toString()))));
        step(admin, otherId, "review", "0", Map.of()).statusCode(200);
        step(admin, otherId, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(shared))).statusCode(409)
                .body("code", equalTo("ROOM_RESERVED"));
        step(admin, otherId, "approve", "1", Map.of("method", "REALLOCATION")).statusCode(200);
        step(admin, otherId, "fulfil", "2", Map.of("roomIds", List.of(shared), "fromDate", "2026-12-01")).statusCode(409)
                .body("code", equalTo("ROOM_RESERVED"));

        StatementLog.reset();
        step(admin, id, "fulfil", "2", Map.of("fromDate", "2026-12-01", "comment", "已交付", "agreement", Agreements.signed("2026-11-30"))).statusCode(200)
                .body("status", equalTo("FULFILLED")).body("reservedRoomIds", hasSize(0));
        // The three rooms are checked, held and certified with a few reads of the rooms, not a read for each.
        assertTrue(StatementLog.selectsFrom("registry_room") <= 3, "room reads: " + StatementLog.selectsFrom("registry_room"));
        String number = given().auth().oauth2(admin).get("/api/v1/allocation-requests/" + id).then().extract().path("number");
        given().auth().oauth2(admin).queryParam("agencyId", unit).queryParam("current", true).get("/api/v1/holdings").then().statusCode(200)
                .body("items", hasSize(3)).body("items.basis", everyItem(equalTo("REALLOCATION"))).body("items.reference", everyItem(equalTo(number)));
        given().auth().oauth2(admin).queryParam("buildingId", building).get("/api/v1/idle-pool").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].number", equalTo("R303"));
    }

    @Test
    void anApprovedRequestIsCancelledWithAReasonAndItsPromisedRoomsReturnToThePool() {
        UUID unit = Replicas.unit(DIVISION, "金凤区信访局", "11640106MB0000009A", "{\"BELOW_SECTION\":1}");
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID building = UUID.randomUUID();
        UUID promised = Replicas.room(DIVISION, building, "C101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "BELOW_SECTION", "people", 1)), "0.00", "0.00", "9.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        step(admin, id, "review", "0", Map.of()).statusCode(200);
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(promised))).statusCode(200);
        step(admin, id, "cancel", "2", Map.of()).statusCode(400);
        step(admin, id, "cancel", "2", Map.of("reason", "单位调整用房需求")).statusCode(200).body("status", equalTo("CANCELLED"))
                .body("reservedRoomIds", hasSize(0)).body("history.action", equalTo(List.of("SUBMIT", "START_REVIEW", "APPROVE", "CANCEL")));
        step(admin, id, "cancel", "3", Map.of("reason", "再次撤销")).statusCode(409);
        given().auth().oauth2(admin).queryParam("buildingId", building).get("/api/v1/idle-pool").then().statusCode(200)
                .body("items.roomId", hasItem(promised.toString()));
    }

    @Test
    void whileTheIdlePoolCanServeNoLowerMethodIsApproved() {
        String division = "640425";
        String admin = DevTokens.bureauAdmin(division);
        Replicas.allowance(9104, "COUNTY", division, "0.00", "0.00", "2020-01-01");
        UUID idle = Replicas.room(division, UUID.randomUUID(), "P101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        UUID unit = Replicas.unit(division, "同心县统计局", "11640425MB0000001A", "{\"BELOW_SECTION\":1}");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "BELOW_SECTION", "people", 1)), "0.00", "0.00", "9.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        step(admin, id, "review", "0", Map.of()).statusCode(200);
        Map<String, Map<String, String>> ruledOut = Map.of("EXCHANGE", Map.of("REALLOCATION", "公物仓无房"),
                "LEASE", Map.of("REALLOCATION", "公物仓无房", "EXCHANGE", "无可置换"),
                "CONSTRUCTION", Map.of("REALLOCATION", "公物仓无房", "EXCHANGE", "无可置换", "LEASE", "无可租"));
        for (String method : List.of("EXCHANGE", "LEASE", "CONSTRUCTION")) {
            Map<String, Object> approval = new HashMap<>(Map.of("method", method, "ruledOut", ruledOut.get(method)));
            if (!method.equals("EXCHANGE")) {
                approval.put("fundingSource", "GOVERNMENT_BUDGET");
            }
            step(admin, id, "approve", "1", approval).statusCode(422).body("code", equalTo("POOL_CAN_SERVE")).body("errors[0].field", equalTo("method"));
        }
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(idle))).statusCode(200);
    }

    @Test
    void withoutAnAllowanceTheBureauRecordsTheSpaceBeyondOfficesSoNoUnitSizesItsOwnCeiling() {
        String division = "640426";
        String admin = DevTokens.bureauAdmin(division);
        UUID building = UUID.randomUUID();
        Replicas.room(division, building, "S101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        UUID hall = Replicas.room(division, building, "S102", "SERVICE", "12.00", "IDLE", "2025-01-01");
        UUID big = Replicas.room(division, building, "S103", "SERVICE", "40.00", "IDLE", "2025-01-01");
        UUID unit = Replicas.unit(division, "同心县地方志办", "11640426MB0000001A", "{\"BELOW_SECTION\":1}");
        // One 科员 asks 9 m² of office and 5,000 m² of service rooms: an ask, not a ceiling.
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "BELOW_SECTION", "people", 1)), "5000.00", "0.00", "5009.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).body("basicEntitlement", nullValue()).extract().path("id");
        // Before the bureau records its figure, recommendations count offices only.
        given().auth().oauth2(admin).get("/api/v1/allocation-requests/" + id + "/recommendations").then().statusCode(200)
                .body("items[0].rooms.findAll { it.category == 'SERVICE' }", hasSize(0));
        step(admin, id, "review", "0", Map.of()).statusCode(200);
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION")).statusCode(422).body("code", equalTo("BUREAU_FIGURE_REQUIRED"))
                .body("errors[0].field", equalTo("serviceAreaGranted"));
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION", "serviceAreaGranted", "6000.00")).statusCode(400)
                .body("errors[0].field", equalTo("serviceAreaGranted"));
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION", "serviceAreaGranted", "12.00")).statusCode(200)
                .body("serviceAreaGranted", equalTo(12.00f)).body("equipmentAreaGranted", equalTo(0.00f)).body("areaApproved", equalTo(21.00f))
                .body("poolBestFit.serviceArea", equalTo(12.00f));
        step(admin, id, "fulfil", "2", Map.of("roomIds", List.of(hall, big), "fromDate", "2026-12-01", "agreement", Agreements.signed("2026-11-30"))).statusCode(422)
                .body("code", equalTo("ABOVE_APPROVED_AREA")).body("detail", containsString("21.00"));
    }

    @Test
    void fulfilmentNeverCreatesAnOverStandardOfficeWhicheverRoomsTheBureauPicks() {
        String division = "640427";
        String admin = DevTokens.bureauAdmin(division);
        Replicas.allowance(9105, "COUNTY", division, "0.00", "0.00", "2020-01-01");
        UUID building = UUID.randomUUID();
        UUID fifteen = Replicas.room(division, building, "T101", "OFFICE", "15.00", "IDLE", "2025-01-01");
        UUID twelve = Replicas.room(division, building, "T102", "OFFICE", "12.00", "IDLE", "2025-01-01");
        UUID nine = Replicas.room(division, building, "T103", "OFFICE", "9.00", "IDLE", "2025-01-01");
        UUID unit = Replicas.unit(division, "同心县信访局", "11640427MB0000001A", "{\"SECTION_CHIEF\":1,\"BELOW_SECTION\":1}");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "SECTION_CHIEF", "people", 1), Map.of("rank", "BELOW_SECTION", "people", 1)), "0.00", "0.00", "27.00"))
                .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        step(admin, id, "review", "0", Map.of()).statusCode(200);
        step(admin, id, "approve", "1", Map.of("method", "REALLOCATION")).statusCode(200);
        // 15 m² seats the section chief; 12 m² for a 科员 entitled to 9 m² is over standard, though the total is within the approval.
        step(admin, id, "fulfil", "2", Map.of("roomIds", List.of(fifteen, twelve), "fromDate", "2026-12-01", "agreement", Agreements.signed("2026-11-30"))).statusCode(422)
                .body("code", equalTo("OFFICE_ABOVE_STANDARD")).body("detail", containsString("T102")).body("errors", hasSize(1))
                .body("errors[0].message", equalTo("办公室 T102 不得超过 9.00 m²（超出 3.00 m²）")).body("errors[0].rejectedValue", equalTo(twelve.toString()));
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/holdings").then().statusCode(200).body("items", hasSize(0));
        step(admin, id, "fulfil", "2", Map.of("roomIds", List.of(fifteen, nine), "fromDate", "2026-12-01", "agreement", Agreements.signed("2026-11-30")))
                .statusCode(200)
                .body("status", equalTo("FULFILLED"));
    }

    @Test
    void anUnknownRankIsTheCallersError() {
        UUID unit = Replicas.unit(DIVISION, "金凤区科协", "11640106MB0000010A", STAFFING);
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(ContentType.JSON)
                .body(body(unit, List.of(Map.of("rank", "GRAND_VIZIER", "people", 1)), "10.00")).post("/api/v1/allocation-requests").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("staff[0].rank")).body("errors[0].rejectedValue", equalTo("GRAND_VIZIER"));
    }

    @Test
    void aPageOfRequestsReadsTheirHistoriesAndPromisedRoomsInOneQueryEach() {
        UUID unit = Replicas.unit(DIVISION, "金凤区机关事务服务中心", "11640106MB0000005A", STAFFING);
        String user = DevTokens.agencyUser(DIVISION, "11640106MB0000005A");
        for (int i = 0; i < 6; i++) {
            submit(user, unit, "100.00").statusCode(201);
        }
        for (int limit : List.of(1, 6)) {
            StatementLog.reset();
            given().auth().oauth2(user).queryParam("agencyId", unit).queryParam("limit", limit).get("/api/v1/allocation-requests").then().statusCode(200)
                    .body("items", hasSize(limit)).body("items.history.action", everyItem(equalTo(List.of("SUBMIT"))));
            assertEquals(1, StatementLog.selectsFrom("workflow_step"), "histories of a page of " + limit);
            assertEquals(1, StatementLog.selectsFrom("room_reservation"), "promised rooms of a page of " + limit);
        }
    }

    @Test
    void fiftyConcurrentFulfilmentsOfTheSameRoomMakeExactlyOneHolding() throws Exception {
        String division = "640181";
        String admin = DevTokens.bureauAdmin(division);
        Replicas.allowance(9102, "COUNTY", division, "0.00", "0.00", "2020-01-01");
        UUID room = Replicas.room(division, UUID.randomUUID(), "W101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID unit = Replicas.unit(division, "灵武市单位" + i, "11640181%09dA".formatted(i), "{\"BELOW_SECTION\":1}");
            String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(body(unit, List.of(Map.of("rank", "BELOW_SECTION", "people", 1)), "0.00", "0.00", "9.00"))
                    .post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
            step(admin, id, "review", "0", Map.of()).statusCode(200);
            step(admin, id, "approve", "1", Map.of("method", "REALLOCATION")).statusCode(200);
            approved.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (String id : approved) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return step(admin, id, "fulfil", "2", Map.of("roomIds", List.of(room), "fromDate", "2026-12-01",
                        "agreement", Agreements.signed("2026-11-30"))).extract().statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new HashMap<>();
        for (Future<Integer> outcome : outcomes) {
            byStatus.merge(outcome.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of(200, 1, 409, 49), byStatus);
        given().auth().oauth2(admin).queryParam("roomId", room).get("/api/v1/holdings").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].toDate", nullValue());
    }

    private static ValidatableResponse submit(String token, UUID unit, String area) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(unit, staff(), area)).post("/api/v1/allocation-requests").then();
    }

    private static List<Map<String, Object>> staff() {
        return List.of(Map.of("rank", "SECTION_CHIEF", "people", 2), Map.of("rank", "BELOW_SECTION", "people", 4));
    }

    private static Map<String, Object> body(UUID unit, List<Map<String, Object>> staff, String area) {
        return body(unit, staff, "20.00", "10.00", area);
    }

    private static Map<String, Object> body(UUID unit, List<Map<String, Object>> staff, String service, String equipment, String area) {
        return Map.of("agencyId", unit.toString(), "reason", "NEW_UNIT", "justification", "机构改革新组建", "staff", staff, "serviceAreaAsked", service,
                "equipmentAreaAsked", equipment, "areaAsked", area, "documents", List.of("宁编发〔2026〕12号"));
    }

    private static ValidatableResponse step(String token, String id, String action, String version, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/allocation-requests/" + id + "/" + action).then();
    }
}
