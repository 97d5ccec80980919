package cn.onenetwork.supervision.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.supervision.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county's report submitted to its city as a frozen snapshot, reviewed there, rolled up, and late ones listed. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SubmissionApiTest {

    static final int YEAR = TestDay.TODAY.getYear();
    static final String SIGN_OFF = """
            {"filledBy":"马晓红","phone":"0951-6012345","signedOffBy":"李建国"}""";

    @Inject
    EntityManager entityManager;

    Ledger ledger;
    String province;
    String city;
    String county;
    String neighbour;
    String quiet;
    UUID office;

    @BeforeEach
    void registry() {
        ledger = new Ledger(entityManager);
        province = ledger.province("测试自治区");
        city = province.substring(0, 2) + "0100";
        county = province.substring(0, 2) + "0104";
        neighbour = province.substring(0, 2) + "0105";
        quiet = province.substring(0, 2) + "0106";
        ledger.division(city, "测试市", "MUNICIPAL", province);
        ledger.division(county, "甲区", "COUNTY", city);
        ledger.division(neighbour, "乙区", "COUNTY", city);
        ledger.division(quiet, "丙区", "COUNTY", city);
        office = unitWithRoom(county, "甲区教育局", "18.00", Map.of("SECTION_CHIEF", 4));
        unitWithRoom(neighbour, "乙区教育局", "27.50", Map.of("BELOW_SECTION", 9));
        unitWithRoom(city, "测试市财政局", "40.00", Map.of("BUREAU_DIRECTOR", 1, "BELOW_BUREAU", 12));
        unitWithRoom(province, "测试自治区财政厅", "54.00", Map.of("BUREAU_DIRECTOR", 1));
        ledger.applied();
    }

    private UUID unitWithRoom(String division, String name, String useArea, Map<String, Integer> staffing) {
        String level = division.endsWith("0000") ? "PROVINCIAL" : division.endsWith("00") ? "MUNICIPAL" : "COUNTY";
        UUID unit = ledger.agency(division, name, level, null, staffing);
        UUID building = ledger.building(division, ledger.parcel(division, "1000.00"), "3000.00", 2001, "FISCAL_FUNDING", Ledger.SETUP_DAY);
        UUID room = ledger.room(building, division, "201", "OFFICE", useArea, "30.00", Ledger.SETUP_DAY);
        ledger.holding(room, unit, division, LocalDate.of(2019, 3, 1));
        return room;
    }

    @Test
    void aSubmittedSnapshotNeverChangesItsHashVerifiesAndItsDifferenceListsTheRegistrysChange() throws Exception {
        String token = DevTokens.bureauAdmin(county);
        ValidatableResponse prepared = prepare(token, YEAR).statusCode(201).body("status", equalTo("DRAFT")).body("revision", equalTo(1))
                .body("dueOn", equalTo((YEAR + 1) + "-09-30")).header("ETag", "\"0\"");
        String id = prepared.extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(SIGN_OFF).post("/api/v1/statistics-submissions/{id}/submission", id).then()
                .statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"filledBy\":\"\",\"phone\":\"x\"}").header("If-Match", "\"0\"")
                .post("/api/v1/statistics-submissions/{id}/submission", id).then().statusCode(400).body("errors.field", hasItem("filledBy"));
        String sha = submit(token, id, "\"0\"").statusCode(200).body("status", equalTo("SUBMITTED")).body("late", equalTo(false))
                .body("signedOffBy", equalTo("李建国")).body("asOf", equalTo(TestDay.TODAY.toString())).extract().path("snapshotSha256");
        byte[] before = given().auth().oauth2(token).get("/api/v1/statistics-submissions/{id}/snapshot", id).then().statusCode(200)
                .header("Repr-Digest", notNullValue()).extract().asByteArray();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(before)));
        JsonPath frozen = new JsonPath(new String(before, StandardCharsets.UTF_8)).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("马晓红", frozen.getString("tables.division.filledBy"));
        assertEquals(new BigDecimal("18.00"), frozen.get("tables.officeSpace.totals.figures.officeUseArea"));

        ledger.change(office, "cn.onenetwork.property.room.updated.v1", "useArea", "21.50", TestDay.TODAY);
        ledger.applied();

        byte[] after = given().auth().oauth2(token).get("/api/v1/statistics-submissions/{id}/snapshot", id).then().statusCode(200).extract().asByteArray();
        assertEquals(new String(before, StandardCharsets.UTF_8), new String(after, StandardCharsets.UTF_8), "the snapshot is frozen");
        given().auth().oauth2(token).get("/api/v1/statistics-submissions/{id}/verification", id).then().statusCode(200)
                .body("intact", equalTo(true)).body("computedSha256", equalTo(sha));
        given().auth().oauth2(DevTokens.auditor(city)).get("/api/v1/statistics-submissions/{id}/changes", id).then().statusCode(200)
                .body("changes", hasSize(2))
                .body("changes.find { it.field == 'officeUseArea' }.submitted", equalTo("18.00"))
                .body("changes.find { it.field == 'officeUseArea' }.live", equalTo("21.50"))
                .body("changes.find { it.field == 'basicUseArea' }.live", equalTo("21.50"));
        given().auth().oauth2(DevTokens.bureauAdmin(neighbour)).get("/api/v1/statistics-submissions/{id}/snapshot", id).then().statusCode(404);

        List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), SubmissionService.TOPIC,
                Duration.ofSeconds(2)).stream().filter(r -> r.key().equals(id)).toList();
        assertEquals(1, events.size());
        assertTrue(events.get(0).value().contains(sha), "the event carries the snapshot's hash");
    }

    @Test
    void onlyTheLevelAboveReviewsAndAReturnedReportIsPreparedAndSubmittedAgain() {
        String token = DevTokens.bureauAdmin(county);
        String first = prepare(token, YEAR).statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.bureauAdmin(city)).header("If-Match", "\"0\"").post("/api/v1/statistics-submissions/{id}/acceptance", first)
                .then().statusCode(409).body("code", equalTo("SUBMISSION_STATE"));
        submit(token, first, "\"0\"").statusCode(200);
        prepare(token, YEAR).statusCode(409).body("code", equalTo("SUBMISSION_EXISTS"));
        given().auth().oauth2(token).header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/acceptance", first).then().statusCode(403)
                .body("code", equalTo("NOT_THE_LEVEL_ABOVE"));
        given().auth().oauth2(DevTokens.bureauAdmin(province)).header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/acceptance", first)
                .then().statusCode(403).body("code", equalTo("NOT_THE_LEVEL_ABOVE")).body("detail", org.hamcrest.Matchers.containsString(city));
        given().auth().oauth2(DevTokens.bureauAdmin(neighbour)).header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/acceptance", first)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.auditor(city)).header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/acceptance", first)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.bureauAdmin(city)).contentType(ContentType.JSON).body("{\"comments\":\"批复编制与编办批复不一致，请核实后重报。\"}")
                .header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/return", first).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("reviewComments", equalTo("批复编制与编办批复不一致，请核实后重报。"));

        String second = prepare(token, YEAR).statusCode(201).body("revision", equalTo(2)).extract().path("id");
        submit(token, second, "\"0\"").statusCode(200);
        given().auth().oauth2(DevTokens.bureauAdmin(city)).header("If-Match", "\"1\"").post("/api/v1/statistics-submissions/{id}/acceptance", second)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reviewedBy", notNullValue());
        given().auth().oauth2(DevTokens.bureauAdmin(city)).queryParam("reportingYear", YEAR).queryParam("divisionCode", county)
                .get("/api/v1/statistics-submissions").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.contains("ACCEPTED", "RETURNED"));
        given().auth().oauth2(DevTokens.bureauAdmin(neighbour)).queryParam("divisionCode", county).get("/api/v1/statistics-submissions").then()
                .statusCode(404);
        prepare(token, YEAR + 1).statusCode(422).body("code", equalTo("REPORTING_YEAR_AHEAD")).body("detail", org.hamcrest.Matchers.containsString("尚未开始"));
        prepare(DevTokens.auditor(county), YEAR).statusCode(403);
    }

    @Test
    void aLevelsRollupIsItsOwnFiguresPlusEachChildsSubmittedOrLiveAndMarkedSo() {
        String token = DevTokens.bureauAdmin(county);
        String id = prepare(token, YEAR).statusCode(201).extract().path("id");
        submit(token, id, "\"0\"").statusCode(200);
        ledger.change(office, "cn.onenetwork.property.room.updated.v1", "useArea", "25.00", TestDay.TODAY);
        ledger.applied();

        JsonPath cityRollup = rollup(city);
        assertEquals(new BigDecimal("40.00"), cityRollup.get("own.officeUseArea"));
        assertEquals("SUBMITTED", cityRollup.getString("children.find { it.divisionCode == '" + county + "' }.source"));
        assertEquals(new BigDecimal("18.00"), cityRollup.get("children.find { it.divisionCode == '" + county + "' }.figures.officeUseArea"),
                "the submitted snapshot, not the live 25.00");
        assertEquals("LIVE", cityRollup.getString("children.find { it.divisionCode == '" + neighbour + "' }.source"));
        assertEquals(new BigDecimal("85.50"), cityRollup.get("total.officeUseArea"));
        assertEquals(1 + 12 + 4 + 9, cityRollup.getInt("total.approvedStaffing"));
        assertEquals(new BigDecimal("3000.00"), cityRollup.get("total.landArea"));
        JsonPath provinceRollup = rollup(province);
        assertEquals(new BigDecimal("139.50"), provinceRollup.get("total.officeUseArea"));
        assertEquals("LIVE", provinceRollup.getString("children[0].source"));
        assertEquals(cityRollup.getMap("total"), provinceRollup.getMap("children[0].figures"), "the region counts the city as the city counts itself");
        given().auth().oauth2(DevTokens.bureauAdmin(neighbour)).queryParam("divisionCode", county).queryParam("reportingYear", YEAR)
                .get("/api/v1/statistics-submissions/rollup").then().statusCode(404);
    }

    @Test
    void aDivisionMayBringItsDeadlineForwardButNeverPushItBackOrIntoThePast() {
        int year = YEAR;
        LocalDate citys = LocalDate.of(year + 1, 8, 10);
        deadline(DevTokens.bureauAdmin(city), year, citys).statusCode(200).body("dueOn", equalTo(citys.toString())).body("setBy", equalTo(city));
        deadline(DevTokens.bureauAdmin(county), year, citys.plusDays(10)).statusCode(422).body("code", equalTo("FIGURES_LOOSENED"))
                .body("detail", org.hamcrest.Matchers.containsString(citys.toString()));
        deadline(DevTokens.bureauAdmin(county), year, TestDay.TODAY.minusDays(1)).statusCode(422).body("code", equalTo("FIGURES_BACK_DATED"));
        deadline(DevTokens.bureauAdmin(county), year, citys.minusDays(5)).statusCode(200).body("dueOn", equalTo(citys.minusDays(5).toString()))
                .body("setBy", equalTo(county));
        given().auth().oauth2(DevTokens.bureauAdmin(city)).queryParam("divisionCode", neighbour).get("/api/v1/statistics-deadlines/{year}", year).then()
                .statusCode(200).body("dueOn", equalTo(citys.toString())).body("setBy", equalTo(city));
        given().auth().oauth2(DevTokens.bureauAdmin(county)).contentType(ContentType.JSON).body("{}").put("/api/v1/statistics-deadlines/{year}", year)
                .then().statusCode(400).body("errors[0].field", notNullValue());
        given().auth().oauth2(DevTokens.auditor(county)).contentType(ContentType.JSON).body("{\"dueOn\":\"" + citys + "\"}")
                .put("/api/v1/statistics-deadlines/{year}", year).then().statusCode(403);
    }

    @Test
    void divisionsThatMissedTheirDeadlineAreListedWithTheDaysLateAndALateSubmissionIsMarked() {
        int past = YEAR - 2;
        LocalDate due = LocalDate.of(past + 1, 8, 10);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO statistics_deadline (id, division_code, reporting_year, "
                + "due_on, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, now(), 'the city, back then')").setParameter(1, UUID.randomUUID())
                .setParameter(2, city).setParameter(3, past).setParameter(4, due).executeUpdate());
        deadline(DevTokens.bureauAdmin(county), past, TestDay.TODAY.plusDays(3)).statusCode(422).body("code", equalTo("FIGURES_BACK_DATED"));
        String token = DevTokens.bureauAdmin(county);
        String id = prepare(token, past).statusCode(201).body("dueOn", equalTo(due.toString())).extract().path("id");
        submit(token, id, "\"0\"").statusCode(200).body("late", equalTo(true)).body("asOf", equalTo(past + "-12-31"));
        long days = ChronoUnit.DAYS.between(due, TestDay.TODAY);
        given().auth().oauth2(DevTokens.bureauAdmin(city)).queryParam("reportingYear", past).get("/api/v1/statistics-submissions/late").then()
                .statusCode(200).body("items", hasSize(3))
                .body("items.find { it.divisionCode == '" + county + "' }.submittedOn", equalTo(TestDay.TODAY.toString()))
                .body("items.find { it.divisionCode == '" + county + "' }.status", equalTo("SUBMITTED"))
                .body("items.find { it.divisionCode == '" + quiet + "' }.daysLate", equalTo((int) days))
                .body("items.find { it.divisionCode == '" + quiet + "' }.status", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(DevTokens.bureauAdmin(city)).queryParam("reportingYear", YEAR).get("/api/v1/statistics-submissions/late").then()
                .statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(DevTokens.bureauAdmin(city)).get("/api/v1/statistics-submissions/late").then().statusCode(400);
    }

    private JsonPath rollup(String division) {
        return given().auth().oauth2(DevTokens.bureauAdmin(division)).queryParam("reportingYear", YEAR).get("/api/v1/statistics-submissions/rollup").then()
                .statusCode(200).extract().body().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static ValidatableResponse prepare(String token, int year) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reportingYear\":" + year + "}").post("/api/v1/statistics-submissions").then();
    }

    private static ValidatableResponse submit(String token, String id, String etag) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(SIGN_OFF).header("If-Match", etag)
                .post("/api/v1/statistics-submissions/{id}/submission", id).then();
    }

    private static ValidatableResponse deadline(String token, int year, LocalDate dueOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"dueOn\":\"" + dueOn + "\"}").put("/api/v1/statistics-deadlines/{year}", year)
                .then();
    }
}
