package cn.onenetwork.property.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AgencyApiTest {

    private static final String XINGQING = "640104";
    private static final String XIXIA = "640105";
    private static int serial = (int) (System.nanoTime() % 1_000_000);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aCountySeesItsOwnAgenciesAndTheRegionSeesAll() {
        String xixiaAgency = register(XIXIA, agency(XIXIA, "西夏区财政局")).then().statusCode(201).extract().path("id");
        String xingqingAgency = register(XINGQING, agency(XINGQING, "兴庆区财政局")).then().statusCode(201).extract().path("id");

        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies/" + xixiaAgency)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies/" + xingqingAgency)
                .then().statusCode(200).body("divisionCode", equalTo(XINGQING)).body("level", equalTo("COUNTY"));
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/agencies/" + xixiaAgency)
                .then().statusCode(200).body("name", equalTo("西夏区财政局"));
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies?limit=500")
                .then().statusCode(200).body("items.divisionCode", not(hasItem(XIXIA))).body("items.id", hasItem(xingqingAgency));
    }

    @Test
    void theGatewaysForwardedClientAddressIsAudited() {
        // Loopback is the trusted proxy of the local stack and the tests (ONENETWORK_TRUSTED_PROXIES).
        String id = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.9")
                .body(agency(XINGQING, "兴庆区统计局")).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        Object recorded = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT client_address FROM audit_entry WHERE entity_id = ?1").setParameter(1, id).getSingleResult());
        assertEquals("203.0.113.9", recorded);
    }

    @Test
    void aUserUnitSeesOnlyItself() {
        Map<String, Object> body = agency(XINGQING, "兴庆区教育局");
        String id = register(XINGQING, body).then().statusCode(201).extract().path("id");
        String other = register(XINGQING, agency(XINGQING, "兴庆区卫生健康局")).then().statusCode(201).extract().path("id");
        String unit = DevTokens.agencyUser(XINGQING, (String) body.get("creditCode"));
        given().auth().oauth2(unit).get("/api/v1/agencies/" + id).then().statusCode(200);
        given().auth().oauth2(unit).get("/api/v1/agencies/" + other).then().statusCode(404);
        given().auth().oauth2(unit).get("/api/v1/agencies").then().statusCode(200).body("items.id", equalTo(java.util.List.of(id)));
    }

    @Test
    void tokensThatAreMissingExpiredOrForgedAreRejected() {
        String id = register(XINGQING, agency(XINGQING, "兴庆区民政局")).then().statusCode(201).extract().path("id");
        given().get("/api/v1/agencies/" + id).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED")).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(DevTokens.expired(XINGQING)).get("/api/v1/agencies/" + id).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(DevTokens.signedByStranger(XINGQING)).get("/api/v1/agencies/" + id).then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/agencies/" + id).then().statusCode(401);
    }

    @Test
    void onlyTheDivisionsOwnBureauRegistersItsAgencies() {
        register("640000", agency(XINGQING, "兴庆区司法局")).then().statusCode(403).body("code", equalTo("OUTSIDE_OWN_LEVEL"));
        register(XINGQING, agency(XIXIA, "西夏区司法局")).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(DevTokens.auditor(XINGQING)).contentType(ContentType.JSON).body(agency(XINGQING, "x"))
                .post("/api/v1/agencies").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void badInputGetsPreciseProblemsAndLeavesNothingBehind() {
        long agenciesBefore = count("agency");
        long eventsBefore = count("outbox_event");

        Map<String, Object> wrongCheck = agency(XINGQING, "兴庆区审计局");
        String code = (String) wrongCheck.get("creditCode");
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        wrongCheck.put("creditCode", code.substring(0, 17) + wrong);
        register(XINGQING, wrongCheck).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", startsWith("统一社会信用代码校验码为“" + wrong + "”"))
                .body("requestId", notNullValue());

        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/agencies").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));

        Map<String, Object> unknownField = agency(XINGQING, "兴庆区统计局");
        unknownField.put("colour", "red");
        register(XINGQING, unknownField).then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("colour"));

        Map<String, Object> badEnum = agency(XINGQING, "兴庆区统计局");
        badEnum.put("system", "MILITARY");
        register(XINGQING, badEnum).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("errors[0].field", equalTo("system"));

        Map<String, Object> badRank = agency(XINGQING, "兴庆区统计局");
        badRank.put("approvedStaffing", Map.of("GOVERNOR", 1));
        register(XINGQING, badRank).then().statusCode(422).body("code", equalTo("UNKNOWN_RANK"))
                .body("errors[0].field", equalTo("approvedStaffing[GOVERNOR]"));

        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies?system=MILITARY").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("errors[0].field", equalTo("system"));
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).get("/api/v1/agencies?cursor=%%%").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));

        assertEquals(agenciesBefore, count("agency"));
        assertEquals(eventsBefore, count("outbox_event"));
    }

    @Test
    void duplicatesConflict() {
        Map<String, Object> body = agency(XINGQING, "兴庆区人民法院");
        body.put("system", "COURT");
        register(XINGQING, body).then().statusCode(201);
        register(XINGQING, body).then().statusCode(409).body("code", equalTo("DUPLICATE_CREDIT_CODE"));
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        Map<String, Object> body = agency(XINGQING, "兴庆区交通运输局");
        Response created = register(XINGQING, body);
        created.then().statusCode(201).header("ETag", "\"0\"");
        String id = created.path("id");
        String token = DevTokens.bureauAdmin(XINGQING);
        body.put("actualStaff", 31);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/agencies/" + id)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put("/api/v1/agencies/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/agencies/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("actualStaff", equalTo(31)).body("version", equalTo(1));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/agencies/" + id)
                .then().statusCode(412);
    }

    @Test
    void theCategoryFollowsTheSystemUnlessGivenAndIsCorrectedWithTheEtag() {
        String token = DevTokens.bureauAdmin(XINGQING);
        register(XINGQING, agency(XINGQING, "兴庆区商务局")).then().statusCode(201).body("category", equalTo("AGENCY_PROPER"));
        Map<String, Object> institution = agency(XINGQING, "兴庆区机关事务服务中心");
        institution.put("system", "CIVIL_SERVICE_INSTITUTION");
        register(XINGQING, institution).then().statusCode(201).body("category", equalTo("CIVIL_SERVICE_MANAGED_INSTITUTION"));

        Map<String, Object> branch = agency(XINGQING, "兴庆区税务局");
        branch.put("category", "VERTICAL_BRANCH");
        String id = register(XINGQING, branch).then().statusCode(201).body("category", equalTo("VERTICAL_BRANCH")).extract().path("id");
        branch.put("category", "DISPATCHED_OFFICE");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(branch).put("/api/v1/agencies/" + id)
                .then().statusCode(200).body("category", equalTo("DISPATCHED_OFFICE")).body("version", equalTo(1));
        // A change that does not name the category keeps it, whatever the system.
        branch.remove("category");
        branch.put("system", "CIVIL_SERVICE_INSTITUTION");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(branch).put("/api/v1/agencies/" + id)
                .then().statusCode(200).body("category", equalTo("DISPATCHED_OFFICE")).body("system", equalTo("CIVIL_SERVICE_INSTITUTION"));
        assertEquals(2L, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM audit_entry WHERE entity_id = ?1 AND action = 'agency.updated'").setParameter(1, id)
                .getSingleResult()).longValue()));

        branch.put("category", "MINISTRY");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(branch).put("/api/v1/agencies/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST"))
                .body("errors[0].field", equalTo("category"));
        Map<String, Object> blank = agency(XINGQING, "兴庆区统计局");
        blank.put("category", "");
        register(XINGQING, blank).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("errors[0].field", equalTo("category"));
        given().auth().oauth2(token).get("/api/v1/agencies/" + id).then().statusCode(200).body("category", equalTo("DISPATCHED_OFFICE"))
                .header("ETag", "\"2\"");
    }

    @Test
    void anIdempotencyKeyCreatesOnce() {
        Map<String, Object> body = agency(XINGQING, "兴庆区水务局");
        String key = "key-" + UUID.randomUUID();
        String token = DevTokens.bureauAdmin(XINGQING);
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/agencies").then().statusCode(201).body("id", equalTo(first))
                .header("Location", endsWith("/api/v1/agencies/" + first)).header("Idempotency-Replayed", "true");
        body.put("name", "兴庆区水务局（改）");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/agencies").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void oneBureauPerDivision() {
        Map<String, Object> bureau = agency(XIXIA, "西夏区机关事务管理局");
        bureau.put("officesBureau", true);
        Map<String, Object> second = agency(XIXIA, "西夏区机关事务服务中心");
        second.put("officesBureau", true);
        int first = register(XIXIA, bureau).statusCode();
        register(XIXIA, second).then().statusCode(409).body("code", equalTo("BUREAU_ALREADY_REGISTERED"));
        assertEquals(201, first);
    }

    @Test
    void pagesWalkTheWholeScopeOnceInCreditCodeOrder() {
        for (int i = 0; i < 5; i++) {
            register(XIXIA, agency(XIXIA, "西夏区分页测试" + i)).then().statusCode(201);
        }
        String auditor = DevTokens.auditor("640000");
        java.util.List<String> all = given().auth().oauth2(auditor).get("/api/v1/agencies?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.creditCode");
        java.util.List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            io.restassured.path.json.JsonPath page = given().auth().oauth2(auditor).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/agencies").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.creditCode"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(all, walked);
        assertEquals(new java.util.TreeSet<>(all).stream().toList(), walked);
        given().auth().oauth2(auditor).get("/api/v1/agencies?limit=0").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
    }

    private long count(String table) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    static Response register(String callerDivision, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.bureauAdmin(callerDivision)).contentType(ContentType.JSON).body(body).post("/api/v1/agencies");
    }

    static Map<String, Object> agency(String division, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", Fixtures.creditCode(division, ++serial));
        body.put("name", name);
        body.put("divisionCode", division);
        body.put("system", "GOVERNMENT");
        body.put("approvedStaffing", Map.of("SECTION_CHIEF", 3, "BELOW_SECTION", 12));
        body.put("actualStaff", 14);
        return body;
    }
}
