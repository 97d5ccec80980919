package cn.onenetwork.property.repair;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What maintenance does to the registry: rooms under repair while the works last, back as they were and the building's last repair on acceptance. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RepairEventsTest {

    private static final String DIVISION = "640104";
    private static final String TOPIC = "maintenance.repair-projects";
    private static final String EVENT = "cn.onenetwork.maintenance.repair.%s.v1";

    @Inject
    EntityManager entityManager;

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

    /**
     * Every event maintenance publishes for a routine and a medium repair, in the order and shape its project view has
     * (a routine repair has no start; its report is its completion): each is applied, none dead-lettered, and both repairs
     * are recorded.
     */
    @Test
    void everyRepairEventIsAppliedAndARoutineRepairReportedDoneIsRecorded() {
        Fixtures.ningxia();
        String admin = DevTokens.bureauAdmin(DIVISION);
        String building = Registry.building(DIVISION, "兴庆区日常维修测试楼");
        String floor = Registry.floor(DIVISION, building, "1");
        String room = Registry.room(DIVISION, building, floor, "101", "OFFICE", "18.00");
        UUID routine = UUID.randomUUID();
        UUID medium = UUID.randomUUID();
        List<UUID> events = new ArrayList<>();
        events.add(send(routine, "declared", view(routine, "0101", building, room, "ROUTINE", "DECLARED", null, null, "")));
        events.add(send(routine, "changed", view(routine, "0101", building, room, "ROUTINE", "DECLARED", null, null, "")));
        events.add(send(routine, "completed", view(routine, "0101", building, room, "ROUTINE", "COMPLETED", null, "2026-03-20", "")));
        events.add(send(medium, "declared", view(medium, "0102", building, room, "MEDIUM", "DECLARED", null, null, "")));
        events.add(send(medium, "changed", view(medium, "0102", building, room, "MEDIUM", "APPRAISED", null, null, "")));
        events.add(send(medium, "approved", view(medium, "0102", building, room, "MEDIUM", "ESTABLISHED", null, null, "")));
        events.add(send(medium, "planned", view(medium, "0102", building, room, "MEDIUM", "PLANNED", null, null, "")));
        events.add(send(medium, "started", view(medium, "0102", building, room, "MEDIUM", "IN_PROGRESS", "2026-04-01", null, "")));
        events.add(send(medium, "completed", view(medium, "0102", building, room, "MEDIUM", "COMPLETED", "2026-04-01", "2026-06-30", """
                {"id":"%s","kind":"ACCEPTANCE","fileName":"验收报告.pdf","contentType":"application/pdf","sizeBytes":20,"sha256":"%s"}"""
                .formatted(UUID.randomUUID(), "b".repeat(64)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(events.size(), ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE consumer = 'RepairEventHandler' AND event_id IN (?1)").setParameter(1, events)
                .getSingleResult())).intValue()));
        assertEquals(List.of(), TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), TOPIC + ".dlt", Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(routine.toString()) || r.key().equals(medium.toString())).map(r -> TestEvents.header(r, "ce_type")).toList());
        given().auth().oauth2(admin).get("/api/v1/buildings/" + building + "/repairs").then().statusCode(200)
                .body("number", equalTo(List.of("640104-WX-2026-0102", "640104-WX-2026-0101")))
                .body("[1].repairClass", equalTo("ROUTINE")).body("[1].completedOn", equalTo("2026-03-20")).body("[1].startedOn", equalTo(null))
                .body("[1].rooms", equalTo(List.of())).body("[0].completedOn", equalTo("2026-06-30"));
        // The routine repair took no room out of use; the medium one gave it back. Only the medium one is the building's last.
        given().auth().oauth2(admin).get("/api/v1/rooms/" + room).then().body("status", equalTo("IN_USE"));
        given().auth().oauth2(admin).get("/api/v1/buildings/" + building).then().body("lastMediumOrMajorRepairOn", equalTo("2026-06-30"));
    }

    private static UUID send(UUID project, String event, String payload) {
        UUID eventId = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), TOPIC, project.toString(), eventId, EVENT.formatted(event), payload);
        return eventId;
    }

    /** A project as maintenance-service's ProjectView publishes it (the fields the registry reads, and others it ignores). */
    private static String view(UUID id, String serial, String building, String room, String repairClass, String status, String startedOn, String acceptedOn,
            String document) {
        return """
                {"id":"%s","number":"640104-WX-2026-%s","agencyId":"%s","agencyCode":"11640104MB0000101H","divisionCode":"640104","buildingId":"%s",
                 "repairClass":"%s","planYear":2026,"title":"维修","description":"维修","grounds":["AGEING"],"hazardLevel":"NONE","hazards":[],
                 "extensionArea":0.00,"roomIds":["%s"],"items":[{"system":"ENVELOPE","description":"屋面","itemClass":"%s","estimatedCost":3000.00}],
                 "estimatedCost":3000.00,"costBand":"SMALL","tendered":false,"approvingDivision":"640104","status":"%s","declaredOn":"2026-03-02",
                 "startedOn":%s,"acceptedOn":%s,"stages":[],"documents":[%s],"version":1}"""
                .formatted(id, serial, UUID.randomUUID(), building, repairClass, room, repairClass, status, quoted(startedOn), quoted(acceptedOn), document);
    }

    private static String quoted(String day) {
        return day == null ? "null" : "\"" + day + "\"";
    }
}
