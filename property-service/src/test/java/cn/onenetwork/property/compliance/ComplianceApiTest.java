package cn.onenetwork.property.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ComplianceApiTest {

    private static final String REGION = "640000";
    private static final String XINGQING = "640104";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aProvincialDivisionChiefIsCompliantIn18AndOverBy001In1801() {
        String agency = Registry.agency(REGION, "宁夏回族自治区发展和改革委员会", "GOVERNMENT");
        String building = Registry.building(REGION, "自治区政府1号楼");
        String floor = Registry.floor(REGION, building, "3");
        String exact = Registry.room(REGION, building, floor, "301", "OFFICE", "18.00");
        String over = Registry.room(REGION, building, floor, "302", "OFFICE", "18.01");
        Registry.seat(REGION, Registry.person(REGION, agency, "王处长", "DIVISION_CHIEF"), exact, Registry.today().minusMonths(2));
        String second = Registry.person(REGION, agency, "李处长", "DIVISION_CHIEF");
        Registry.seat(REGION, second, over, Registry.today().minusMonths(2));

        findings("roomId", exact).body("items", empty());
        findings("roomId", over).body("items", hasSize(1))
                .body("items[0].rule", equalTo("OFFICE_OVER_STANDARD"))
                .body("items[0].excessArea", equalTo(0.01f))
                .body("items[0].personId", equalTo(second))
                .body("items[0].since", equalTo(Registry.today().minusMonths(2).toString()))
                .body("items[0].divisionCode", equalTo(REGION));
    }

    @Test
    void aTownshipHeadIsCheckedAgainstTheCountyDeputyCeilingUntilTheProvinceSetsTownshipValues() {
        String township = "640104101";
        int registered = given().auth().oauth2(DevTokens.bureauAdmin(REGION)).contentType(ContentType.JSON)
                .body(Map.of("code", township, "name", "掌政镇", "level", "TOWNSHIP", "parentCode", XINGQING)).post("/api/v1/divisions").statusCode();
        assertTrue(registered == 201 || registered == 409, "registering 掌政镇 answered " + registered);
        String agency = Registry.agency(township, "掌政镇人民政府", "GOVERNMENT", Map.of("TOWNSHIP_HEAD", 1, "BELOW_TOWNSHIP_LEADERSHIP", 2));
        String building = Registry.building(township, "掌政镇政府办公楼");
        String floor = Registry.floor(township, building, "2");
        String room = Registry.room(township, building, floor, "201", "OFFICE", "40.00");
        Registry.seat(township, Registry.person(township, agency, "马镇长", "TOWNSHIP_HEAD"), room, Registry.today().minusDays(3));

        // No township row is in force, so the 24 m² of the county deputy (the cap on township values) applies, and says so.
        findings("roomId", room).body("items", hasSize(1))
                .body("items[0].rule", equalTo("OFFICE_OVER_STANDARD"))
                .body("items[0].excessArea", equalTo(16.00f))
                .body("items[0].detailKey", equalTo("FINDING_OFFICE_OVER_STANDARD_CAPPED"))
                .body("items[0].detail", org.hamcrest.Matchers.containsString("职级 TOWNSHIP_HEAD 尚无乡级标准，在省级确定前按县级副职标准 24.00 m² 核定"));
        given().auth().oauth2(DevTokens.auditor(REGION)).header("Accept-Language", "en").queryParam("roomId", room).get("/api/v1/compliance-findings")
                .then().statusCode(200).header("Content-Language", "en")
                .body("items[0].detail", org.hamcrest.Matchers.containsString("the 24.00 m² county deputy standard that caps township values"));
        // The unit's entitlement uses the same figure for each township rank without its own value: 3 posts × 24.
        given().auth().oauth2(DevTokens.auditor(XINGQING)).get("/api/v1/agencies/" + agency + "/space").then().statusCode(200)
                .body("officeEntitlement", equalTo(72.00f)).body("ceilingReasons", hasSize(2))
                .body("ceilingReasons", org.hamcrest.Matchers.hasItem("职级 TOWNSHIP_HEAD 尚无乡级标准，在省级确定前按县级副职标准 24.00 m² 核定"));
    }

    @Test
    void twoCountyStaffBelowSectionRankSharing19AreOverBy1() {
        String agency = Registry.agency(XINGQING, "兴庆区人力资源和社会保障局", "GOVERNMENT");
        String building = Registry.building(XINGQING, "兴庆区政务服务楼");
        String floor = Registry.floor(XINGQING, building, "2");
        String room = Registry.room(XINGQING, building, floor, "205", "OFFICE", "19.00");
        Registry.seat(XINGQING, Registry.person(XINGQING, agency, "赵科员", "BELOW_SECTION"), room, Registry.today().minusDays(10));
        Registry.seat(XINGQING, Registry.person(XINGQING, agency, "钱科员", "BELOW_SECTION"), room, Registry.today().minusDays(5));

        findings("roomId", room).body("items", hasSize(1))
                .body("items[0].rule", equalTo("SHARED_OFFICE_OVER_STANDARD"))
                .body("items[0].excessArea", equalTo(1.00f))
                .body("items[0].since", equalTo(Registry.today().minusDays(5).toString()));
    }

    @Test
    void aCountyHeadWithTwoOfficesAndNoApprovedConcurrentPostIsAFinding() {
        String government = Registry.agency(XINGQING, "兴庆区人民政府办公室", "GOVERNMENT");
        String other = Registry.agency(XINGQING, "兴庆区城市建设投资服务中心", "CIVIL_SERVICE_INSTITUTION");
        String building = Registry.building(XINGQING, "兴庆区行政中心");
        String floor = Registry.floor(XINGQING, building, "5");
        String main = Registry.room(XINGQING, building, floor, "501", "OFFICE", "30.00");
        String extra = Registry.room(XINGQING, building, floor, "520", "OFFICE", "16.00");
        String head = Registry.person(XINGQING, government, "孙区长", "COUNTY_HEAD");
        Registry.seat(XINGQING, head, main, Registry.today().minusYears(1));
        findings("personId", head).body("items", empty());

        String extraSeat = Registry.seat(XINGQING, head, extra, Registry.today().minusDays(3));
        findings("personId", head).body("items", hasSize(1))
                .body("items[0].rule", equalTo("MORE_THAN_ONE_OFFICE"))
                .body("items[0].excessArea", equalTo(16.00f));

        // Handing the second office back resolves the finding.
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON).body(Map.of("toDate", Registry.today().toString()))
                .post("/api/v1/seats/" + extraSeat + "/release").then().statusCode(200);
        findings("personId", head).body("items", empty());

        // With an approved concurrent post, one more office for that post is allowed.
        String post = Registry.post(XINGQING, "/api/v1/people/" + head + "/concurrent-posts", Map.of("agencyId", other, "approved", true,
                "approvalReference", "兴机管〔2026〕3号", "startsOn", Registry.today().minusDays(3).toString()));
        Registry.post(XINGQING, "/api/v1/seats", Map.of("personId", head, "roomId", extra, "concurrentPostId", post,
                "fromDate", Registry.today().toString()));
        findings("personId", head).body("items", empty());
    }

    @Test
    void aPersonSeated32DaysAfterRetirementIsAFindingAfter20DaysIsNot() {
        String agency = Registry.agency(XINGQING, "兴庆区退役军人事务局", "GOVERNMENT");
        String building = Registry.building(XINGQING, "兴庆区综合楼");
        String floor = Registry.floor(XINGQING, building, "1");
        String room20 = Registry.room(XINGQING, building, floor, "101", "OFFICE", "12.00");
        String room32 = Registry.room(XINGQING, building, floor, "102", "OFFICE", "12.00");
        String after20 = Registry.person(XINGQING, agency, "周副科长", "DEPUTY_SECTION_CHIEF");
        String after32 = Registry.person(XINGQING, agency, "吴副科长", "DEPUTY_SECTION_CHIEF");
        Registry.seat(XINGQING, after20, room20, Registry.today().minusYears(3));
        String seat32 = Registry.seat(XINGQING, after32, room32, Registry.today().minusYears(3));

        retire(after20, agency, "周副科长", 20);
        retire(after32, agency, "吴副科长", 32);

        findings("personId", after20).body("items", empty());
        findings("personId", after32).body("items", hasSize(1))
                .body("items[0].rule", equalTo("NOT_VACATED_AFTER_DEPARTURE"))
                .body("items[0].excessArea", equalTo(12.00f))
                .body("items[0].since", equalTo(Registry.today().minusDays(32).plusMonths(1).plusDays(1).toString()));
        String findingId = findings("personId", after32).extract().path("items[0].id");

        // Handing the room back resolves the finding, and both changes are published.
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON).body(Map.of("toDate", Registry.today().toString()))
                .post("/api/v1/seats/" + seat32 + "/release").then().statusCode(200);
        findings("personId", after32).body("items", empty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var types = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.compliance-findings", Duration.ofMillis(300))
                    .stream().filter(r -> findingId.equals(r.key())).map(r -> TestEvents.header(r, "ce_type")).toList();
            assertTrue(types.equals(java.util.List.of("cn.onenetwork.property.compliance-finding.opened.v1",
                    "cn.onenetwork.property.compliance-finding.resolved.v1")), types.toString());
        });
    }

    @Test
    void aCountyBureauCannotSeeAnotherCountysBuildingsAndTheRegionSeesBoth() {
        String xingqing = Registry.building(XINGQING, "兴庆区档案馆");
        String xixia = Registry.building("640105", "西夏区档案馆");
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/buildings/" + xixia).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/buildings/" + xingqing).then().statusCode(200);
        given().auth().oauth2(DevTokens.auditor(REGION)).get("/api/v1/buildings/" + xixia).then().statusCode(200);
        given().auth().oauth2(DevTokens.auditor(REGION)).get("/api/v1/buildings/" + xingqing).then().statusCode(200);
    }

    private static void retire(String person, String agency, String name, int daysAgo) {
        String etag = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/people/" + person).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("agencyId", agency, "name", name, "rankCode", "DEPUTY_SECTION_CHIEF", "status", "RETIRED",
                        "statusSince", Registry.today().minusDays(daysAgo).toString()))
                .put("/api/v1/people/" + person).then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    private static ValidatableResponse findings(String filter, String id) {
        return given().auth().oauth2(DevTokens.auditor(REGION)).queryParam(filter, id).get("/api/v1/compliance-findings").then().statusCode(200);
    }
}
