package cn.onenetwork.property.holding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user unit reads its own sub-ledger (分户账): what it holds, the buildings around it, its people; nothing else of its county. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SubLedgerTest {

    private static final String XIXIA = "640105";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aUnitSeesTheRoomsItHoldsAndTheirBuildingsButNoOtherUnitsRooms() {
        String ours = Registry.agency(XIXIA, "西夏区司法局", "GOVERNMENT");
        String theirs = Registry.agency(XIXIA, "西夏区信访局", "GOVERNMENT");
        String ourCode = code(ours);
        String shared = Registry.building(XIXIA, "西夏区政法大楼");
        String floor = Registry.floor(XIXIA, shared, "3");
        String ourRoom = Registry.room(XIXIA, shared, floor, "301", "OFFICE", "18.00");
        String theirRoom = Registry.room(XIXIA, shared, floor, "302", "OFFICE", "18.00");
        String elsewhere = Registry.building(XIXIA, "西夏区信访接待中心");
        String theirOtherRoom = Registry.room(XIXIA, elsewhere, Registry.floor(XIXIA, elsewhere, "1"), "101", "SERVICE", "40.00");
        Registry.hold(XIXIA, ourRoom, ours, ourCode, "OFFICE", LocalDate.of(2024, 1, 1));
        Registry.hold(XIXIA, theirRoom, theirs, code(theirs), "OFFICE", LocalDate.of(2024, 1, 1));
        Registry.hold(XIXIA, theirOtherRoom, theirs, code(theirs), "SERVICE", LocalDate.of(2024, 1, 1));
        String unit = DevTokens.agencyUser(XIXIA, ourCode);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(unit).get("/api/v1/rooms/" + ourRoom).then().statusCode(200));
        given().auth().oauth2(unit).queryParam("limit", 500).get("/api/v1/rooms").then().statusCode(200)
                .body("items.id", containsInAnyOrder(ourRoom));
        given().auth().oauth2(unit).get("/api/v1/rooms/" + theirRoom).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(unit).queryParam("limit", 500).get("/api/v1/buildings").then().statusCode(200)
                .body("items.id", containsInAnyOrder(shared));
        given().auth().oauth2(unit).get("/api/v1/buildings/" + elsewhere).then().statusCode(404);
        given().auth().oauth2(unit).get("/api/v1/buildings/" + shared + "/floors").then().statusCode(200);

        // The bureau and the auditor keep the whole division.
        given().auth().oauth2(DevTokens.auditor(XIXIA)).queryParam("limit", 500).get("/api/v1/rooms").then().statusCode(200)
                .body("items.id", hasItems(ourRoom, theirRoom, theirOtherRoom));
        given().auth().oauth2(DevTokens.bureauAdmin(XIXIA)).get("/api/v1/rooms/" + theirRoom).then().statusCode(200)
                .body("number", equalTo("302"));
    }

    private static String code(String agency) {
        return given().auth().oauth2(DevTokens.auditor(XIXIA)).get("/api/v1/agencies/" + agency).then().statusCode(200).extract().path("creditCode");
    }
}
