package cn.onenetwork.allocation.holding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class HoldingApiTest {

    private static final String XINGQING = "640104";
    private static final String XIXIA = "640105";

    @Test
    void theBureauRecordsAHoldingPublishesItAndEndsIt() {
        UUID room = room(XINGQING, "301", "OFFICE");
        UUID unit = unit(XINGQING, "兴庆区财政局", "11640104MB0000101A");
        String admin = DevTokens.bureauAdmin(XINGQING);

        String id = start(admin, room, unit, null).statusCode(201)
                .body("approvedUse", equalTo("OFFICE")).body("roomNumber", equalTo("301")).body("agencyCode", equalTo("11640104MB0000101A"))
                .body("toDate", equalTo(null)).extract().path("id");
        start(admin, room, unit, null).statusCode(409).contentType("application/problem+json").body("code", equalTo("ROOM_ALREADY_HELD"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = published(room);
            assertEquals(1, events.size());
            assertEquals(HoldingApi.HoldingView.STARTED, TestEvents.header(events.get(0), "ce_type"));
        });

        // The unit reads its own holdings (its sub-ledger); another unit does not see them.
        given().auth().oauth2(DevTokens.agencyUser(XINGQING, "11640104MB0000101A")).get("/api/v1/holdings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(DevTokens.agencyUser(XINGQING, "11640104MB0000102B")).get("/api/v1/holdings/" + id).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("toDate", "2020-01-01", "reason", "腾退")).post("/api/v1/holdings/" + id + "/end")
                .then().statusCode(428);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2019-12-31", "reason", "腾退"))
                .post("/api/v1/holdings/" + id + "/end").then().statusCode(400).body("errors[0].field", equalTo("toDate"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2026-06-30", "reason", "腾退移交"))
                .post("/api/v1/holdings/" + id + "/end").then().statusCode(200).body("toDate", equalTo("2026-06-30")).header("ETag", "\"1\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(HoldingApi.HoldingView.ENDED,
                TestEvents.header(published(room).get(published(room).size() - 1), "ce_type")));

        // Ending it again is refused and publishes nothing more.
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("toDate", "2026-07-31", "reason", "再次腾退"))
                .post("/api/v1/holdings/" + id + "/end").then().statusCode(409).body("code", equalTo("HOLDING_ALREADY_ENDED"));

        // The room is free again from the day it was handed back, not before: one holder per room per day, in history too.
        start(admin, room, unit, "SERVICE").statusCode(409).contentType("application/problem+json").body("code", equalTo("HOLDING_OVERLAPS_HISTORY"))
                .body("errors[0].field", equalTo("fromDate")).body("detail", containsString("2026-06-30"));
        start(admin, room, unit, "SERVICE", "2026-06-30").statusCode(201).body("approvedUse", equalTo("SERVICE"));
        // The relay keeps one room's events in order: a second end would stand between the end and the new start.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of(HoldingApi.HoldingView.STARTED, HoldingApi.HoldingView.ENDED,
                HoldingApi.HoldingView.STARTED), published(room).stream().map(r -> TestEvents.header(r, "ce_type")).toList()));
        given().auth().oauth2(admin).queryParam("roomId", room).queryParam("current", true).get("/api/v1/holdings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].approvedUse", equalTo("SERVICE"));
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerIsNotRecorded() {
        UUID room = room(XINGQING, "304", "OFFICE");
        UUID unit = unit(XINGQING, "兴庆区审计局", "11640104MB0000107G");
        String id = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Host", "forged.example")
                .body(Map.of("roomId", room.toString(), "agencyId", unit.toString(), "basis", "EXISTING_USE", "reference", "兴机管配〔2024〕2号",
                        "fromDate", "2024-01-01"))
                .post("/api/v1/holdings").then().statusCode(201)
                .header("Location", not(containsString("forged"))).extract().path("id");
        Object recorded = QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("SELECT client_address FROM audit_entry WHERE entity_id = ?1").setParameter(1, id).getSingleResult());
        assertEquals("127.0.0.1", recorded);
    }

    @Test
    void aRoomTheRegistryRetiredCanNoLongerBeHeld() {
        UUID room = room(XINGQING, "305", "OFFICE");
        UUID unit = unit(XINGQING, "兴庆区档案局", "11640104MB0000108H");
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.rooms", room.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.room.retired.v1", """
                        {"id":"%s","buildingId":"%s","floorId":"%s","divisionCode":"%s","number":"305","category":"OFFICE","useArea":18.00,
                         "status":"IN_USE","statusSince":"2020-01-01","version":1,"retiredOn":"2025-09-30","retirementReason":"与306合并"}
                        """.formatted(room, UUID.randomUUID(), UUID.randomUUID(), XINGQING));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RegistryRoom.<RegistryRoom>findById(room).retiredOn != null));
        start(DevTokens.bureauAdmin(XINGQING), room, unit, null).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ROOM_RETIRED"));
    }

    @Test
    void twoConcurrentGrantsOfTheSameRoomLeaveOneHolder() {
        UUID room = room(XINGQING, "302", "OFFICE");
        UUID first = unit(XINGQING, "兴庆区教育局", "11640104MB0000103C");
        UUID second = unit(XINGQING, "兴庆区卫健局", "11640104MB0000104D");
        String admin = DevTokens.bureauAdmin(XINGQING);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> start(admin, room, first, null).extract().statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> start(admin, room, second, null).extract().statusCode());
        List<Integer> statuses = List.of(a.join(), b.join()).stream().sorted().toList();
        assertEquals(List.of(201, 409), statuses);
        given().auth().oauth2(admin).queryParam("roomId", room).get("/api/v1/holdings").then().body("items", hasSize(1));
    }

    @Test
    void roomsAndUnitsOutsideTheCallersDivisionOrLevelAreRefused() {
        UUID room = room(XINGQING, "303", "OFFICE");
        UUID foreignUnit = unit(XIXIA, "西夏区财政局", "11640105MB0000105E");
        String admin = DevTokens.bureauAdmin(XINGQING);
        start(admin, room, foreignUnit, null).statusCode(404);
        start(DevTokens.bureauAdmin("640000"), room, foreignUnit, null).statusCode(403);
        UUID regionUnit = unit(XINGQING, "兴庆区民政局", "11640104MB0000106F");
        start(DevTokens.bureauAdmin(XIXIA), room, regionUnit, null).statusCode(404);
        start(admin, UUID.randomUUID(), regionUnit, null).statusCode(404).body("detail", startsWith("房间 "));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roomId", room.toString())).post("/api/v1/holdings").then()
                .statusCode(400).contentType("application/problem+json");
        start(DevTokens.auditor(XINGQING), room, regionUnit, null).statusCode(403);
    }

    @Test
    void aDirectHoldingRecordsExistingUseOnlyAndNoOfficeInATechnicalRoom() {
        String admin = DevTokens.bureauAdmin(XINGQING);
        UUID unit = unit(XINGQING, "兴庆区气象局", "11640104MB0000109A");
        UUID lab = room(XINGQING, "T01", "TECHNICAL");
        for (String use : List.of("OFFICE", "SERVICE", "EQUIPMENT")) {
            start(admin, lab, unit, use).statusCode(422).contentType("application/problem+json").body("code", equalTo("OFFICE_USE_OF_TECHNICAL_ROOM"))
                    .body("errors[0].field", equalTo("approvedUse")).body("errors[0].rejectedValue", equalTo(use));
        }
        start(admin, lab, unit, null).statusCode(201).body("approvedUse", equalTo("TECHNICAL"));

        // Reallocated, exchanged, leased or built space is held through its workflow, never recorded by hand.
        UUID office = room(XINGQING, "T02", "OFFICE");
        for (String basis : List.of("REALLOCATION", "EXCHANGE", "LEASE", "CONSTRUCTION")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roomId", office.toString(), "agencyId", unit.toString(), "basis", basis,
                    "reference", "兴机管配〔2024〕9号", "fromDate", "2024-01-01")).post("/api/v1/holdings").then().statusCode(422)
                    .body("code", equalTo("BASIS_HAS_ITS_WORKFLOW")).body("errors[0].field", equalTo("basis"));
        }
        given().auth().oauth2(admin).queryParam("roomId", office).get("/api/v1/holdings").then().statusCode(200).body("items", hasSize(0));
    }

    private static ValidatableResponse start(String token, UUID room, UUID unit, String use) {
        return start(token, room, unit, use, "2024-01-01");
    }

    private static ValidatableResponse start(String token, UUID room, UUID unit, String use, String fromDate) {
        Map<String, Object> body = new HashMap<>(Map.of("roomId", room.toString(), "agencyId", unit.toString(), "basis", "EXISTING_USE",
                "reference", "兴机管配〔2024〕1号", "fromDate", fromDate));
        if (use != null) {
            body.put("approvedUse", use);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/holdings").then();
    }

    private static List<ConsumerRecord<String, String>> published(UUID room) {
        return TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), HoldingApi.HoldingView.TOPIC, Duration.ofMillis(500)).stream()
                .filter(r -> room.toString().equals(r.key())).toList();
    }

    private static UUID room(String division, String number, String category) {
        return Replicas.room(division, UUID.randomUUID(), number, category, "18.00", "IN_USE", "2020-01-01");
    }

    private static UUID unit(String division, String name, String code) {
        return Replicas.unit(division, name, code);
    }
}
