package cn.onenetwork.property.repair;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What maintenance does to the registry: rooms under repair while the works last, back as they were and the building's last repair on acceptance. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RepairEventsTest {

    private static final String DIVISION = "640104";

    @Test
    void roomsAreUnderRepairDuringTheWorksAndReturnToTheirStatusOnAcceptanceWhichTheBuildingRecords() {
        Fixtures.ningxia();
        String admin = DevTokens.bureauAdmin(DIVISION);
        String building = Registry.building(DIVISION, "兴庆区维修测试楼");
        String floor = Registry.floor(DIVISION, building, "1");
        String office = Registry.room(DIVISION, building, floor, "101", "OFFICE", "18.00");
        String idle = Registry.room(DIVISION, building, floor, "102", "OFFICE", "18.00");
        given().auth().oauth2(admin).get("/api/v1/rooms/" + office).then().body("status", equalTo("IN_USE"));
        String idleEtag = given().auth().oauth2(admin).get("/api/v1/rooms/" + idle).then().extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", idleEtag).body("""
                {"buildingId":"%s","floorId":"%s","number":"102","category":"OFFICE","useArea":18.00,"status":"IDLE","statusSince":"2026-01-05"}
                """.formatted(building, floor)).put("/api/v1/rooms/" + idle).then().statusCode(200);

        UUID project = UUID.randomUUID();
        String repair = """
                {"id":"%s","number":"640104-WX-2026-0099","buildingId":"%s","repairClass":"MAJOR","roomIds":["%s","%s"],"startedOn":"2026-04-01"%s}""";
        String bootstrap = PlatformTestResource.kafka().bootstrapServers();
        TestEvents.send(bootstrap, "maintenance.repair-projects", project.toString(), UUID.randomUUID(), "cn.onenetwork.maintenance.repair.started.v1",
                repair.formatted(project, building, office, idle, ""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(admin).get("/api/v1/rooms/" + office).then().body("status", equalTo("UNDER_REPAIR")).body("statusSince", equalTo("2026-04-01"));
            given().auth().oauth2(admin).get("/api/v1/rooms/" + idle).then().body("status", equalTo("UNDER_REPAIR"));
        });

        TestEvents.send(bootstrap, "maintenance.repair-projects", project.toString(), UUID.randomUUID(), "cn.onenetwork.maintenance.repair.completed.v1",
                repair.formatted(project, building, office, idle, """
                        ,"acceptedOn":"2026-09-30","documents":[{"id":"%s","kind":"ACCEPTANCE","fileName":"验收报告.pdf","sha256":"%s"}]"""
                        .formatted(UUID.randomUUID(), "a".repeat(64))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then()
                .body("lastMediumOrMajorRepairOn", equalTo("2026-09-30")));
        given().auth().oauth2(admin).get("/api/v1/rooms/" + office).then().body("status", equalTo("IN_USE")).body("statusSince", equalTo("2026-09-30"));
        given().auth().oauth2(admin).get("/api/v1/rooms/" + idle).then().body("status", equalTo("IDLE"));
        given().auth().oauth2(admin).get("/api/v1/buildings/" + building + "/repairs").then().statusCode(200)
                .body("[0].number", equalTo("640104-WX-2026-0099")).body("[0].completedOn", equalTo("2026-09-30"))
                .body("[0].acceptanceDocuments[0].fileName", equalTo("验收报告.pdf"));
    }
}
