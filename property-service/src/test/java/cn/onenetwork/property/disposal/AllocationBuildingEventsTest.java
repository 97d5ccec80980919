package cn.onenetwork.property.disposal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What allocation does to buildings: a completed disposal makes one history and takes it out of the totals; a lease marks leased premises. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AllocationBuildingEventsTest {

    // 灵武市, where no other test registers rooms: its totals are this test's alone.
    private static final String DIVISION = "640181";

    @Test
    void aCompletedDisposalRetiresTheBuildingsRoomsEndsTheirSeatsAndLeavesTheHistory() {
        Fixtures.ningxia();
        String region = DevTokens.bureauAdmin("640000");
        given().auth().oauth2(region).contentType("application/json").body(Map.of("code", DIVISION, "name", "灵武市", "level", "COUNTY",
                "parentCode", "640100")).post("/api/v1/divisions");
        String admin = DevTokens.bureauAdmin(DIVISION);
        String agency = Registry.agency(DIVISION, "灵武市老干部局", "GOVERNMENT");
        String building = Registry.building(DIVISION, "灵武市老干部活动中心");
        String floor = Registry.floor(DIVISION, building, "1");
        String room = Registry.room(DIVISION, building, floor, "101", "OFFICE", "18.00");
        Registry.room(DIVISION, building, floor, "102", "SERVICE", "30.00");
        Registry.seat(DIVISION, Registry.person(DIVISION, agency, "马科员", "BELOW_SECTION"), room, Registry.today().minusYears(1));
        rollup(admin).body("own.OFFICE.area", equalTo(18.00f));

        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "allocation.disposals", building, UUID.randomUUID(),
                "cn.onenetwork.allocation.disposal.completed.v1", """
                        {"id":"%s","number":"640181-CZ-2026-0001","buildingId":"%s","method":"AUCTION","status":"COMPLETED","completedOn":"2026-12-20"}
                        """.formatted(UUID.randomUUID(), building));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then()
                .statusCode(200).body("disposedOn", equalTo("2026-12-20")).body("disposalReference", equalTo("640181-CZ-2026-0001")));

        given().auth().oauth2(admin).get("/api/v1/rooms/" + room).then().statusCode(200).body("retiredOn", equalTo("2026-12-20"));
        given().auth().oauth2(admin).get("/api/v1/rooms/" + room + "/seats").then().statusCode(200).body("items", hasSize(0));
        rollup(admin).body("own.OFFICE", equalTo(null)).body("own.SERVICE", equalTo(null));
        given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then().body("name", notNullValue());
    }

    @Test
    void leasedPremisesShowTheLeaseAllocationSignedAndItsEnd() {
        Fixtures.ningxia();
        String admin = DevTokens.bureauAdmin("640104");
        String building = Registry.building("640104", "兴庆区商务大厦（租用）");
        String lease = """
                {"id":"%s","number":"640104-ZL-2026-0001","buildingId":"%s","endsOn":"2029-12-31"%s}""";
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "allocation.leases", building, UUID.randomUUID(),
                "cn.onenetwork.allocation.lease.signed.v1", lease.formatted(UUID.randomUUID(), building, ""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then()
                .body("leaseNumber", equalTo("640104-ZL-2026-0001")).body("leaseEndsOn", equalTo("2029-12-31")));
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "allocation.leases", building, UUID.randomUUID(),
                "cn.onenetwork.allocation.lease.ended.v1", lease.formatted(UUID.randomUUID(), building, ",\"endedOn\":\"2027-06-30\""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then()
                .body("leaseEndsOn", equalTo("2027-06-30")));
    }

    private static ValidatableResponse rollup(String token) {
        return given().auth().oauth2(token).get("/api/v1/reports/area-rollup").then().statusCode(200).rootPath("divisions.find { it.divisionCode == '"
                + DIVISION + "' }");
    }
}
