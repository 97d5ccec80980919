package cn.onenetwork.allocation.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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

/** A county opens its idle pool to its city: the city bureau may then allocate those rooms to its own units. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PoolOpeningTest {

    private static final String CITY = "640200";
    private static final String COUNTY = "640205";

    @Test
    void theLevelAboveUsesAPoolOnlyOnceItIsOpenedToIt() {
        Replicas.areaStandard(9021, "MUNICIPAL", "BUREAU_DIRECTOR", null, "24.00", "2014-12-01");
        String city = DevTokens.bureauAdmin(CITY);
        String county = DevTokens.bureauAdmin(COUNTY);
        UUID room = Replicas.room(COUNTY, UUID.randomUUID(), "D301", "OFFICE", "18.00", "IDLE", "2025-01-01");
        UUID unit = municipalUnit();
        String request = given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "reason", "NEW_UNIT",
                "justification", "新设机构", "staff", List.of(Map.of("rank", "BUREAU_DIRECTOR", "people", 1)), "serviceAreaAsked", "0.00",
                "equipmentAreaAsked", "0.00", "areaAsked", "18.00")).post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        recommended(city, request).body("items", hasSize(0));

        given().auth().oauth2(county).get("/api/v1/idle-pool/opening").then().statusCode(200).body("openToLevelAbove", equalTo(false))
                .body("levelAbove", equalTo(CITY));
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("openToLevelAbove", true)).put("/api/v1/idle-pool/opening").then()
                .statusCode(400);
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("openToLevelAbove", true, "reason", "本级无需求，支持市级统筹"))
                .put("/api/v1/idle-pool/opening").then().statusCode(200).body("openToLevelAbove", equalTo(true));
        recommended(city, request).body("items[0].rooms[0].roomId", equalTo(room.toString()));

        for (String[] step : new String[][] {{"review", "0", "{}"}, {"approve", "1", "{\"method\":\"REALLOCATION\",\"reservedRoomIds\":[\"" + room + "\"]}"},
                {"fulfil", "2", "{\"fromDate\":\"2026-12-01\",\"agreement\":" + Agreements.json("2026-11-30") + "}"}}) {
            given().auth().oauth2(city).contentType(ContentType.JSON).header("If-Match", "\"" + step[1] + "\"").body(step[2])
                    .post("/api/v1/allocation-requests/" + request + "/" + step[0]).then().statusCode(200);
        }
        given().auth().oauth2(city).queryParam("roomId", room).queryParam("current", true).get("/api/v1/holdings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].agencyId", equalTo(unit.toString()));
        given().auth().oauth2(DevTokens.bureauAdmin("100000")).contentType(ContentType.JSON)
                .body(Map.of("openToLevelAbove", true, "reason", "x")).put("/api/v1/idle-pool/opening").then().statusCode(422);
    }

    private static UUID municipalUnit() {
        return Replicas.unit(CITY, "石嘴山市新设局", "11640200MB0000001A", "{\"BUREAU_DIRECTOR\":1}", "MUNICIPAL");
    }

    private static ValidatableResponse recommended(String token, String request) {
        return given().auth().oauth2(token).get("/api/v1/allocation-requests/" + request + "/recommendations").then().statusCode(200);
    }
}
