package cn.onenetwork.allocation.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 置换: two units swap their rooms in one transaction, or not at all. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ExchangeApiTest {

    private static final String DIVISION = "640221";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);

    @Test
    void completingAnExchangeSwapsTheHoldingsAndCertifiesWhatEachUnitReceived() {
        UUID east = Replicas.unit(DIVISION, "平罗县教育局", "11640221MB0000001A");
        UUID west = Replicas.unit(DIVISION, "平罗县卫生健康局", "11640221MB0000002A");
        UUID eastRoom = Replicas.room(DIVISION, UUID.randomUUID(), "E101", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID westRoom = Replicas.room(DIVISION, UUID.randomUUID(), "W101", "SERVICE", "30.00", "IN_USE", "2020-01-01");
        String eastHolding = hold(eastRoom, east);
        String westHolding = hold(westRoom, west);
        String eastsOld = certify(east);
        String westsOld = certify(west);

        String id = approve(east, eastHolding, west, westHolding).statusCode(201).body("number", matchesPattern("640221-ZH-\\d{4}-\\d{4}"))
                .body("status", equalTo("APPROVED")).body("first.holdings[0].roomNumber", equalTo("E101")).extract().path("id");
        // Each unit signs the agreement for what it receives: without the second's, nothing is applied.
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("effectiveOn", "2026-12-15", "firstAgreement", Agreements.signed("2026-12-01"))).post("/api/v1/exchanges/" + id + "/complete")
                .then().statusCode(400).body("code", equalTo("AGREEMENT_MISSING")).body("errors[0].field", equalTo("secondAgreement"));
        current(eastRoom).body("items[0].agencyId", equalTo(east.toString()));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(completion("2026-12-15"))
                .post("/api/v1/exchanges/" + id + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("effectiveOn", equalTo("2026-12-15")).body("history.action", equalTo(List.of("APPROVE", "COMPLETE")));

        current(eastRoom).body("items", hasSize(1)).body("items[0].agencyId", equalTo(west.toString())).body("items[0].basis", equalTo("EXCHANGE"))
                .body("items[0].approvedUse", equalTo("OFFICE")).body("items[0].fromDate", equalTo("2026-12-15"));
        current(westRoom).body("items[0].agencyId", equalTo(east.toString())).body("items[0].approvedUse", equalTo("SERVICE"));
        given().auth().oauth2(ADMIN).queryParam("agencyId", east).queryParam("status", "ISSUED").get("/api/v1/certificates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].rooms[0].number", equalTo("W101")).body("items[0].basis", equalTo("ALLOCATION"))
                .body("items[0].agreement.signedOn", equalTo("2026-12-01")).body("items[0].agreement.rooms[0].number", equalTo("W101"));
        // What each unit gave away left its old certificate with the holding: no room is on two valid certificates.
        for (String old : List.of(eastsOld, westsOld)) {
            given().auth().oauth2(ADMIN).get("/api/v1/certificates/" + old).then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("statusReason", containsString("置换")).body("history.action", equalTo(List.of("ISSUE", "CANCEL")));
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(completion("2026-12-16"))
                .post("/api/v1/exchanges/" + id + "/complete").then().statusCode(409).body("code", equalTo("EXCHANGE_NOT_APPROVED"));
        // Found from either side.
        for (UUID side : List.of(east, west)) {
            given().auth().oauth2(ADMIN).queryParam("agencyId", side).get("/api/v1/exchanges").then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].id", equalTo(id));
        }
        given().auth().oauth2(ADMIN).queryParam("agencyId", UUID.randomUUID()).get("/api/v1/exchanges").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(ADMIN).queryParam("agencyId", "east").get("/api/v1/exchanges").then().statusCode(400);
    }

    @Test
    void ifOneSidesHoldingEndedAfterApprovalNothingIsAppliedToEitherSide() {
        UUID north = Replicas.unit(DIVISION, "平罗县水务局", "11640221MB0000003A");
        UUID south = Replicas.unit(DIVISION, "平罗县林草局", "11640221MB0000004A");
        UUID northRoom = Replicas.room(DIVISION, UUID.randomUUID(), "N201", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        UUID southRoom = Replicas.room(DIVISION, UUID.randomUUID(), "S201", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        String northHolding = hold(northRoom, north);
        String southHolding = hold(southRoom, south);
        String id = approve(north, northHolding, south, southHolding).statusCode(201).extract().path("id");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2026-12-01", "reason", "腾退"))
                .post("/api/v1/holdings/" + southHolding + "/end").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(completion("2026-12-15"))
                .post("/api/v1/exchanges/" + id + "/complete").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("EXCHANGE_STALE")).body("detail", containsString("房间 S201 的占有使用已于 2026-12-01 终止"));

        current(northRoom).body("items", hasSize(1)).body("items[0].id", equalTo(northHolding)).body("items[0].agencyId", equalTo(north.toString()));
        current(southRoom).body("items", hasSize(0));
        given().auth().oauth2(ADMIN).get("/api/v1/exchanges/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(ADMIN).queryParam("agencyId", north).get("/api/v1/certificates").then().statusCode(200).body("items", hasSize(0));

        approve(north, northHolding, south, southHolding).statusCode(422).body("code", equalTo("NOT_AN_OPEN_HOLDING_OF_THE_UNIT"))
                .body("errors[0].field", equalTo("second.holdingIds[0]"));
        approve(north, northHolding, north, northHolding).statusCode(400);
    }

    private static ValidatableResponse approve(UUID first, String firstHolding, UUID second, String secondHolding) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of(
                "first", Map.of("agencyId", first.toString(), "holdingIds", List.of(firstHolding)),
                "second", Map.of("agencyId", second.toString(), "holdingIds", List.of(secondHolding)), "reason", "办公地点互换"))
                .post("/api/v1/exchanges").then();
    }

    private static String hold(UUID room, UUID unit) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "平机管配〔2024〕1号", "fromDate", "2024-01-01")).post("/api/v1/holdings").then().statusCode(201)
                .extract().path("id");
    }

    /** The unit's existing holdings certified, as a bureau does for what predates the platform. */
    private static String certify(UUID unit) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2024-01-01")))
                .post("/api/v1/certificates").then()
                .statusCode(201).body("basis", equalTo("EXISTING_USE")).extract().path("id");
    }

    /** Completion on the day, each unit having signed its agreement before. */
    private static Map<String, Object> completion(String on) {
        return Map.of("effectiveOn", on, "firstAgreement", Agreements.signed("2026-12-01"), "secondAgreement", Agreements.signed("2026-12-01"));
    }

    private static ValidatableResponse current(UUID room) {
        return given().auth().oauth2(ADMIN).queryParam("roomId", room).queryParam("current", true).get("/api/v1/holdings").then().statusCode(200);
    }
}
