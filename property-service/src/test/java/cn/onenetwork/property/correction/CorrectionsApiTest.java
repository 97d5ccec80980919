package cn.onenetwork.property.correction;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records that were registered wrong, or that ended: corrected with If-Match, ended with a date and a reason, history kept. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CorrectionsApiTest {

    private static final String XINGQING = "640104";
    private static final String ADMIN = DevTokens.bureauAdmin(XINGQING);

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aBuildingAParcelAndAFloorAreCorrectedWithIfMatchAuditedAndPublished() {
        String parcel = Registry.post(XINGQING, "/api/v1/parcels", Map.of("divisionCode", XINGQING, "code", "P-CORR-1", "name", "解放西街院落",
                "address", "银川市兴庆区解放西街1号", "landArea", "5000.00", "landUseType", "ALLOCATED"));
        Map<String, Object> parcelFix = new HashMap<>(Map.of("divisionCode", XINGQING, "code", "P-CORR-1", "name", "解放西街院落",
                "address", "银川市兴庆区解放西街3号", "landArea", "5200.00", "landUseType", "ALLOCATED"));
        put("/api/v1/parcels/" + parcel, null, parcelFix).statusCode(428);
        put("/api/v1/parcels/" + parcel, "\"7\"", parcelFix).statusCode(412);
        put("/api/v1/parcels/" + parcel, "\"0\"", parcelFix).statusCode(200).header("ETag", "\"1\"")
                .body("address", equalTo("银川市兴庆区解放西街3号")).body("landArea", equalTo(5200.00f));
        parcelFix.put("divisionCode", "640105");
        put("/api/v1/parcels/" + parcel, "\"1\"", parcelFix).statusCode(422).body("code", equalTo("DIVISION_IS_FIXED"));

        String building = Registry.building(XINGQING, "兴庆区更正测试楼");
        Map<String, Object> buildingFix = new HashMap<>(Map.of("divisionCode", XINGQING, "parcelId", parcel, "code", "XQ-CORR-1",
                "name", "兴庆区更正测试楼", "address", "银川市兴庆区解放西街3号", "storeysAbove", 6, "storeysBelow", 1,
                "grossFloorArea", "8100.00", "origin", "FISCAL_FUNDING"));
        put("/api/v1/buildings/" + building, "\"0\"", buildingFix).statusCode(200).header("ETag", "\"1\"")
                .body("code", equalTo("XQ-CORR-1")).body("grossFloorArea", equalTo(8100.00f)).body("parcelId", equalTo(parcel));
        put("/api/v1/buildings/" + building, "\"0\"", buildingFix).statusCode(412);
        given().auth().oauth2(DevTokens.agencyUser(XINGQING, Fixtures.creditCode(XINGQING, 1))).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(buildingFix).put("/api/v1/buildings/" + building).then().statusCode(403);

        String floor = Registry.floor(XINGQING, building, "3");
        Registry.floor(XINGQING, building, "4");
        put("/api/v1/buildings/" + building + "/floors/" + floor, "\"0\"", Map.of("label", "4")).statusCode(409).body("code", equalTo("DUPLICATE_FLOOR"));
        put("/api/v1/buildings/" + building + "/floors/" + floor, "\"0\"", Map.of("label", "3F")).statusCode(200).header("ETag", "\"1\"")
                .body("label", equalTo("3F"));
        given().auth().oauth2(DevTokens.bureauAdmin("640000")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("label", "3"))
                .put("/api/v1/buildings/" + building + "/floors/" + floor).then().statusCode(403).body("code", equalTo("OUTSIDE_OWN_LEVEL"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> types = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.buildings", Duration.ofMillis(300))
                    .stream().filter(r -> building.equals(r.key())).map(r -> TestEvents.header(r, "ce_type")).toList();
            assertTrue(types.containsAll(List.of("cn.onenetwork.property.building.updated.v1", "cn.onenetwork.property.floor.renamed.v1")),
                    types.toString());
        });
        assertEquals(List.of("floor.renamed"), audit("building", building, "floor.renamed"));
        assertEquals(List.of("parcel.updated"), audit("parcel", parcel, "parcel.updated"));
        assertEquals(List.of("building.updated"), audit("building", building, "building.updated"));
    }

    @Test
    void aConcurrentPostEndedLaterStartsTheTwoMonthVacatingDeadline() {
        String government = Registry.agency(XINGQING, "兴庆区人民政府", "GOVERNMENT");
        String centre = Registry.agency(XINGQING, "兴庆区政务服务中心", "CIVIL_SERVICE_INSTITUTION");
        String building = Registry.building(XINGQING, "兴庆区兼职测试楼");
        String floor = Registry.floor(XINGQING, building, "2");
        String main = Registry.room(XINGQING, building, floor, "201", "OFFICE", "24.00");
        String extra = Registry.room(XINGQING, building, floor, "202", "OFFICE", "12.00");
        String deputy = Registry.person(XINGQING, government, "赵副区长", "DEPUTY_COUNTY_HEAD");
        Registry.seat(XINGQING, deputy, main, Registry.today().minusYears(2));
        String post = Registry.post(XINGQING, "/api/v1/people/" + deputy + "/concurrent-posts", Map.of("agencyId", centre, "approved", true,
                "approvalReference", "兴机管〔2024〕9号", "startsOn", Registry.today().minusYears(1).toString()));
        Registry.post(XINGQING, "/api/v1/seats", Map.of("personId", deputy, "roomId", extra, "concurrentPostId", post,
                "fromDate", Registry.today().minusYears(1).toString()));
        findings(deputy).body("items", empty());

        // The post ended three months ago; the bureau learns of it today: the office should have been vacated a month ago.
        String ended = Registry.today().minusMonths(3).toString();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("endsOn", ended, "reason", "任期届满"))
                .post("/api/v1/people/" + deputy + "/concurrent-posts/" + post + "/end").then().statusCode(428);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endsOn", "2000-01-01", "reason", "任期届满"))
                .post("/api/v1/people/" + deputy + "/concurrent-posts/" + post + "/end").then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endsOn", ended, "reason", "任期届满"))
                .post("/api/v1/people/" + deputy + "/concurrent-posts/" + post + "/end").then().statusCode(200)
                .header("ETag", "\"1\"").body("endsOn", equalTo(ended)).body("endReason", equalTo("任期届满"));
        findings(deputy).body("items.rule", hasItem("NOT_VACATED_AFTER_CONCURRENT_POST"));
        given().auth().oauth2(DevTokens.auditor(XINGQING)).get("/api/v1/people/" + deputy + "/concurrent-posts").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].endsOn", equalTo(ended));
    }

    @Test
    void aRetiredRoomLeavesListsAndTotalsKeepsItsHistoryAndFreesItsNumber() {
        String agency = Registry.agency(XINGQING, "兴庆区改造测试局", "GOVERNMENT");
        String building = Registry.building(XINGQING, "兴庆区改造测试楼");
        String floor = Registry.floor(XINGQING, building, "5");
        String room = Registry.room(XINGQING, building, floor, "501", "OFFICE", "30.00");
        String person = Registry.person(XINGQING, agency, "钱科员", "BELOW_SECTION");
        String seat = Registry.seat(XINGQING, person, room, Registry.today().minusMonths(2));
        given().auth().oauth2(DevTokens.auditor(XINGQING)).queryParam("roomId", room).get("/api/v1/compliance-findings").then()
                .body("items", hasSize(1));

        Map<String, String> retirement = Map.of("retiredOn", Registry.today().toString(), "reason", "与502合并为会议室");
        retire(room, "\"0\"", retirement).statusCode(409).body("code", equalTo("ROOM_OCCUPIED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("toDate", Registry.today().toString()))
                .post("/api/v1/seats/" + seat + "/release").then().statusCode(200);
        retire(room, "\"0\"", Map.of("retiredOn", Registry.today().plusDays(1).toString(), "reason", "x")).statusCode(400);
        retire(room, "\"0\"", retirement).statusCode(200).header("ETag", "\"1\"").body("retiredOn", equalTo(Registry.today().toString()));
        retire(room, "\"1\"", retirement).statusCode(409).body("code", equalTo("ROOM_RETIRED"));

        String auditor = DevTokens.auditor(XINGQING);
        given().auth().oauth2(auditor).queryParam("buildingId", building).get("/api/v1/rooms").then().body("items.id", not(hasItem(room)));
        given().auth().oauth2(auditor).queryParam("buildingId", building).queryParam("includeRetired", true).get("/api/v1/rooms").then()
                .body("items.id", hasItem(room));
        given().auth().oauth2(auditor).get("/api/v1/rooms/" + room).then().statusCode(200).body("retirementReason", equalTo("与502合并为会议室"));
        given().auth().oauth2(auditor).queryParam("roomId", room).queryParam("status", "RESOLVED").get("/api/v1/compliance-findings").then()
                .body("items", hasSize(1));
        given().auth().oauth2(auditor).queryParam("current", false).get("/api/v1/rooms/" + room + "/seats").then().body("items", hasSize(1));
        // The number is free for the room the renovation made.
        Registry.room(XINGQING, building, floor, "501", "SERVICE", "60.00");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("personId", person, "roomId", room, "fromDate", Registry.today().toString()))
                .post("/api/v1/seats").then().statusCode(409).body("code", equalTo("ROOM_RETIRED"));
    }

    private static ValidatableResponse put(String path, String etag, Map<String, ?> body) {
        var request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(path).then();
    }

    private static ValidatableResponse retire(String room, String etag, Map<String, String> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(body).post("/api/v1/rooms/" + room + "/retire")
                .then();
    }

    private static ValidatableResponse findings(String person) {
        return given().auth().oauth2(DevTokens.auditor(XINGQING)).queryParam("personId", person).get("/api/v1/compliance-findings").then().statusCode(200);
    }

    private static List<String> audit(String type, String id, String action) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("SELECT action FROM audit_entry WHERE entity_type = ?1 AND entity_id = ?2 AND action = ?3", String.class)
                .setParameter(1, type).setParameter(2, id).setParameter(3, action).getResultList());
    }
}
