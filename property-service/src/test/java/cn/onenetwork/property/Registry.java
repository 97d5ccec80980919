package cn.onenetwork.property;

import static io.restassured.RestAssured.given;

import cn.onenetwork.dev.DevTokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers agencies, buildings, rooms, people and seats through the API, for the registry tests. */
public final class Registry {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000) * 10);

    private Registry() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
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

    public static String post(String division, String path, Map<String, ?> body) {
        return given().auth().oauth2(DevTokens.bureauAdmin(division)).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
