package cn.onenetwork.allocation.vacating;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/** 腾退: the registry ends a unit, allocation opens an order for every room it holds; vacated rooms return to the pool. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class VacatingApiTest {

    private static final String DIVISION = "640302";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);

    @Test
    void dissolvingAUnitOpensAnOrderPerHoldingOnceAndVacatedRoomsReturnToThePool() {
        UUID unit = Replicas.unit(DIVISION, "青铜峡市某办公室", "11640302MB0000001A");
        UUID building = UUID.randomUUID();
        UUID first = Replicas.room(DIVISION, building, "Q101", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID second = Replicas.room(DIVISION, building, "Q102", "SERVICE", "20.00", "IN_USE", "2020-01-01");
        hold(first, unit);
        hold(second, unit);
        String certificate = certify(unit);

        Replicas.dissolve(unit, DIVISION, "青铜峡市某办公室", "11640302MB0000001A", "DISSOLVED", null, "2026-12-31");
        Replicas.dissolve(unit, DIVISION, "青铜峡市某办公室", "11640302MB0000001A", "DISSOLVED", null, "2026-12-31");
        List<String> ids = orders(unit).body("items", hasSize(2)).body("items.cause", everyItem(equalTo("DISSOLUTION")))
                .body("items.deadline", everyItem(equalTo("2027-03-31"))).body("items.status", everyItem(equalTo("OPEN")))
                .body("items.number", everyItem(matchesPattern("640302-TT-2026-\\d{4}"))).extract().path("items.id");
        given().auth().oauth2(ADMIN).get("/api/v1/user-units/" + unit).then().statusCode(200).body("dissolvedOn", equalTo("2026-12-31"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", Replicas.room(DIVISION, building, "Q103", "OFFICE", "9.00",
                "IDLE", "2025-01-01").toString(), "agencyId", unit.toString(), "basis", "EXISTING_USE", "reference", "x", "fromDate", "2026-01-01"))
                .post("/api/v1/holdings").then().statusCode(422).body("code", equalTo("UNIT_DISSOLVED"));

        // Each room handed back leaves the certificate with its holding; the last one ends it.
        List<String> statuses = new ArrayList<>();
        for (String id : ids) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("on", "2027-01-15", "comment", "钥匙已移交"))
                    .post("/api/v1/vacating-orders/" + id + "/vacate").then().statusCode(200).body("status", equalTo("VACATED"))
                    .body("history.action", equalTo(List.of("OPEN", "VACATE")));
            statuses.add(given().auth().oauth2(ADMIN).get("/api/v1/certificates/" + certificate).then().statusCode(200).extract().path("status"));
        }
        assertEquals(List.of("CHANGED", "CANCELLED"), statuses);
        given().auth().oauth2(ADMIN).get("/api/v1/certificates/" + certificate).then().body("rooms", hasSize(1))
                .body("history.action", equalTo(List.of("ISSUE", "CHANGE", "CANCEL")));
        given().auth().oauth2(ADMIN).queryParam("buildingId", building).get("/api/v1/idle-pool").then().statusCode(200)
                .body("items.roomId", hasItem(first.toString())).body("items.roomId", hasItem(second.toString()))
                .body("items.find { it.roomId == '" + first + "' }.idleSince", equalTo("2027-01-15"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("on", "2027-01-16"))
                .post("/api/v1/vacating-orders/" + ids.get(0) + "/vacate").then().statusCode(409).body("code", equalTo("ORDER_CLOSED"));
    }

    @Test
    void aMergerNamingASuccessorNotYetReplicatedWaitsForItInsteadOfDeadLettering() {
        UUID merged = Replicas.unit(DIVISION, "青铜峡市甲局", "11640302MB0000012A");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "M301", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        hold(room, merged);
        // The unlucky order: the successor's own registration travels on another partition and arrives after the merger.
        UUID successor = Stream.generate(UUID::randomUUID).filter(id -> partition(id) != partition(merged)).findFirst().orElseThrow();
        double awaitedBefore = metric("inbox_awaited_records_total");
        Replicas.sendDissolution(merged, DIVISION, "青铜峡市甲局", "11640302MB0000012A", "MERGED", successor, "2026-06-30");
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("inbox_awaited_records_total") > awaitedBefore);
        orders(merged).body("items", hasSize(0));

        Replicas.unit(successor, DIVISION, "青铜峡市乙局", "11640302MB0000013A", "{}", "COUNTY");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> orders(merged).body("items", hasSize(1))
                .body("items[0].successorId", equalTo(successor.toString())).body("items[0].cause", equalTo("MERGER")));
        assertTrue(TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.agencies.dlt", Duration.ofMillis(500)).stream()
                .noneMatch(r -> merged.toString().equals(r.key())));
    }

    /** The partition the producer's default partitioner gives a key, of the broker's three. */
    private static int partition(UUID key) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private static double metric(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aMergedUnitsRoomPassesToItsSuccessor() {
        UUID merged = Replicas.unit(DIVISION, "青铜峡市旧局", "11640302MB0000002A");
        UUID successor = Replicas.unit(DIVISION, "青铜峡市新局", "11640302MB0000003A");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "M201", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        hold(room, merged);
        String predecessors = certify(merged);
        Replicas.dissolve(merged, DIVISION, "青铜峡市旧局", "11640302MB0000002A", "MERGED", successor, "2026-06-30");
        String id = orders(merged).body("items", hasSize(1)).body("items[0].cause", equalTo("MERGER"))
                .body("items[0].successorId", equalTo(successor.toString())).body("items[0].overdue", equalTo(true)).extract().path("items[0].id");
        StatementLog.reset();
        given().auth().oauth2(ADMIN).queryParam("overdue", true).get("/api/v1/vacating-orders").then().statusCode(200)
                .body("items.id", hasItem(id));
        // The page's rooms and histories are read once each, whatever the number of orders.
        assertEquals(1, StatementLog.selectsFrom("registry_room"));
        assertEquals(1, StatementLog.selectsFrom("workflow_step"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("on", "2026-07-01"))
                .post("/api/v1/vacating-orders/" + id + "/hand-over").then().statusCode(200).body("status", equalTo("HANDED_OVER"));
        given().auth().oauth2(ADMIN).queryParam("roomId", room).queryParam("current", true).get("/api/v1/holdings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].agencyId", equalTo(successor.toString())).body("items[0].basis", equalTo("REALLOCATION"));
        // The predecessor's certificate ended with its holding; the bureau certifies what the successor now holds.
        given().auth().oauth2(ADMIN).get("/api/v1/certificates/" + predecessors).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", successor.toString(), "agreement", Agreements.signed("2026-07-01")))
                .post("/api/v1/certificates").then()
                .statusCode(201).body("basis", equalTo("EXISTING_USE")).body("rooms[0].number", equalTo("M201"))
                .body("number", matchesPattern("640302-PZ-\\d{4}-\\d{4}"));
    }

    @Test
    void anOrderWhoseHoldingEndedAnotherWayIsDoneNotOverdue() {
        UUID unit = Replicas.unit(DIVISION, "青铜峡市撤并办", "11640302MB0000005A");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "D301", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        hold(room, unit);
        Replicas.dissolve(unit, DIVISION, "青铜峡市撤并办", "11640302MB0000005A", "DISSOLVED", null, "2026-01-31");
        String order = orders(unit).body("items[0].overdue", equalTo(true)).extract().path("items[0].id");
        String holding = given().auth().oauth2(ADMIN).queryParam("roomId", room).get("/api/v1/holdings").then().extract().path("items[0].id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2026-03-01", "reason", "交回钥匙"))
                .post("/api/v1/holdings/" + holding + "/end").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/v1/vacating-orders/" + order).then().statusCode(200).body("status", equalTo("VACATED"))
                .body("closedOn", equalTo("2026-03-01")).body("overdue", equalTo(false)).body("history.action", equalTo(List.of("OPEN", "VACATE")));
        given().auth().oauth2(ADMIN).queryParam("overdue", true).get("/api/v1/vacating-orders").then().statusCode(200)
                .body("items.id", not(hasItem(order)));
    }

    @Test
    void movingIntoNewSpaceOpensAnOrderForTheSpaceLeftBehind() {
        Replicas.areaStandard(9002, "COUNTY", "BELOW_SECTION", null, "9.00", "2014-12-01");
        UUID unit = Replicas.unit(DIVISION, "青铜峡市统计局", "11640302MB0000004A", "{\"BELOW_SECTION\":1}");
        UUID old = Replicas.room(DIVISION, UUID.randomUUID(), "O101", "OFFICE", "9.00", "IN_USE", "2020-01-01");
        UUID fresh = Replicas.room(DIVISION, UUID.randomUUID(), "F101", "OFFICE", "9.00", "IDLE", "2025-01-01");
        hold(old, unit);
        String request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "reason", "RELOCATION",
                "justification", "原址危房，整体搬迁", "staff", List.of(Map.of("rank", "BELOW_SECTION", "people", 1)), "serviceAreaAsked", "0.00",
                "equipmentAreaAsked", "0.00", "areaAsked", "9.00")).post("/api/v1/allocation-requests").then().statusCode(201)
                .body("heldArea", equalTo(0.00f)).extract().path("id");
        for (String[] step : new String[][] {{"review", "0", "{}"}, {"approve", "1", "{\"method\":\"REALLOCATION\"}"},
                {"fulfil", "2", "{\"roomIds\":[\"" + fresh + "\"],\"fromDate\":\"2026-12-01\",\"agreement\":" + Agreements.json("2026-11-30") + "}"}}) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"" + step[1] + "\"").body(step[2])
                    .post("/api/v1/allocation-requests/" + request + "/" + step[0]).then().statusCode(200);
        }
        orders(unit).body("items", hasSize(1)).body("items[0].roomId", equalTo(old.toString())).body("items[0].cause", equalTo("RELOCATION"))
                .body("items[0].deadline", equalTo("2027-03-01"));
    }

    private static String certify(UUID unit) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2024-01-01")))
                .post("/api/v1/certificates").then()
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse orders(UUID unit) {
        return given().auth().oauth2(ADMIN).queryParam("agencyId", unit).get("/api/v1/vacating-orders").then().statusCode(200);
    }

    private static void hold(UUID room, UUID unit) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "青机管配〔2024〕1号", "fromDate", "2024-01-01")).post("/api/v1/holdings").then().statusCode(201);
    }
}
