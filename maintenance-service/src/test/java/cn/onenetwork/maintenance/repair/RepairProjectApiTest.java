package cn.onenetwork.maintenance.repair;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.document.DocumentUploads;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.maintenance.ReadModels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Declarations judged by the rules of domain.md §7, and the procedure stage by stage. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RepairProjectApiTest {

    private static final String COUNTY = "640104";
    private static final String CITY = "640100";
    private static final byte[] PDF = "%PDF-1.4\n验收报告\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Inject
    EntityManager entityManager;

    private ReadModels models;
    private final String admin = DevTokens.bureauAdmin(COUNTY);
    private final LocalDate today = ReadModels.today();
    private final int nextYear = today.getYear() + 1;

    @BeforeEach
    void readModels() {
        models = new ReadModels(entityManager);
    }

    @Test
    void theFifteenYearRuleIsDecidedToTheDay() {
        UUID unit = models.unit(COUNTY, "兴庆区审计局");
        UUID oneDayShort = models.building(COUNTY, "审计局办公楼", today.minusYears(15).plusDays(1), "3000.00", null);
        declare(admin, body(unit, oneDayShort, "MEDIUM", nextYear, "45000.00")).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR"))
                .body("detail", containsString(today.minusYears(15).plusDays(1).toString())).body("detail", containsString(today.plusDays(1).toString()))
                .body("detail", containsString("依据：15年规则")).body("errors[0].field", equalTo("repairClass"));

        UUID exactly = models.building(COUNTY, "审计局档案楼", today.minusYears(15), "3000.00", null);
        declare(admin, body(unit, exactly, "MAJOR", nextYear, "45000.00")).statusCode(201).body("status", equalTo("DECLARED"))
                .body("number", startsWith(COUNTY + "-WX-")).body("nextStage", equalTo("APPRAISE"));

        UUID repairedRecently = models.building(COUNTY, "审计局老楼", today.minusYears(40), "3000.00", today.minusYears(14));
        declare(admin, body(unit, repairedRecently, "MAJOR", nextYear, "45000.00")).statusCode(422)
                .body("code", equalTo("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR")).body("detail", containsString(today.minusYears(14).toString()));
        Map<String, Object> routine = body(unit, repairedRecently, "ROUTINE", null, "3000.00");
        declare(admin, routine).statusCode(201).body("planYear", equalTo(today.getYear())).body("costBand", equalTo("SMALL"));
    }

    @Test
    void theSameRefusalAnswersInChineseByDefaultAndInEnglishOnRequestWithTheSameCode() {
        UUID unit = models.unit(COUNTY, "兴庆区统计局");
        UUID young = models.building(COUNTY, "统计局办公楼", today.minusYears(10), "3000.00", null);
        Map<String, Object> tooEarly = body(unit, young, "MAJOR", nextYear, "80000.00");
        declare(admin, tooEarly).statusCode(422).contentType("application/problem+json").header("Content-Language", "zh-CN")
                .body("code", equalTo("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR")).body("title", equalTo("不符合业务规则"))
                .body("detail", startsWith("该楼座于 " + today.minusYears(10) + " 竣工，自 " + today.plusYears(5) + " 起方满 15 年使用年限"))
                .body("detail", containsString("。依据：15年规则")).body("errors[0].field", equalTo("repairClass"))
                .body("errors[0].message", startsWith("15年规则：")).body("errors[0].rejectedValue", equalTo("MAJOR"));
        given().auth().oauth2(admin).header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").contentType("application/json").body(tooEarly)
                .post("/api/v1/repair-projects").then().statusCode(422).contentType("application/problem+json").header("Content-Language", "en")
                .body("code", equalTo("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR")).body("title", equalTo("Business rule violated"))
                .body("detail", startsWith("Completed on " + today.minusYears(10) + ", the building is in use 15 full years only from " + today.plusYears(5)))
                .body("detail", containsString(". Rule: 15-year rule")).body("errors[0].field", equalTo("repairClass"))
                .body("errors[0].message", startsWith("15-year rule: ")).body("errors[0].rejectedValue", equalTo("MAJOR"));

        // A record out of reach is named by its kind in the reader's language.
        UUID nowhere = UUID.randomUUID();
        given().auth().oauth2(admin).get("/api/v1/repair-projects/" + nowhere).then().statusCode(404).header("Content-Language", "zh-CN")
                .body("code", equalTo("NOT_FOUND")).body("detail", equalTo("维修项目 " + nowhere + " 不存在，或不在您的管辖范围内"));
        given().auth().oauth2(admin).header("Accept-Language", "en").get("/api/v1/repair-projects/" + nowhere).then().statusCode(404)
                .header("Content-Language", "en").body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Repair project " + nowhere + " does not exist or is outside your scope"));
    }

    @Test
    void routineWorkStaysBelowTheSmallBandAndRoutineDeclarationsThatTogetherReachTheMediumBandAreFlagged() {
        UUID unit = models.unit(COUNTY, "兴庆区商务局");
        UUID building = models.building(COUNTY, "商务局办公楼", today.minusYears(5), "3000.00", null);
        declare(admin, body(unit, building, "ROUTINE", null, "3000000.00")).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ROUTINE_ABOVE_SMALL_BAND")).body("errors[0].field", equalTo("items"));
        declare(admin, body(unit, building, "ROUTINE", null, "50000.00")).statusCode(422).body("code", equalTo("ROUTINE_ABOVE_SMALL_BAND"));
        assertEquals(0L, ((Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM repair_project WHERE agency_id = ?1").setParameter(1, unit).getSingleResult())).longValue());

        declare(admin, body(unit, building, "ROUTINE", null, "30000.00")).statusCode(201).body("splitSuspected", equalTo(false));
        declare(admin, body(unit, building, "ROUTINE", null, "19999.99")).statusCode(201).body("splitSuspected", equalTo(false));
        String flagged = declare(admin, body(unit, building, "ROUTINE", null, "0.01")).statusCode(201).body("splitSuspected", equalTo(true))
                .body("splitting.routineTotal", equalTo(50000.00f)).body("splitting.mediumFrom", equalTo(50000.00f))
                .body("splitting.explanation", containsString("合计 50000.00 元")).body("splitting.explanation", containsString("不得化整为零"))
                .body("stages[0].comment", equalTo(null)).extract().path("id");
        given().auth().oauth2(admin).header("Accept-Language", "en").get("/api/v1/repair-projects/" + flagged).then().statusCode(200)
                .header("Content-Language", "en").body("splitting.explanation", containsString("total 50000.00 元 with this one"));
        // The event carries the figures, not a sentence in somebody's language.
        String declared = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), ProjectApi.ProjectView.TOPIC, Duration.ofSeconds(2)).stream()
                .filter(r -> flagged.equals(r.key())).findFirst().orElseThrow().value();
        assertTrue(declared.contains("\"routineTotal\":50000.00") && !declared.contains("\"explanation\":\"") && !declared.contains("化整为零"), declared);
        // Another address of the same unit is not added in.
        UUID annex = models.building(COUNTY, "商务局附楼", today.minusYears(5), "800.00", null);
        declare(admin, body(unit, annex, "ROUTINE", null, "49999.99")).statusCode(201).body("splitSuspected", equalTo(false));
    }

    @Test
    void aUnitDeclaresOnlyForABuildingItUsesAndTheBureauForABuildingNobodyUses() {
        UUID unit = models.unit(COUNTY, "兴庆区科技局");
        UUID other = models.unit(COUNTY, "兴庆区气象局");
        String agency = DevTokens.agencyUser(COUNTY, models.creditCode(unit));
        UUID unused = models.building(COUNTY, "空置办公楼", today.minusYears(5), "1000.00", null);
        UUID others = models.building(COUNTY, "气象局办公楼", today.minusYears(5), "1000.00", null);
        models.hold(models.room(others, COUNTY, "101"), other);
        UUID own = models.building(COUNTY, "科技局办公楼", today.minusYears(5), "1000.00", null);
        models.hold(models.room(own, COUNTY, "201"), unit);

        declare(agency, body(unit, others, "ROUTINE", null, "800.00")).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("BUILDING_NOT_USED_BY_UNIT")).body("errors[0].field", equalTo("buildingId"));
        declare(admin, body(unit, others, "ROUTINE", null, "800.00")).statusCode(422).body("code", equalTo("BUILDING_NOT_USED_BY_UNIT"));
        declare(agency, body(unit, unused, "ROUTINE", null, "800.00")).statusCode(422).body("code", equalTo("BUILDING_NOT_USED_BY_UNIT"))
                .body("detail", containsString("其维修由机关事务管理部门申报"));
        declare(admin, body(unit, unused, "ROUTINE", null, "800.00")).statusCode(201);
        declare(agency, body(unit, own, "ROUTINE", null, "800.00")).statusCode(201);
    }

    @Test
    void aDeclarationThatFailsForAnotherReasonIsNotReportedAsSplitting() {
        String county = "640105";
        String token = DevTokens.bureauAdmin(county);
        UUID unit = models.unit(county, "西夏区水务局");
        UUID building = models.building(county, "水务局办公楼", today.minusYears(20), "1000.00", null);
        declare(token, body(unit, building, "MEDIUM", nextYear, "60000.00")).statusCode(201);
        // The number sequence set back, as after a restore: the next number is taken, which is no splitting.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE number_sequence SET last_value = last_value - 1 WHERE division_code = ?1 AND kind = 'WX' AND year = ?2")
                .setParameter(1, county).setParameter(2, today.getYear()).executeUpdate());
        try {
            declare(token, body(unit, building, "MEDIUM", nextYear + 1, "60000.00")).statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("CONFLICT"));
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE number_sequence SET last_value = last_value + 1 WHERE division_code = ?1 AND kind = 'WX' AND year = ?2")
                    .setParameter(1, county).setParameter(2, today.getYear()).executeUpdate());
        }
        declare(token, body(unit, building, "MEDIUM", nextYear + 1, "60000.00")).statusCode(201);
    }

    @Test
    void aMajorRepairExtendsByFifteenPercentAndNotOneHundredthMore() {
        UUID unit = models.unit(COUNTY, "兴庆区统计局");
        UUID building = models.building(COUNTY, "统计局办公楼", today.minusYears(30), "10000.00", null);
        Map<String, Object> over = body(unit, building, "MAJOR", nextYear, "300000.00");
        over.put("extensionArea", "1501.00");
        declare(admin, over).statusCode(422).body("code", equalTo("EXTENSION_ABOVE_LIMIT")).body("detail", containsString("1500 m²"));
        Map<String, Object> limit = body(unit, building, "MAJOR", nextYear, "300000.00");
        limit.put("extensionArea", "1500.00");
        declare(admin, limit).statusCode(201).body("extensionArea", equalTo(1500.00f));
    }

    @Test
    void aSecondProjectForTheSameUnitAddressAndYearIsSplittingUnlessMerged() {
        UUID unit = models.unit(COUNTY, "兴庆区民政局");
        UUID building = models.building(COUNTY, "民政局办公楼", today.minusYears(20), "4000.00", null);
        ExtractableResponse<Response> first = declare(admin, body(unit, building, "MEDIUM", nextYear, "60000.00")).statusCode(201).extract();
        declare(admin, body(unit, building, "MEDIUM", nextYear, "40000.00")).statusCode(422).body("code", equalTo("SPLIT_PROJECT"))
                .body("detail", containsString(first.path("number")));
        declare(admin, body(unit, building, "MEDIUM", nextYear + 1, "40000.00")).statusCode(201);

        Map<String, Object> additions = Map.of("items", List.of(item("ENVELOPE", "外墙空鼓", "MEDIUM", "40000.00")), "comment", "二次申报并入");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", first.header("ETag")).body(additions)
                .post("/api/v1/repair-projects/" + first.path("id") + "/additions").then().statusCode(200)
                .body("estimatedCost", equalTo(100000.00f)).body("items", hasSize(2)).body("stages[1].stage", equalTo("ADD_WORK"));
        Map<String, Object> routineInside = Map.of("items", List.of(item("DECORATION", "更换门锁", "ROUTINE", "800.00")), "comment", "并入");
        String etag = given().auth().oauth2(admin).get("/api/v1/repair-projects/" + first.path("id")).then().extract().header("ETag");
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag).body(routineInside)
                .post("/api/v1/repair-projects/" + first.path("id") + "/additions").then().statusCode(422).body("code", equalTo("ROUTINE_ITEMS_BUNDLED"));
    }

    @Test
    void occupantChangeIsNoGroundAndRoutineWorkStaysOutOfMediumProjects() {
        UUID unit = models.unit(COUNTY, "兴庆区司法局");
        UUID building = models.building(COUNTY, "司法局办公楼", today.minusYears(25), "4000.00", null);
        Map<String, Object> moved = body(unit, building, "MEDIUM", nextYear, "80000.00");
        moved.put("grounds", List.of("AGEING", "OCCUPANT_CHANGE"));
        declare(admin, moved).statusCode(422).body("code", equalTo("OCCUPANT_CHANGE_IS_NO_GROUND"));
        Map<String, Object> bundled = body(unit, building, "MEDIUM", nextYear, "80000.00");
        bundled.put("items", List.of(item("ENVELOPE", "屋面防水", null, "80000.00"), item("DECORATION", "更换灯泡", "ROUTINE", "200.00")));
        declare(admin, bundled).statusCode(422).body("code", equalTo("ROUTINE_ITEMS_BUNDLED"));
        Map<String, Object> disguised = body(unit, building, "ROUTINE", null, "90000.00");
        disguised.put("items", List.of(item("LOAD_BEARING_STRUCTURE", "梁柱加固", "MAJOR", "90000.00")));
        declare(admin, disguised).statusCode(422).body("code", equalTo("WORK_ABOVE_ROUTINE"));
    }

    @Test
    void theStagesGoInOrderEachByItsRoleAndTheRegistryHearsOfStartAndCompletion() {
        UUID unit = models.unit(COUNTY, "兴庆区教育局");
        String agency = DevTokens.agencyUser(COUNTY, models.creditCode(unit));
        UUID building = models.building(COUNTY, "教育局办公楼", today.minusYears(22), "5000.00", null);
        UUID room = models.room(building, COUNTY, "201");
        models.hold(room, unit);
        Map<String, Object> large = body(unit, building, "MAJOR", nextYear, "600000.00");
        large.put("roomIds", List.of(room.toString()));
        ExtractableResponse<Response> declared = declare(agency, large).statusCode(201).body("costBand", equalTo("LARGE")).body("tendered", equalTo(true))
                .body("approvingDivision", equalTo(CITY)).extract();
        String id = declared.path("id");

        step(admin, id, "acceptance", Map.of("acceptedOn", today.toString(), "actualCost", "1.00", "documentIds", List.of(UUID.randomUUID().toString())))
                .statusCode(409).body("code", equalTo("STAGE_OUT_OF_ORDER")).body("detail", containsString("APPRAISE"));
        String city = DevTokens.bureauAdmin(CITY);
        step(city, id, "establishment", Map.of("approvalReference", "银机管维〔2026〕1号")).statusCode(409).body("code", equalTo("STAGE_OUT_OF_ORDER"));
        step(agency, id, "appraisal", appraisal()).statusCode(403);
        step(admin, id, "appraisal", appraisal()).statusCode(200).body("status", equalTo("APPRAISED")).body("nextStage", equalTo("ESTABLISH"));
        step(admin, id, "establishment", Map.of("approvalReference", "兴机管维〔2026〕1号")).statusCode(403).body("code", equalTo("NOT_THE_APPROVING_BUREAU"));
        step(city, id, "establishment", Map.of("approvalReference", "银机管维〔2026〕1号")).statusCode(200).body("status", equalTo("ESTABLISHED"));
        step(admin, id, "start", start(null)).statusCode(409).body("code", equalTo("STAGE_OUT_OF_ORDER")).body("detail", containsString("PLAN"));

        ExtractableResponse<Response> plan = given().auth().oauth2(admin).contentType("application/json").body(Map.of("year", nextYear, "budget", "2000000.00"))
                .post("/api/v1/annual-plans").then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", plan.header("ETag")).body(Map.of("approvalReference", "兴机管发〔2027〕1号"))
                .post("/api/v1/annual-plans/" + plan.path("id") + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(admin).get("/api/v1/repair-projects/" + id).then().body("status", equalTo("PLANNED"));

        step(admin, id, "start", start(null)).statusCode(422).body("code", equalTo("TENDER_REQUIRED"));
        step(admin, id, "start", start("NXGGZY-2027-0001")).statusCode(200).body("status", equalTo("IN_PROGRESS")).body("contractCost", equalTo(580000.00f));
        step(admin, id, "acceptance", Map.of("acceptedOn", today.toString(), "actualCost", "612000.00", "documentIds", List.of())).statusCode(400);
        String photo = document(admin, id, "PHOTO", "现场.pdf");
        step(admin, id, "acceptance", Map.of("acceptedOn", today.toString(), "actualCost", "612000.00", "documentIds", List.of(photo))).statusCode(422)
                .body("code", equalTo("ACCEPTANCE_RECORD_REQUIRED"));
        String record = document(admin, id, "ACCEPTANCE", "验收报告.pdf");
        step(admin, id, "acceptance", Map.of("acceptedOn", today.toString(), "actualCost", "612000.00", "documentIds", List.of(record))).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("variance", equalTo(12000.00f)).body("variancePercent", equalTo(2.00f)).body("nextStage", equalTo(null))
                .body("stages.stage", equalTo(List.of("DECLARE", "APPRAISE", "ESTABLISH", "PLAN", "START", "ACCEPT")));
        given().auth().oauth2(admin).get("/api/v1/repair-projects/" + id + "/documents/" + record).then().statusCode(200).header("ETag", containsString(DocumentUploads.sha256(PDF)));
        StatementLog.reset();
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/repair-projects").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.stages.stage", equalTo(List.of("DECLARE", "APPRAISE", "ESTABLISH", "PLAN", "START", "ACCEPT")))
                .body("items.find { it.id == '" + id + "' }.documents.fileName", equalTo(List.of("现场.pdf", "验收报告.pdf")));
        // A page's stages and documents are read once each, whatever the number of projects on it.
        assertEquals(1, StatementLog.selectsFrom("project_stage"));
        assertEquals(1, StatementLog.selectsFrom("project_document"));

        List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "maintenance.repair-projects", Duration.ofSeconds(2))
                .stream().filter(r -> id.equals(r.key())).toList();
        List<String> types = events.stream().map(r -> TestEvents.header(r, "ce_type")).toList();
        assertTrue(types.containsAll(List.of(ProjectApi.ProjectView.APPROVED, ProjectApi.ProjectView.PLANNED, ProjectApi.ProjectView.STARTED,
                ProjectApi.ProjectView.COMPLETED)), types.toString());
        String completed = events.get(events.size() - 1).value();
        assertTrue(completed.contains(room.toString()) && completed.contains("\"acceptedOn\":\"" + today + "\"") && completed.contains("ACCEPTANCE"), completed);
    }

    @Test
    void tenderingIsJudgedOnTheContractAndAContractAboveThePlanGoesBackToTheApprovingBureau() {
        String county = "640122";
        String bureau = DevTokens.bureauAdmin(county);
        UUID unit = models.unit(county, "贺兰县林草局");
        UUID building = models.building(county, "林草局办公楼", today.minusYears(25), "2000.00", null);
        String id = declare(bureau, body(unit, building, "MEDIUM", nextYear, "60000.00")).statusCode(201).body("costBand", equalTo("MEDIUM"))
                .body("tendered", equalTo(false)).extract().path("id");
        step(bureau, id, "appraisal", appraisal()).statusCode(200);
        step(bureau, id, "establishment", Map.of("approvalReference", "贺机管维〔2026〕2号")).statusCode(200);
        ExtractableResponse<Response> plan = given().auth().oauth2(bureau).contentType("application/json").body(Map.of("year", nextYear, "budget", "100000.00"))
                .post("/api/v1/annual-plans").then().statusCode(201).extract();
        given().auth().oauth2(bureau).contentType("application/json").header("If-Match", plan.header("ETag")).body(Map.of("approvalReference", "贺机管发〔2027〕1号"))
                .post("/api/v1/annual-plans/" + plan.path("id") + "/approval").then().statusCode(200);

        Map<String, Object> large = new HashMap<>(start(null));
        large.put("contractCost", "500000.00");
        step(bureau, id, "start", large).statusCode(422).contentType("application/problem+json").body("code", equalTo("TENDER_REQUIRED"))
                .body("detail", containsString("合同金额 500000.00 元属于大额档"));
        Map<String, Object> above = new HashMap<>(start(null));
        above.put("contractCost", "60000.01");
        step(bureau, id, "start", above).statusCode(422).body("code", equalTo("CONTRACT_ABOVE_PLANNED_AMOUNT")).body("errors[0].field", equalTo("contractCost"));
        Map<String, Object> approval = Map.of("contractCost", "65000.00", "approvalReference", "贺机管维〔2027〕3号", "comment", "同意按中标价签订合同");
        step(DevTokens.agencyUser(county, models.creditCode(unit)), id, "contract-approval", approval).statusCode(403);
        step(bureau, id, "contract-approval", Map.of("contractCost", "60000.00", "approvalReference", "贺机管维〔2027〕3号")).statusCode(400);
        step(bureau, id, "contract-approval", approval).statusCode(200).body("status", equalTo("PLANNED")).body("approvedContractCost", equalTo(65000.00f))
                .body("contractApprovalReference", equalTo("贺机管维〔2027〕3号"));
        above.put("contractCost", "65000.01");
        step(bureau, id, "start", above).statusCode(422).body("code", equalTo("CONTRACT_ABOVE_PLANNED_AMOUNT"));
        above.put("contractCost", "65000.00");
        step(bureau, id, "start", above).statusCode(200).body("status", equalTo("IN_PROGRESS")).body("contractCost", equalTo(65000.00f))
                .body("stages.stage", equalTo(List.of("DECLARE", "APPRAISE", "ESTABLISH", "PLAN", "APPROVE_CONTRACT", "START")));
    }

    @Test
    void aRoutineRepairIsReportedDoneByTheUnitWithoutTheProcedure() {
        UUID unit = models.unit(COUNTY, "兴庆区卫健局");
        String agency = DevTokens.agencyUser(COUNTY, models.creditCode(unit));
        UUID building = models.building(COUNTY, "卫健局办公楼", today.minusYears(5), "2000.00", null);
        models.hold(models.room(building, COUNTY, "301"), unit);
        String id = declare(agency, body(unit, building, "ROUTINE", null, "2600.00")).statusCode(201).extract().path("id");
        step(admin, id, "appraisal", appraisal()).statusCode(409).body("code", equalTo("STAGE_NOT_FOR_CLASS"));
        String etag = given().auth().oauth2(agency).get("/api/v1/repair-projects/" + id).then().extract().header("ETag");
        given().auth().oauth2(agency).contentType("application/json").header("If-Match", etag).body(Map.of("title", "三楼卫生间水管维修",
                "description", "水管渗漏", "hazardLevel", "LOW", "comment", "更正项目名称")).put("/api/v1/repair-projects/" + id).then().statusCode(200)
                .body("title", equalTo("三楼卫生间水管维修")).body("stages[1].stage", equalTo("CORRECT")).body("stages[1].comment", equalTo("更正项目名称"));
        given().auth().oauth2(agency).contentType("application/json").header("If-Match", etag).body(Map.of("title", "x", "description", "x",
                "hazardLevel", "LOW", "comment", "x")).put("/api/v1/repair-projects/" + id).then().statusCode(412);
        step(agency, id, "report", Map.of("completedOn", today.toString(), "actualCost", "50000.00")).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ROUTINE_ABOVE_SMALL_BAND")).body("errors[0].field", equalTo("actualCost")).body("errors[0].rejectedValue", equalTo("50000.00"));
        step(agency, id, "report", Map.of("completedOn", today.toString(), "actualCost", "2450.00")).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("actualCost", equalTo(2450.00f)).body("variance", equalTo(-150.00f));
        given().auth().oauth2(DevTokens.agencyUser(COUNTY, "91640104MA00000000")).get("/api/v1/repair-projects/" + id).then().statusCode(404);
        given().auth().oauth2(admin).queryParam("q", models.creditCode(unit)).queryParam("repairClass", "ROUTINE").get("/api/v1/repair-projects").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void documentsPassTheArchiveChecks() {
        UUID unit = models.unit(COUNTY, "兴庆区文旅局");
        UUID building = models.building(COUNTY, "文旅局办公楼", today.minusYears(5), "2000.00", null);
        String id = declare(admin, body(unit, building, "ROUTINE", null, "900.00")).statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType("application/octet-stream").header("X-Content-SHA256", "0".repeat(64)).queryParam("kind", "PHOTO")
                .queryParam("fileName", "a.pdf").body(PDF).post("/api/v1/repair-projects/" + id + "/documents").then().statusCode(422)
                .body("code", equalTo("CHECKSUM_MISMATCH"));
        given().auth().oauth2(admin).contentType("text/plain").queryParam("kind", "PHOTO").queryParam("fileName", "a.txt").body("hello")
                .post("/api/v1/repair-projects/" + id + "/documents").then().statusCode(415);
        given().auth().oauth2(admin).contentType("application/octet-stream").queryParam("fileName", "a.pdf").body(PDF)
                .post("/api/v1/repair-projects/" + id + "/documents").then().statusCode(400);
        assertEquals(0, given().auth().oauth2(admin).get("/api/v1/repair-projects/" + id).then().extract().<List<?>>path("documents").size());
    }

    @Test
    void aDivisionsOwnTighterFiguresApplyFromTheirDay() {
        String county = "640106";
        String token = DevTokens.bureauAdmin(county);
        UUID unit = models.unit(county, "金凤区住建局");
        UUID building = models.building(county, "住建局办公楼", today.minusYears(17), "3000.00", null);
        declare(token, body(unit, building, "MEDIUM", nextYear, "70000.00")).statusCode(201).body("costBand", equalTo("MEDIUM"));
        Map<String, Object> figures = new HashMap<>(Map.of("effectiveFrom", today.toString(), "yearsBeforeMediumRepair", 20, "maxExtensionRatio", "0.10",
                "smallBelow", "30000", "tenderFrom", "400000", "declarationDeadline", "03-15", "replacementValuePerM2", "4500", "energyReference", "90",
                "weights", List.of("0.2", "0.2", "0.2", "0.2", "0.2"), "source", "金凤区机关事务管理局〔2026〕3号"));
        given().auth().oauth2(token).contentType("application/json").body(figures).post("/api/v1/repair-parameters").then().statusCode(201)
                .body("divisionCode", equalTo(county));
        given().auth().oauth2(token).queryParam("divisionCode", county).get("/api/v1/repair-parameters/in-force").then().statusCode(200)
                .body("yearsBeforeMediumRepair", equalTo(20)).body("declarationDeadline", equalTo("03-15")).body("rows[0].divisionCode", equalTo(county));
        given().auth().oauth2(admin).queryParam("divisionCode", COUNTY).get("/api/v1/repair-parameters/in-force").then().statusCode(200)
                .body("yearsBeforeMediumRepair", equalTo(15)).body("divisionCode", equalTo(COUNTY)).body("rows", hasSize(1))
                .body("rows[0].divisionCode", equalTo(null));
        UUID annex = models.building(county, "住建局附楼", today.minusYears(17), "3000.00", null);
        declare(token, body(unit, annex, "MEDIUM", nextYear, "70000.00")).statusCode(422).body("code", equalTo("TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR"))
                .body("detail", containsString("方满 20 年使用年限"));
        declare(token, body(unit, annex, "ROUTINE", null, "30000.00")).statusCode(422).body("code", equalTo("ROUTINE_ABOVE_SMALL_BAND"));
    }

    @Test
    void aContractInTheLargeBandIsApprovedByTheLevelAboveWhateverTheEstimate() {
        String county = "640121";
        String bureau = DevTokens.bureauAdmin(county);
        UUID unit = models.unit(county, "永宁县档案局");
        UUID building = models.building(county, "档案局办公楼", today.minusYears(25), "2000.00", null);
        String id = declare(bureau, body(unit, building, "MEDIUM", nextYear, "60000.00")).statusCode(201).body("approvingDivision", equalTo(county))
                .extract().path("id");
        step(bureau, id, "appraisal", appraisal()).statusCode(200);
        step(bureau, id, "establishment", Map.of("approvalReference", "永机管维〔2026〕2号")).statusCode(200);
        ExtractableResponse<Response> plan = given().auth().oauth2(bureau).contentType("application/json").body(Map.of("year", nextYear, "budget", "100000.00"))
                .post("/api/v1/annual-plans").then().statusCode(201).extract();
        given().auth().oauth2(bureau).contentType("application/json").header("If-Match", plan.header("ETag")).body(Map.of("approvalReference", "永机管发〔2027〕1号"))
                .post("/api/v1/annual-plans/" + plan.path("id") + "/approval").then().statusCode(200);

        Map<String, Object> large = Map.of("contractCost", "500000.00", "approvalReference", "银机管维〔2027〕5号");
        step(bureau, id, "contract-approval", large).statusCode(403).body("code", equalTo("NOT_THE_APPROVING_BUREAU")).body("detail", containsString(CITY));
        step(bureau, id, "contract-approval", Map.of("contractCost", "499999.99", "approvalReference", "永机管维〔2027〕5号")).statusCode(200)
                .body("approvedContractCost", equalTo(499999.99f));
        step(DevTokens.bureauAdmin(CITY), id, "contract-approval", large).statusCode(200).body("approvedContractCost", equalTo(500000.00f));
        Map<String, Object> start = new HashMap<>(start("NXGGZY-2027-0107"));
        start.put("contractCost", "500000.00");
        step(bureau, id, "start", start).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    private Map<String, Object> body(UUID unit, UUID building, String repairClass, Integer planYear, String cost) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", unit.toString());
        body.put("buildingId", building.toString());
        body.put("repairClass", repairClass);
        if (planYear != null) {
            body.put("planYear", planYear);
        }
        body.put("title", "屋面及外墙维修");
        body.put("description", "屋面渗漏，外墙空鼓");
        body.put("grounds", List.of("AGEING", "DAMAGE"));
        body.put("hazardLevel", "MEDIUM");
        body.put("items", List.of(item("ENVELOPE", "屋面防水翻新", null, cost)));
        return body;
    }

    private static Map<String, Object> item(String system, String description, String itemClass, String cost) {
        Map<String, Object> item = new HashMap<>(Map.of("system", system, "description", description, "estimatedCost", cost));
        if (itemClass != null) {
            item.put("itemClass", itemClass);
        }
        return item;
    }

    private Map<String, Object> appraisal() {
        return Map.of("appraisedOn", today.toString(), "appraiser", "宁夏建筑工程质量检测中心", "conclusion", "屋面防水失效，建议大修", "hazardLevel", "HIGH");
    }

    private Map<String, Object> start(String tender) {
        Map<String, Object> start = new HashMap<>(Map.of("startedOn", today.toString(), "contractor", "宁夏某建设工程有限公司", "contractCost", "580000.00"));
        if (tender != null) {
            start.put("tenderReference", tender);
        }
        return start;
    }

    private static io.restassured.response.ValidatableResponse declare(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/repair-projects").then();
    }

    private static io.restassured.response.ValidatableResponse step(String token, String id, String stage, Map<String, Object> body) {
        String etag = given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/repair-projects/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/repair-projects/" + id + "/" + stage).then();
    }

    private static String document(String token, String id, String kind, String fileName) {
        return given().auth().oauth2(token).contentType("application/octet-stream").header("X-Content-SHA256", DocumentUploads.sha256(PDF)).queryParam("kind", kind)
                .queryParam("fileName", fileName).body(PDF).post("/api/v1/repair-projects/" + id + "/documents").then().statusCode(201)
                .body("sha256", equalTo(DocumentUploads.sha256(PDF))).extract().path("id");
    }
}
