package cn.onenetwork.property;

import static io.restassured.RestAssured.given;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.dev.TestEvents;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers agencies, buildings, rooms, people and seats through the API, for the registry tests. */
public final class Registry {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String HOLDING_STARTED = "cn.onenetwork.allocation.holding.started.v1";
    private static final String HOLDING_ENDED = "cn.onenetwork.allocation.holding.ended.v1";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000) * 10);

    private Registry() {
    }

    public static LocalDate today() {
        return TestDay.TODAY;
    }

    public static String agency(String division, String name, String system) {
        return agency(division, name, system, Map.of());
    }

    /** @param staffing approved posts per rank code (编制) */
    public static String agency(String division, String name, String system, Map<String, Integer> staffing) {
        return post(division, "/api/v1/agencies", Map.of("creditCode", Fixtures.creditCode(division, SERIAL.incrementAndGet()), "name", name,
                "divisionCode", division, "system", system, "actualStaff", 10, "approvedStaffing", staffing));
    }

    public static String building(String division, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("divisionCode", division);
        body.put("code", "B-" + SERIAL.incrementAndGet());
        body.put("name", name);
        body.put("address", "银川市" + name);
        body.put("yearBuilt", 2008);
        body.put("storeysAbove", 6);
        body.put("storeysBelow", 1);
        body.put("grossFloorArea", "8000.00");
        body.put("usableCoefficient", "0.65");
        body.put("origin", "FISCAL_FUNDING");
        return post(division, "/api/v1/buildings", body);
    }

    public static String floor(String division, String building, String label) {
        return post(division, "/api/v1/buildings/" + building + "/floors", Map.of("label", label));
    }

    public static String room(String division, String building, String floor, String number, String category, String useArea) {
        return post(division, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", number, "category", category,
                "useArea", useArea, "status", "IN_USE", "statusSince", "2020-01-01"));
    }

    public static String person(String division, String agency, String name, String rank) {
        return post(division, "/api/v1/people", Map.of("agencyId", agency, "name", name, "rankCode", rank, "status", "IN_POST",
                "statusSince", "2015-01-01"));
    }

    public static String seat(String division, String person, String room, LocalDate from) {
        return post(division, "/api/v1/seats", Map.of("personId", person, "roomId", room, "fromDate", from.toString()));
    }

    /** A holding as allocation-service publishes it on allocation.holdings: the unit holds the room from that day. */
    public static UUID hold(String division, String room, String agency, String code, String use, LocalDate from) {
        UUID id = UUID.randomUUID();
        sendHolding(room, holding(id, division, room, agency, code, use, from, null, 0), HOLDING_STARTED);
        return id;
    }

    public static void endHolding(String division, UUID id, String room, String agency, String code, LocalDate from, LocalDate to) {
        sendHolding(room, holding(id, division, room, agency, code, "OFFICE", from, to, 1), HOLDING_ENDED);
    }

    private static void sendHolding(String room, String payload, String type) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "allocation.holdings", room, UUID.nameUUIDFromBytes(payload.getBytes()),
                type, payload);
    }

    private static String holding(UUID id, String division, String room, String agency, String code, String use, LocalDate from, LocalDate to,
            long version) {
        return "{\"id\":\"" + id + "\",\"roomId\":\"" + room + "\",\"agencyId\":\"" + agency + "\",\"agencyCode\":\"" + code
                + "\",\"divisionCode\":\"" + division + "\",\"basis\":\"EXISTING_USE\",\"approvedUse\":\"" + use
                + "\",\"reference\":\"金机管配〔2024〕1号\",\"fromDate\":\"" + from + "\",\"toDate\":" + (to == null ? "null" : "\"" + to + "\"")
                + ",\"version\":" + version + "}";
    }

    public static String post(String division, String path, Map<String, ?> body) {
        return given().auth().oauth2(DevTokens.bureauAdmin(division)).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
