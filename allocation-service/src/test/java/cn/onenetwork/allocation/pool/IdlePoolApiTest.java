package cn.onenetwork.allocation.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 公物仓: the rooms of a division nobody holds, with since when they are idle. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class IdlePoolApiTest {

    private static final String DIVISION = "640121";

    @Test
    void theRoomsNobodyHoldsAreInThePoolWithSinceWhenAndHeldOrUnderRepairOnesAreNot() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID building = UUID.randomUUID();
        UUID neverHeld = Replicas.room(DIVISION, building, "101", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID recordedIdle = Replicas.room(DIVISION, building, "102", "OFFICE", "24.00", "IDLE", "2025-03-01");
        UUID handedBack = Replicas.room(DIVISION, building, "103", "SERVICE", "40.00", "IN_USE", "2020-01-01");
        UUID held = Replicas.room(DIVISION, building, "104", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        Replicas.room(DIVISION, building, "105", "OFFICE", "12.00", "UNDER_REPAIR", "2025-06-01");
        UUID unit = Replicas.unit(DIVISION, "永宁县财政局", "11640121MB0000001A");
        String holding = hold(admin, handedBack, unit).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2025-08-31", "reason", "腾退"))
                .post("/api/v1/holdings/" + holding + "/end").then().statusCode(200);
        hold(admin, held, unit);

        pool(admin, Map.of("buildingId", building)).body("items.roomId", containsInAnyOrder(neverHeld.toString(), recordedIdle.toString(),
                handedBack.toString()));
        pool(admin, Map.of("buildingId", building, "category", "SERVICE")).body("items", hasSize(1))
                .body("items[0].idleSince", equalTo("2025-08-31")).body("items[0].useArea", equalTo(40.00f));
        pool(admin, Map.of("buildingId", building, "minArea", "20", "maxArea", "30")).body("items", hasSize(1))
                .body("items[0].roomId", equalTo(recordedIdle.toString())).body("items[0].idleSince", equalTo("2025-03-01"));
        pool(admin, Map.of("buildingId", building, "maxArea", "18")).body("items", hasSize(1)).body("items[0].idleSince", equalTo(null));

        // Another county's bureau sees none of it; a user unit has no pool.
        given().auth().oauth2(DevTokens.bureauAdmin("640122")).queryParam("buildingId", building).get("/api/v1/idle-pool").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(DevTokens.agencyUser(DIVISION, "11640121MB0000001A")).get("/api/v1/idle-pool").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("category", "KITCHEN").get("/api/v1/idle-pool").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("category"));
    }

    private static ValidatableResponse hold(String token, UUID room, UUID unit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "永机管配〔2024〕1号", "fromDate", "2024-01-01")).post("/api/v1/holdings").then().statusCode(201);
    }

    private static ValidatableResponse pool(String token, Map<String, ?> filters) {
        return given().auth().oauth2(token).queryParams(filters).get("/api/v1/idle-pool").then().statusCode(200);
    }
}
