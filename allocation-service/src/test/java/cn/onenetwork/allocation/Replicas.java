package cn.onenetwork.allocation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;

/** The registry's events that build this service's read models, sent on the real broker as property-service would. */
public final class Replicas {

    private Replicas() {
    }

    /** A room registered in the registry, once this service's room read model has it. */
    public static UUID room(String division, UUID building, String number, String category, String useArea, String status, String statusSince) {
        return room(division, building, UUID.randomUUID(), number, category, useArea, status, statusSince);
    }

    /** A room on a given floor of its building. */
    public static UUID room(String division, UUID building, UUID floor, String number, String category, String useArea, String status, String statusSince) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.rooms", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.room.registered.v1", """
                        {"id":"%s","buildingId":"%s","floorId":"%s","divisionCode":"%s","number":"%s","category":"%s","useArea":%s,
                         "status":"%s","statusSince":"%s","version":0}
                        """.formatted(id, building, floor, division, number, category, useArea, status, statusSince));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RegistryRoom.findByIdOptional(id).isPresent()));
        return id;
    }

    /** An agency registered in the registry, once this service's user-unit read model has it. */
    public static UUID unit(String division, String name, String code) {
        return unit(division, name, code, "{}");
    }

    /** An agency with its approved posts per rank (a JSON object), once this service's user-unit read model has it. */
    public static UUID unit(String division, String name, String code, String approvedStaffing) {
        return unit(division, name, code, approvedStaffing, "COUNTY");
    }

    /** An agency of the given administrative level. */
    public static UUID unit(String division, String name, String code, String approvedStaffing, String level) {
        return unit(UUID.randomUUID(), division, name, code, approvedStaffing, level);
    }

    /** An agency whose id the test chose (one an earlier event already named), once this service's user-unit read model has it. */
    public static UUID unit(UUID id, String division, String name, String code, String approvedStaffing, String level) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.agencies", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.agency.registered.v1", """
                        {"id":"%s","creditCode":"%s","name":"%s","divisionCode":"%s","level":"%s","system":"GOVERNMENT",
                         "approvedStaffing":%s,"version":0}
                        """.formatted(id, code, name, division, level, approvedStaffing));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/user-units/" + id)
                .statusCode() == 200);
        return id;
    }

    /** The registry seats a person in a room from a day, once this service's seat read model has it. */
    public static UUID seat(UUID room, String from) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.seats", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.seat.assigned.v1", """
                        {"id":"%s","personId":"%s","roomId":"%s","fromDate":"%s"}
                        """.formatted(id, UUID.randomUUID(), room, from));
        awaitRow("SELECT count(*) FROM registry_seat WHERE id = '" + id + "'");
        return id;
    }

    /** The registry releases a seat on a day, once this service's seat read model has it ended. */
    public static void releaseSeat(UUID seat, UUID room, String from, String to) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.seats", seat.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.seat.released.v1", """
                        {"id":"%s","personId":"%s","roomId":"%s","fromDate":"%s","toDate":"%s"}
                        """.formatted(seat, UUID.randomUUID(), room, from, to));
        awaitRow("SELECT count(*) FROM registry_seat WHERE to_date IS NOT NULL AND id = '" + seat + "'");
    }

    /** A division registered in the registry, once this service knows its name. */
    public static void division(String code, String name) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.divisions", code, UUID.randomUUID(),
                "cn.onenetwork.property.division.registered.v1", """
                        {"code":"%s","name":"%s","level":"COUNTY","parentCode":"%s","version":0}
                        """.formatted(code, name, code.substring(0, 4) + "00"));
        awaitRow("SELECT count(*) FROM registry_division WHERE code = '" + code + "'");
    }

    /** A floor of a building, once the floor replica has it. */
    public static UUID floor(UUID building, String label) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.buildings", building.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.floor.added.v1", """
                        {"id":"%s","buildingId":"%s","label":"%s","version":0}
                        """.formatted(id, building, label));
        awaitRow("SELECT count(*) FROM registry_floor WHERE id = '" + id + "'");
        return id;
    }

    /** A building registered in the registry, once the building replica has it. */
    public static UUID building(String division, String code, String name) {
        return building(division, code, name, "FISCAL_FUNDING");
    }

    /** A building of the given origin (LEASED for premises a lease may take), once the building replica has it. */
    public static UUID building(String division, String code, String name, String origin) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.buildings", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.building.registered.v1", """
                        {"id":"%s","divisionCode":"%s","code":"%s","name":"%s","origin":"%s","version":0}
                        """.formatted(id, division, code, name, origin));
        awaitRow("SELECT count(*) FROM registry_building WHERE id = '" + id + "'");
        return id;
    }

    /** The building's title in the given state and version, once the title replica has that version. */
    public static void title(UUID building, String state, int version) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.titles", building.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.title.changed.v1", """
                        {"id":"%s","buildingId":"%s","divisionCode":"640000","state":"%s","version":%d}
                        """.formatted(UUID.nameUUIDFromBytes(building.toString().getBytes()), building, state, version));
        awaitRow("SELECT count(*) FROM registry_title WHERE building_id = '" + building + "' AND source_version = " + version);
    }

    /** The registry ends the unit (version 1 of its record): dissolved, or merged into {@code successor}. */
    public static void dissolve(UUID id, String division, String name, String code, String kind, UUID successor, String on) {
        sendDissolution(id, division, name, code, kind, successor, on);
        awaitRow("SELECT count(*) FROM user_unit WHERE dissolved_on IS NOT NULL AND id = '" + id + "'");
    }

    /** The registry's event ending the unit, sent without waiting for this service to apply it. */
    public static void sendDissolution(UUID id, String division, String name, String code, String kind, UUID successor, String on) {
        String successorField = successor == null ? "" : "\"successorId\":\"" + successor + "\",";
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.agencies", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.agency.dissolved.v1", """
                        {"id":"%s","creditCode":"%s","name":"%s","divisionCode":"%s","level":"COUNTY","system":"GOVERNMENT","approvedStaffing":{},
                         "dissolvedOn":"%s","dissolutionKind":"%s",%s"dissolutionReason":"机构改革","version":1}
                        """.formatted(id, code, name, division, on, kind, successorField));
    }

    /** A row of the registry's office standards (divisionCode null for a national row), once the replica has it. */
    public static void areaStandard(long id, String level, String rank, String division, String area, String from) {
        String divisionField = division == null ? "" : "\"divisionCode\":\"" + division + "\",";
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.standards", "area-standard:" + id, UUID.randomUUID(),
                "cn.onenetwork.property.area-standard.recorded.v1", """
                        {"id":%d,"level":"%s","rankCode":"%s",%s"officeArea":%s,"effectiveFrom":"%s","source":"test"}
                        """.formatted(id, level, rank, divisionField, area, from));
        awaitRow("SELECT count(*) FROM standard_row WHERE id = " + id);
    }

    /** A row of the registry's service and equipment allowances, once the replica has it. */
    public static void allowance(long id, String level, String division, String service, String equipment, String from) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.standards", "space-allowance:" + id, UUID.randomUUID(),
                "cn.onenetwork.property.space-allowance.recorded.v1", """
                        {"id":%d,"level":"%s","divisionCode":"%s","servicePerPerson":%s,"equipmentPerPerson":%s,"effectiveFrom":"%s","source":"test"}
                        """.formatted(id, level, division, service, equipment, from));
        awaitRow("SELECT count(*) FROM allowance_row WHERE id = " + id);
    }

    private static void awaitRow(String countQuery) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) RegistryRoom.getEntityManager().createNativeQuery(countQuery).getSingleResult()).longValue() > 0));
    }
}
