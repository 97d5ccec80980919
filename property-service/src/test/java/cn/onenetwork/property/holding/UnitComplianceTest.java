package cn.onenetwork.property.holding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks that need allocation's fact of which unit holds which room, driven by allocation.holdings events
 * on the real broker: per unit against approved staffing, lending to another unit, change of function.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class UnitComplianceTest {

    // 金凤区, registered here only: its standards and allowances are changed by these tests.
    private static final String JINFENG = "640106";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
        int status = given().auth().oauth2(DevTokens.bureauAdmin("640000")).contentType(ContentType.JSON)
                .body(Map.of("code", JINFENG, "name", "金凤区", "level", "COUNTY", "parentCode", "640100")).post("/api/v1/divisions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering 金凤区 answered " + status);
        }
    }

    @Test
    void aUnitHoldingMoreOfficeAreaThanItsStaffingIsEntitledToIsAFindingUntilItHandsRoomsBack() {
        // 1 section chief (18) + 2 below section (9 each): 36 m² of offices.
        String agency = agency("金凤区统计局", Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 2));
        String code = creditCode(agency);
        String building = Registry.building(JINFENG, "金凤区统计局办公楼");
        String floor = Registry.floor(JINFENG, building, "2");
        String first = Registry.room(JINFENG, building, floor, "201", "OFFICE", "20.00");
        String second = Registry.room(JINFENG, building, floor, "202", "OFFICE", "16.00");
        String third = Registry.room(JINFENG, building, floor, "203", "OFFICE", "4.50");

        hold(first, agency, code, "OFFICE", LocalDate.of(2024, 1, 1));
        hold(second, agency, code, "OFFICE", LocalDate.of(2024, 1, 1));
        awaitUnitFindings(code, 0);
        UUID h3 = hold(third, agency, code, "OFFICE", LocalDate.of(2025, 3, 1));
        awaitUnitFindings(code, 1).body("items[0].rule", equalTo("UNIT_OFFICE_OVER_ENTITLEMENT"))
                .body("items[0].excessArea", equalTo(4.50f))
                .body("items[0].since", equalTo("2025-03-01"))
                .body("items[0].divisionCode", equalTo(JINFENG));
        given().auth().oauth2(DevTokens.agencyUser(JINFENG, code)).get("/api/v1/agencies/" + agency + "/space").then().statusCode(200)
                .body("approvedPosts", equalTo(3)).body("officeEntitlement", equalTo(36.00f)).body("officeAreaHeld", equalTo(40.50f))
                .body("basicAreaHeld", equalTo(40.50f));
        given().auth().oauth2(DevTokens.auditor("640105")).get("/api/v1/agencies/" + agency + "/space").then().statusCode(404);

        end(h3, third, agency, code, LocalDate.of(2025, 6, 30));
        awaitUnitFindings(code, 0);
        unitFindings(code, "RESOLVED").body("items", hasSize(1));
        // Same event again (redelivery): nothing changes.
        end(h3, third, agency, code, LocalDate.of(2025, 6, 30));
        awaitUnitFindings(code, 0);
        unitFindings(code, "RESOLVED").body("items", hasSize(1));
        // The two rooms still held are 36 m², exactly the entitlement.
        unitFindings(code, "OPEN").body("items", empty());
    }

    @Test
    void basicOfficeSpaceIsCheckedOnceTheDivisionSetsItsAllowance() {
        String agency = agency("金凤区审计局", Map.of("BELOW_SECTION", 2));
        String code = creditCode(agency);
        String building = Registry.building(JINFENG, "金凤区审计局办公楼");
        String floor = Registry.floor(JINFENG, building, "1");
        hold(Registry.room(JINFENG, building, floor, "101", "OFFICE", "18.00"), agency, code, "OFFICE", LocalDate.of(2024, 1, 1));
        hold(Registry.room(JINFENG, building, floor, "102", "SERVICE", "40.00"), agency, code, "SERVICE", LocalDate.of(2024, 1, 1));
        awaitUnitFindings(code, 0);

        // 2 posts × (10 + 5) = 30 m² on top of 18 m² of offices: 48 m²; the unit holds 58 m².
        given().auth().oauth2(DevTokens.bureauAdmin(JINFENG)).contentType(ContentType.JSON)
                .body(Map.of("level", "COUNTY", "servicePerPerson", "10.00", "equipmentPerPerson", "5.00",
                        "effectiveFrom", Registry.today().toString(), "source", "金机管发〔2026〕1号"))
                .post("/api/v1/space-allowances").then().statusCode(201).body("divisionCode", equalTo(JINFENG));
        awaitUnitFindings(code, 1).body("items[0].rule", equalTo("UNIT_BASIC_SPACE_OVER_ENTITLEMENT"))
                .body("items[0].excessArea", equalTo(10.00f));
    }

    @Test
    void aRoomLentToAnotherUnitOrUsedForAnotherFunctionThanApprovedIsAFinding() {
        String holder = agency("金凤区民政局", Map.of("BELOW_SECTION", 4));
        String other = agency("金凤区某协会", Map.of());
        String building = Registry.building(JINFENG, "金凤区民政局办公楼");
        String floor = Registry.floor(JINFENG, building, "3");
        String lent = Registry.room(JINFENG, building, floor, "301", "OFFICE", "9.00");
        String meeting = Registry.room(JINFENG, building, floor, "302", "OFFICE", "30.00");
        Registry.seat(JINFENG, Registry.person(JINFENG, other, "协会人员", "BELOW_SECTION"), lent, Registry.today().minusDays(40));

        hold(lent, holder, creditCode(holder), "OFFICE", LocalDate.of(2024, 1, 1));
        hold(meeting, holder, creditCode(holder), "SERVICE", LocalDate.of(2024, 1, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> roomFindings(lent).body("items", hasSize(1)));
        roomFindings(lent).body("items[0].rule", equalTo("USED_BY_ANOTHER_UNIT"))
                .body("items[0].excessArea", equalTo(9.00f))
                .body("items[0].since", equalTo(Registry.today().minusDays(40).toString()))
                .body("items[0].agencyCode", equalTo(creditCode(holder)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> roomFindings(meeting).body("items", hasSize(1)));
        roomFindings(meeting).body("items[0].rule", equalTo("FUNCTION_CHANGED"));
    }

    @Test
    void aProvinceSetsTownshipStandardsNoHigherThanTheCountyDeputyAndNeverBackwards() {
        String region = DevTokens.bureauAdmin("640000");
        String today = Registry.today().toString();
        standard(region, "TOWNSHIP", "TOWNSHIP_HEAD", "24.01", today).statusCode(422).body("code", equalTo("STANDARD_ABOVE_CEILING"))
                .body("errors[0].field", equalTo("officeArea"));
        standard(region, "TOWNSHIP", "TOWNSHIP_HEAD", "20.00", Registry.today().minusDays(1).toString()).statusCode(422)
                .body("code", equalTo("RETROACTIVE_STANDARD"));
        standard(region, "TOWNSHIP", "NOBODY", "20.00", today).statusCode(422).body("code", equalTo("UNKNOWN_RANK"));
        String future = Registry.today().plusYears(5).toString();
        standard(region, "TOWNSHIP", "TOWNSHIP_HEAD", "20.00", future).statusCode(201).body("divisionCode", equalTo("640000"));
        standard(region, "TOWNSHIP", "TOWNSHIP_HEAD", "22.00", future).statusCode(409);
        // A county may be stricter than the national table for its own staff, never looser.
        standard(DevTokens.bureauAdmin(JINFENG), "COUNTY", "SECTION_CHIEF", "18.50", future).statusCode(422);
        given().auth().oauth2(DevTokens.auditor(JINFENG)).queryParam("level", "TOWNSHIP").get("/api/v1/area-standards").then().statusCode(200)
                .body("findAll { it.rankCode == 'TOWNSHIP_HEAD' && it.divisionCode == '640000' }.officeArea", org.hamcrest.Matchers.hasItem(20.00f));
    }

    @Test
    void aStricterLocalStandardRechecksTheOfficesOfThePlaceAtOnce() {
        String agency = agency("金凤区档案馆", Map.of("DEPUTY_SECTION_CHIEF", 1));
        String building = Registry.building(JINFENG, "金凤区档案馆");
        String room = Registry.room(JINFENG, building, Registry.floor(JINFENG, building, "1"), "101", "OFFICE", "12.00");
        Registry.seat(JINFENG, Registry.person(JINFENG, agency, "周副科长", "DEPUTY_SECTION_CHIEF"), room, Registry.today().minusYears(1));
        roomFindings(room).body("items", empty());

        standard(DevTokens.bureauAdmin(JINFENG), "COUNTY", "DEPUTY_SECTION_CHIEF", "11.00", Registry.today().toString()).statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> roomFindings(room).body("items", hasSize(1)));
        roomFindings(room).body("items[0].rule", equalTo("OFFICE_OVER_STANDARD")).body("items[0].excessArea", equalTo(1.00f));
    }

    private static ValidatableResponse standard(String token, String level, String rank, String area, String from) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("level", level, "rankCode", rank, "officeArea", area, "effectiveFrom", from, "source", "测试文件"))
                .post("/api/v1/area-standards").then();
    }

    private static String agency(String name, Map<String, Integer> staffing) {
        return Registry.agency(JINFENG, name, "GOVERNMENT", staffing);
    }

    private static String creditCode(String agency) {
        return given().auth().oauth2(DevTokens.auditor(JINFENG)).get("/api/v1/agencies/" + agency).then().statusCode(200).extract().path("creditCode");
    }

    private static UUID hold(String room, String agency, String code, String use, LocalDate from) {
        return Registry.hold(JINFENG, room, agency, code, use, from);
    }

    private static void end(UUID id, String room, String agency, String code, LocalDate to) {
        Registry.endHolding(JINFENG, id, room, agency, code, LocalDate.of(2025, 3, 1), to);
    }

    private static ValidatableResponse awaitUnitFindings(String code, int open) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> unitFindings(code, "OPEN").body("items", hasSize(open)));
        return unitFindings(code, "OPEN");
    }

    private static ValidatableResponse unitFindings(String code, String status) {
        return given().auth().oauth2(DevTokens.auditor(JINFENG)).queryParam("agencyCode", code).queryParam("status", status)
                .get("/api/v1/compliance-findings").then().statusCode(200);
    }

    private static ValidatableResponse roomFindings(String room) {
        return given().auth().oauth2(DevTokens.auditor(JINFENG)).queryParam("roomId", room).get("/api/v1/compliance-findings").then().statusCode(200);
    }
}
