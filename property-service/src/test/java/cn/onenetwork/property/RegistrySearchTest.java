package cn.onenetwork.property;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding records by what users type (names, codes, addresses, room numbers) and listing who sits where from both sides. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RegistrySearchTest {

    private static final String XIXIA = "640105";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void namesCodesAddressesAndRoomNumbersAreFoundByAnyPartAsTyped() {
        String education = Registry.agency(XIXIA, "西夏区教育体育局", "GOVERNMENT");
        Registry.agency(XIXIA, "西夏区卫生健康局", "GOVERNMENT");
        String person = Registry.person(XIXIA, education, "王建国搜索", "SECTION_CHIEF");
        Registry.person(XIXIA, education, "李建华搜索", "BELOW_SECTION");
        String building = Registry.building(XIXIA, "西夏区文昌北街综合楼");
        String floor = Registry.floor(XIXIA, building, "3");
        String room = Registry.room(XIXIA, building, floor, "301", "OFFICE", "18.00");
        Registry.room(XIXIA, building, floor, "302", "OFFICE", "18.00");
        String auditor = DevTokens.auditor(XIXIA);

        given().auth().oauth2(auditor).queryParam("q", "教育体育").get("/api/v1/agencies").then().statusCode(200)
                .body("items.id", contains(education));
        given().auth().oauth2(auditor).queryParam("q", "王建国").get("/api/v1/people").then().body("items.id", contains(person));
        given().auth().oauth2(auditor).queryParam("q", "建国").get("/api/v1/people").then().body("items.id", contains(person));
        // The building's address as typed: "银川市" + name, see Registry.building.
        given().auth().oauth2(auditor).queryParam("q", "银川市西夏区文昌北街").get("/api/v1/buildings").then().body("items.id", contains(building));
        given().auth().oauth2(auditor).queryParam("buildingId", building).queryParam("q", "301").get("/api/v1/rooms").then()
                .body("items.id", contains(room));
        // LIKE's wildcards are text like any other.
        given().auth().oauth2(auditor).queryParam("q", "%").get("/api/v1/agencies").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(auditor).queryParam("q", "x".repeat(101)).get("/api/v1/rooms").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        // Search stays inside the caller's scope.
        given().auth().oauth2(DevTokens.auditor("640104")).queryParam("q", "王建国搜索").get("/api/v1/people").then().body("items", hasSize(0));
    }

    @Test
    void whoSitsInARoomAndWhereAPersonSits() {
        String agency = Registry.agency(XIXIA, "西夏区统计局", "GOVERNMENT");
        String building = Registry.building(XIXIA, "西夏区统计大楼");
        String floor = Registry.floor(XIXIA, building, "2");
        String shared = Registry.room(XIXIA, building, floor, "201", "OFFICE", "18.00");
        String other = Registry.room(XIXIA, building, floor, "202", "OFFICE", "9.00");
        String first = Registry.person(XIXIA, agency, "孙科员", "BELOW_SECTION");
        String second = Registry.person(XIXIA, agency, "周科员", "BELOW_SECTION");
        Registry.seat(XIXIA, first, shared, Registry.today().minusMonths(3));
        String moved = Registry.seat(XIXIA, second, shared, Registry.today().minusMonths(3));
        given().auth().oauth2(DevTokens.bureauAdmin(XIXIA)).contentType(ContentType.JSON).body(Map.of("toDate", Registry.today().toString()))
                .post("/api/v1/seats/" + moved + "/release").then().statusCode(200);
        Registry.seat(XIXIA, second, other, Registry.today());
        String auditor = DevTokens.auditor(XIXIA);

        given().auth().oauth2(auditor).get("/api/v1/rooms/" + shared + "/seats").then().statusCode(200).body("items.personId", contains(first));
        given().auth().oauth2(auditor).queryParam("current", false).get("/api/v1/rooms/" + shared + "/seats").then()
                .body("items.personId", containsInAnyOrder(first, second));
        given().auth().oauth2(auditor).get("/api/v1/people/" + second + "/seats").then().body("items.roomId", contains(other));
        given().auth().oauth2(auditor).queryParam("current", false).get("/api/v1/people/" + second + "/seats").then()
                .body("items.roomId", containsInAnyOrder(shared, other));
        given().auth().oauth2(DevTokens.auditor("640104")).get("/api/v1/rooms/" + shared + "/seats").then().statusCode(404);
    }

    @Test
    void titlesAreListedByStateInScope() {
        String building = Registry.building(XIXIA, "西夏区权属测试楼");
        String title = Registry.post(XIXIA, "/api/v1/titles", Map.of("buildingId", building, "state", "FILED_AS_UNCLEAR",
                "filingReference", "西机管备〔2025〕4号", "reason", "原始档案缺失"));
        given().auth().oauth2(DevTokens.auditor(XIXIA)).queryParam("state", "FILED_AS_UNCLEAR").queryParam("limit", 500).get("/api/v1/titles").then()
                .statusCode(200).body("items.id", hasItem(title));
        given().auth().oauth2(DevTokens.auditor(XIXIA)).queryParam("buildingId", building).get("/api/v1/titles").then()
                .body("items", hasSize(1)).body("items[0].state", equalTo("FILED_AS_UNCLEAR"));
        given().auth().oauth2(DevTokens.auditor("640104")).queryParam("limit", 500).get("/api/v1/titles").then().body("items.id", not(hasItem(title)));
    }
}
