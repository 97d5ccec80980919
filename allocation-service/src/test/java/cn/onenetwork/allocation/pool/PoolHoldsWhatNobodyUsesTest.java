package cn.onenetwork.allocation.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.allocation.request.RequestService;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pool holds what nobody uses: a room someone sits in is not idle, a promised room is not available, and promises lapse. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PoolHoldsWhatNobodyUsesTest {

    private static final String DIVISION = "640381";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);

    @Inject
    RequestService requests;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void standards() {
        Replicas.areaStandard(9001, "COUNTY", "SECTION_CHIEF", null, "18.00", "2014-12-01");
        Replicas.areaStandard(9002, "COUNTY", "BELOW_SECTION", null, "9.00", "2014-12-01");
    }

    @Test
    void aRoomSomeoneSitsInIsNeitherListedNorRecommendedUntilTheSeatEnds() {
        UUID building = UUID.randomUUID();
        UUID seated = Replicas.room(DIVISION, building, "201", "OFFICE", "9.00", "IN_USE", "2020-01-01");
        UUID seat = Replicas.seat(seated, "2024-03-01");
        UUID unit = Replicas.unit(DIVISION, "青铜峡市统计局", "11640381MB0000001A", "{\"BELOW_SECTION\":1}");

        pool(building).body("items.roomId", not(hasItem(seated.toString())));
        String request = underReview(unit);
        recommended(request).body("items.rooms.flatten().roomId", not(hasItem(seated.toString())));
        step(request, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(seated.toString()))).statusCode(409)
                .body("code", equalTo("ROOM_NOT_IN_POOL")).body("detail", equalTo("房间 201 不在公物仓中：该房间正在使用，登记系统中已有人员在此办公"));

        Replicas.releaseSeat(seat, seated, "2024-03-01", "2026-11-30");
        pool(building).body("items.roomId", hasItem(seated.toString())).body("items.find { it.roomId == '" + seated + "' }.available", equalTo(true));
        recommended(request).body("items.rooms.flatten().roomId", hasItem(seated.toString()));
    }

    @Test
    void aPromisedRoomIsNotAvailableNorHeldByAnotherUnitAndThePromiseLapsesAfterTheDivisionsPeriod() {
        UUID building = UUID.randomUUID();
        UUID room = Replicas.room(DIVISION, building, "301", "OFFICE", "9.00", "IDLE", "2025-01-01");
        UUID unit = Replicas.unit(DIVISION, "青铜峡市审计局", "11640381MB0000002A", "{\"BELOW_SECTION\":1}");
        UUID other = Replicas.unit(DIVISION, "青铜峡市档案馆", "11640381MB0000003A");
        String request = underReview(unit);
        step(request, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(room.toString()))).statusCode(200)
                .body("reservedRoomIds", equalTo(List.of(room.toString()))).body("promisedUntil", equalTo(TestDay.TODAY.plusDays(89).toString()));

        pool(building).body("items.find { it.roomId == '" + room + "' }.available", equalTo(false))
                .body("items.find { it.roomId == '" + room + "' }.promisedToRequestId", equalTo(request))
                .body("items.find { it.roomId == '" + room + "' }.promisedUntil", equalTo(TestDay.TODAY.plusDays(89).toString()));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", other.toString(), "basis", "EXISTING_USE",
                "reference", "青机管配〔2026〕1号", "fromDate", "2026-01-01")).post("/api/v1/holdings").then().statusCode(409).body("code", equalTo("ROOM_RESERVED"));

        // The period runs out: the promise's last day is behind, the daily lapse frees the room and says so.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("UPDATE room_reservation SET expires_on = ?1 WHERE request_id = ?2")
                .setParameter(1, TestDay.TODAY).setParameter(2, UUID.fromString(request)).executeUpdate());
        pool(building).body("items.find { it.roomId == '" + room + "' }.available", equalTo(true));
        assertTrue(requests.lapsePromises() >= 1);
        given().auth().oauth2(ADMIN).get("/api/v1/allocation-requests/" + request).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("reservedRoomIds", hasSize(0)).body("history[-1].action", equalTo("PROMISE_LAPSED"));
        assertEquals(0, requests.lapsePromises());
    }

    @Test
    void aDivisionThatShortensThePromisePeriodPromisesForLess() {
        String county = "640522";
        String countyAdmin = DevTokens.bureauAdmin(county);
        given().auth().oauth2(countyAdmin).contentType(ContentType.JSON).body(Map.of("effectiveFrom", TestDay.TODAY.toString(),
                "maxMonthlyRentPerSquareMetre", "60", "leaseReminderLeadMonths", 3, "vacatingDeadlineMonths", 3, "promiseExpiryDays", 30,
                "source", "海机管发〔2026〕3号")).post("/api/v1/allocation-parameters").then().statusCode(201);
        UUID room = Replicas.room(county, UUID.randomUUID(), "101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        UUID unit = Replicas.unit(county, "海原县统计局", "11640522MB0000011A", "{\"BELOW_SECTION\":1}");
        String request = given().auth().oauth2(countyAdmin).contentType(ContentType.JSON).body(body(unit)).post("/api/v1/allocation-requests").then()
                .statusCode(201).extract().path("id");
        stepAs(countyAdmin, request, "review", "0", Map.of()).statusCode(200);
        stepAs(countyAdmin, request, "approve", "1", Map.of("method", "REALLOCATION", "reservedRoomIds", List.of(room.toString()))).statusCode(200)
                .body("promisedUntil", equalTo(TestDay.TODAY.plusDays(29).toString()));
    }

    private static String underReview(UUID unit) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body(unit)).post("/api/v1/allocation-requests").then().statusCode(201)
                .extract().path("id");
        step(id, "review", "0", Map.of()).statusCode(200);
        return id;
    }

    private static Map<String, Object> body(UUID unit) {
        return Map.of("agencyId", unit.toString(), "reason", "STAFFING_CHANGE", "justification", "新增编制", "staff", List.of(Map.of("rank", "BELOW_SECTION",
                "people", 1)), "serviceAreaAsked", "0.00", "equipmentAreaAsked", "0.00", "areaAsked", "9.00");
    }

    private static ValidatableResponse recommended(String request) {
        return given().auth().oauth2(ADMIN).queryParam("limit", 10).get("/api/v1/allocation-requests/" + request + "/recommendations").then().statusCode(200);
    }

    private static ValidatableResponse pool(UUID building) {
        return given().auth().oauth2(ADMIN).queryParam("buildingId", building).get("/api/v1/idle-pool").then().statusCode(200);
    }

    private static ValidatableResponse step(String id, String action, String version, Map<String, ?> body) {
        return stepAs(ADMIN, id, action, version, body);
    }

    private static ValidatableResponse stepAs(String token, String id, String action, String version, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/allocation-requests/" + id + "/" + action).then();
    }
}
