package cn.onenetwork.allocation.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 分配使用凭证: issued on fulfilment, its lifecycle, the printed sheet and the anonymous verification. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CertificateApiTest {

    private static final String DIVISION = "640122";
    private static final Pattern CODE = Pattern.compile("查验码：([A-Z0-9]{10})");

    @BeforeAll
    static void standards() {
        Replicas.areaStandard(9011, "COUNTY", "BELOW_SECTION", null, "9.00", "2014-12-01");
    }

    /** Every verification here comes from 127.0.0.1: each test starts with a clean count of its failures. */
    @BeforeEach
    void noFailedVerificationsYet() {
        QuarkusTransaction.requiringNew().run(() -> RegistryRoom.getEntityManager().createNativeQuery("DELETE FROM verification_failure").executeUpdate());
    }

    @Test
    void aFulfilmentIssuesACertificateThatVerifiesOnlyWithTheCodeLastPrintedAndOnlyWhileValid() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县财政局", "11640122MB0000001A", "{\"BELOW_SECTION\":2}");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "H201", "OFFICE", "18.00", "IDLE", "2025-01-01");
        fulfil(admin, unit, room);

        ValidatableResponse listed = given().auth().oauth2(DevTokens.agencyUser(DIVISION, "11640122MB0000001A")).get("/api/v1/certificates").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].number", matchesPattern("640122-PZ-\\d{4}-\\d{4}"))
                .body("items[0].status", equalTo("ISSUED")).body("items[0].totalArea", equalTo(18.00f)).body("items[0].rooms[0].number", equalTo("H201"))
                .body("items[0]", not(hasKey("codeHash")));
        String id = listed.extract().path("items[0].id");
        String number = listed.extract().path("items[0].number");

        given().auth().oauth2(admin).get("/api/v1/certificate-verifications?number=" + number + "&code=ABCDEFGHJK").then().statusCode(200)
                .body("valid", equalTo(false));
        ValidatableResponse printed = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "首次发放"))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(200).body("number", equalTo(number))
                .body("html", containsString("贺兰县财政局")).body("html", containsString("<svg")).body("html", containsString("@media print"));
        String sheet = printed.extract().path("html");
        String code = code(sheet);
        assertEquals(code, printed.extract().path("verificationCode"));
        assertTrue(sheet.contains("certificate-verifications?number=" + number + "&amp;code=" + code), "the QR's URL is printed too");
        assertTrue(printed.extract().<String>path("verificationUrl").endsWith("?number=" + number + "&code=" + code));

        verify(number, code).body("valid", equalTo(true)).body("$", aMapWithSize(1));
        verify(number, "WRONGCODE2").body("valid", equalTo(false)).body("$", aMapWithSize(1));
        verify("640122-PZ-1999-9999", code).body("valid", equalTo(false));

        String reprinted = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "原件遗失补打"))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(200).extract().path("verificationCode");
        verify(number, code).body("valid", equalTo(false));
        verify(number, reprinted).body("valid", equalTo(true));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) RegistryRoom.getEntityManager()
                .createNativeQuery("SELECT code_hash FROM use_certificate WHERE id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(64, stored.length());
        assertTrue(!stored.contains(reprinted), "only the hash is kept");

        String etag = given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals("\"2\"", etag, "each printing rotates the stored code");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("ground", "FALSE_DECLARATION", "reason", "申报编制人数与批复不符")).post("/api/v1/certificates/" + id + "/revoke").then()
                .statusCode(200).body("status", equalTo("REVOKED")).body("statusReason", containsString("FALSE_DECLARATION"))
                .body("history.action", equalTo(List.of("ISSUE", "REVOKE")));
        verify(number, reprinted).body("valid", equalTo(false));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("reason", "用房已腾退"))
                .post("/api/v1/certificates/" + id + "/cancel").then().statusCode(409).body("code", equalTo("CERTIFICATE_ENDED"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "补打")).post("/api/v1/certificates/" + id + "/print").then()
                .statusCode(409);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").post("/api/v1/certificates/" + id + "/print").then().statusCode(400);
    }

    @Test
    void aCertificateLosesEachRoomWithItsHoldingAndEndsWithTheLast() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县审计局", "11640122MB0000002A");
        UUID first = Replicas.room(DIVISION, UUID.randomUUID(), "H301", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID second = Replicas.room(DIVISION, UUID.randomUUID(), "H302", "SERVICE", "24.00", "IN_USE", "2020-01-01");
        String firstHolding = hold(admin, first, unit);
        String secondHolding = hold(admin, second, unit);
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit)).post("/api/v1/certificates")
                .then().statusCode(201).body("basis", equalTo("EXISTING_USE")).body("status", equalTo("ISSUED"))
                .body("number", matchesPattern("640122-PZ-\\d{4}-\\d{4}")).body("rooms.number", equalTo(List.of("H301", "H302")))
                .body("totalArea", equalTo(42.00f)).extract().path("id");
        String number = given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().extract().path("number");
        String code = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "补发")).post("/api/v1/certificates/" + id + "/print")
                .then().statusCode(200).extract().path("verificationCode");

        end(admin, firstHolding);
        given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().statusCode(200).body("status", equalTo("CHANGED"))
                .body("rooms.number", equalTo(List.of("H302"))).body("totalArea", equalTo(24.00f)).body("statusReason", equalTo("腾退移交"));
        verify(number, code).body("valid", equalTo(true));

        end(admin, secondHolding);
        given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("history.action", equalTo(List.of("ISSUE", "CHANGE", "CANCEL")));
        verify(number, code).body("valid", equalTo(false));
    }

    @Test
    void existingUseCertificatesCoverOnlyHeldRoomsAndNoRoomTwice() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县统计局", "11640122MB0000003A");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "H401", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        UUID notHeld = Replicas.room(DIVISION, UUID.randomUUID(), "H402", "OFFICE", "12.00", "IDLE", "2020-01-01");
        hold(admin, room, unit);
        ValidatableResponse issued = given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, room))
                .post("/api/v1/certificates").then().statusCode(201);
        String number = issued.extract().path("number");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit)).post("/api/v1/certificates").then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("NOTHING_TO_CERTIFY"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, room))
                .post("/api/v1/certificates").then().statusCode(409).body("code", equalTo("ROOM_ON_ANOTHER_CERTIFICATE"))
                .body("detail", containsString(number));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, notHeld))
                .post("/api/v1/certificates").then().statusCode(422).body("code", equalTo("ROOM_NOT_HELD_BY_UNIT"))
                .body("errors[0].field", equalTo("roomIds[0]"));
        given().auth().oauth2(DevTokens.agencyUser(DIVISION, "11640122MB0000003A")).contentType(ContentType.JSON)
                .body(existingUse(unit)).post("/api/v1/certificates").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(UUID.randomUUID())).post("/api/v1/certificates")
                .then().statusCode(404);

        given().auth().oauth2(admin).queryParam("number", number).get("/api/v1/certificates").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].number", equalTo(number));
        given().auth().oauth2(admin).queryParam("number", "640122-PZ-1999-0001").get("/api/v1/certificates").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aCertificateIsIssuedOnlyWithItsSignedAgreementAndShowsAndPrintsIt() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县民政局", "11640122MB0000004A");
        UUID building = Replicas.building(DIVISION, "HL-MZ-1", "贺兰县民政综合楼");
        UUID office = Replicas.room(DIVISION, building, "H501", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID archive = Replicas.room(DIVISION, building, "H502", "SERVICE", "24.00", "IN_USE", "2020-01-01");
        UUID meeting = Replicas.room(DIVISION, building, "H503", "SERVICE", "30.00", "IN_USE", "2020-01-01");
        String officeHolding = hold(admin, office, unit);
        hold(admin, archive, unit);
        hold(admin, meeting, unit);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString())).post("/api/v1/certificates").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("AGREEMENT_MISSING"))
                .body("errors.field", equalTo(List.of("agreement")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "agreement",
                Map.of("unitSignatory", " ", "bureauSignatory", "李文华"))).post("/api/v1/certificates").then().statusCode(422)
                .body("code", equalTo("AGREEMENT_NOT_SIGNED")).body("errors.field", equalTo(List.of("agreement.signedOn", "agreement.unitSignatory")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2999-01-01")))
                .post("/api/v1/certificates").then().statusCode(422).body("code", equalTo("AGREEMENT_SIGNED_IN_FUTURE"))
                .body("errors[0].field", equalTo("agreement.signedOn")).body("errors[0].rejectedValue", equalTo("2999-01-01"));
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/certificates").then().statusCode(200).body("items", hasSize(0));

        StatementLog.reset();
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit)).post("/api/v1/certificates").then()
                .statusCode(201).body("agreement.signedOn", equalTo("2026-11-30")).body("agreement.unitSignatory", equalTo(Agreements.UNIT_SIGNATORY))
                .body("agreement.bureauSignatory", equalTo(Agreements.BUREAU_SIGNATORY)).body("agreement.purpose", equalTo("OFFICE_USE"))
                .body("agreement.obligations", equalTo(List.of("NO_RENTING", "NO_LENDING", "NO_BUSINESS_USE", "VACATE_ON_CHANGE")))
                .body("agreement.rooms.number", equalTo(List.of("H501", "H502", "H503"))).extract().path("id");
        assertEquals(1, StatementLog.selectsFrom("registry_room"), "the rooms of an issue are read in one query");

        given().auth().oauth2(DevTokens.agencyUser(DIVISION, "11640122MB0000004A")).get("/api/v1/certificates/" + id).then().statusCode(200)
                .body("agreement.signedOn", equalTo("2026-11-30")).body("agreement.rooms", hasSize(3));
        // The room leaves the certificate with its holding; the agreement stays as signed.
        end(admin, officeHolding);
        given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().statusCode(200).body("rooms.number", equalTo(List.of("H502", "H503")))
                .body("agreement.rooms.number", equalTo(List.of("H501", "H502", "H503")));

        StatementLog.reset();
        String sheet = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "首次发放")).post("/api/v1/certificates/" + id + "/print")
                .then().statusCode(200).extract().path("html");
        assertEquals(1, StatementLog.selectsFrom("registry_room"), "the rooms' buildings of a printing are read in one query");
        for (String printed : List.of("办公用房使用协议", "本协议所列用房仅用于本单位办公。", "不得将所配置的办公用房出租。",
                "不得将所配置的办公用房出借或擅自交由其他单位、个人使用。", "不得利用所配置的办公用房从事经营活动。",
                "因机构调整、编制变化、搬迁等原因不再需要或超出标准的用房，应按规定及时腾退、移交，并办理凭证变更或注销。", Agreements.UNIT_SIGNATORY, Agreements.BUREAU_SIGNATORY, "2026-11-30", "贺兰县民政综合楼", "H501")) {
            assertTrue(sheet.contains(printed), "the printout shows " + printed);
        }
        assertTrue(sheet.indexOf("办公用房使用协议") > sheet.indexOf("查验码"), "the agreement follows the certificate");
    }

    @Test
    void thePrintedCertificateNamesItsBureauDivisionRoomsAndStatusAndLeavesThePlaceForTheSealInTheReadersLanguage() {
        Replicas.division(DIVISION, "贺兰县");
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县审计局", "11640122MB0000007A", "{\"BELOW_SECTION\":2}");
        UUID building = Replicas.building(DIVISION, "HL-007", "贺兰县行政中心2号楼");
        UUID room = Replicas.room(DIVISION, building, Replicas.floor(building, "3层"), "H307", "OFFICE", "18.00", "IDLE", "2025-01-01");
        fulfil(admin, unit, room);
        String id = given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/certificates").then().statusCode(200)
                .body("items[0].status", equalTo("ISSUED")).extract().path("items[0].id");

        String chinese = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "首次发放"))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(200).header("Content-Language", "zh-CN").extract().path("html");
        for (String printed : List.of("<html lang=\"zh-CN\">", "<h1>办公用房分配使用凭证</h1>", "<tr><th>发证机关</th><td>贺兰县机关事务管理局</td></tr>",
                "<tr><th>行政区划</th><td>贺兰县（640122）</td></tr>", "<tr><th>状态</th><td>已发放</td></tr>",
                "<td>贺兰县行政中心2号楼</td><td>3层</td><td>H307</td><td class=\"area\">18.00</td>", "贺兰县机关事务管理局（盖章）", "贺兰县审计局（盖章）",
                "扫码或访问 https://jgswj.nx.gov.cn/api/v1/certificate-verifications?number=", "贺兰县机关事务管理局将下列办公用房配置给贺兰县审计局使用")) {
            assertTrue(chinese.contains(printed), "the printout shows " + printed);
        }
        assertTrue(!chinese.contains("ISSUED") && !chinese.contains("Verification"), "nothing of the sheet is left in English");

        String english = given().auth().oauth2(admin).contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("reason", "英文副本"))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(200).header("Content-Language", "en").extract().path("html");
        for (String printed : List.of("<html lang=\"en\">", "<h1>Certificate of Allocation and Use of Office Space</h1>",
                "<tr><th>Issued by</th><td>Offices Administration Bureau of 贺兰县</td></tr>", "<tr><th>Status</th><td>ISSUED</td></tr>",
                "<th>Building</th><th>Floor</th><th>Room</th>", "Offices Administration Bureau of 贺兰县 (seal)", "Office Space Use Agreement",
                "The allocated office space must not be rented out.")) {
            assertTrue(english.contains(printed), "the English printout shows " + printed);
        }
        assertTrue(!english.contains("发证机关"), "the English printout has no Chinese labels");
    }

    @Test
    void aFulfilmentWhoseAgreementIsDatedAfterTheHandOverAppliesNothing() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县信访局", "11640122MB0000005A", "{\"BELOW_SECTION\":2}");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "H601", "OFFICE", "18.00", "IDLE", "2025-01-01");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "reason", "NEW_UNIT",
                "justification", "新设机构", "staff", List.of(Map.of("rank", "BELOW_SECTION", "people", 2)), "serviceAreaAsked", "0.00",
                "equipmentAreaAsked", "0.00", "areaAsked", "18.00")).post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}").post("/api/v1/allocation-requests/" + id + "/review")
                .then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("method", "REALLOCATION"))
                .post("/api/v1/allocation-requests/" + id + "/approve").then().statusCode(200);

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("roomIds", List.of(room.toString()),
                "fromDate", "2026-11-20")).post("/api/v1/allocation-requests/" + id + "/fulfil").then().statusCode(400)
                .body("code", equalTo("AGREEMENT_MISSING"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("roomIds", List.of(room.toString()),
                "fromDate", "2026-11-20", "agreement", Agreements.signed("2026-11-21"))).post("/api/v1/allocation-requests/" + id + "/fulfil").then()
                .statusCode(422).body("code", equalTo("AGREEMENT_SIGNED_AFTER_ISSUE")).body("errors[0].field", equalTo("agreement.signedOn"))
                .body("detail", containsString("2026-11-20"));
        given().auth().oauth2(admin).get("/api/v1/allocation-requests/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(admin).queryParam("roomId", room).get("/api/v1/holdings").then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("roomIds", List.of(room.toString()),
                "fromDate", "2026-11-20", "agreement", Agreements.signed("2026-11-20"))).post("/api/v1/allocation-requests/" + id + "/fulfil").then()
                .statusCode(200).body("status", equalTo("FULFILLED"));
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/certificates").then().statusCode(200)
                .body("items[0].agreement.signedOn", equalTo("2026-11-20")).body("items[0].agreement.rooms[0].number", equalTo("H601"));
    }

    @Test
    void aPageOfCertificatesReadsTheirAgreementsInOneQuery() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县司法局", "11640122MB0000006A");
        for (String number : List.of("H701", "H702", "H703")) {
            UUID room = Replicas.room(DIVISION, UUID.randomUUID(), number, "OFFICE", "12.00", "IN_USE", "2020-01-01");
            hold(admin, room, unit);
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, room)).post("/api/v1/certificates").then().statusCode(201);
        }
        StatementLog.reset();
        given().auth().oauth2(admin).queryParam("agencyId", unit).get("/api/v1/certificates").then().statusCode(200).body("items", hasSize(3))
                .body("items.agreement.rooms.flatten().number", containsInAnyOrder("H701", "H702", "H703"));
        assertEquals(1, StatementLog.selectsFrom("use_agreement"), "the agreements of a page");
    }

    @Test
    void aPrintingRetriedWithItsIdempotencyKeyAnswersTheSameSheetAndVoidsNothing() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        UUID unit = Replicas.unit(DIVISION, "贺兰县人社局", "11640122MB0000007A");
        UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "H801", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        UUID otherRoom = Replicas.room(DIVISION, UUID.randomUUID(), "H802", "OFFICE", "12.00", "IN_USE", "2020-01-01");
        hold(admin, room, unit);
        hold(admin, otherRoom, unit);
        ValidatableResponse issued = given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, room)).post("/api/v1/certificates")
                .then().statusCode(201);
        String id = issued.extract().path("id");
        String number = issued.extract().path("number");
        String other = given().auth().oauth2(admin).contentType(ContentType.JSON).body(existingUse(unit, otherRoom)).post("/api/v1/certificates").then()
                .statusCode(201).extract().path("id");
        String key = "print-" + id;

        ValidatableResponse first = print(admin, id, key, "首次发放").header("Idempotency-Replayed", nullValue());
        String code = first.extract().path("verificationCode");
        String sheet = first.extract().path("html");
        // The answer was lost: the same key answers the same printout, and the sheet printed from it still verifies.
        print(admin, id, key, "首次发放").header("Idempotency-Replayed", "true").body("verificationCode", equalTo(code)).body("html", equalTo(sheet));
        verify(number, code).body("valid", equalTo(true));
        given().auth().oauth2(admin).get("/api/v1/certificates/" + id).then().header("ETag", "\"1\"");

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("reason", "原件遗失补打"))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("reason", "首次发放"))
                .post("/api/v1/certificates/" + other + "/print").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        verify(number, code).body("valid", equalTo(true));

        // Another key is another printing: a new code, and the earlier sheet stops verifying.
        String reprinted = print(admin, id, "reprint-" + id, "原件遗失补打").extract().path("verificationCode");
        assertTrue(!reprinted.equals(code));
        verify(number, code).body("valid", equalTo(false));
        verify(number, reprinted).body("valid", equalTo(true));
    }

    @Test
    void concurrentFailedVerificationsFromOneAddressNeverGetPastTheLimit() throws Exception {
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String guess = "BURST%05d".formatted(i);
            answers.add(pool.submit(() -> {
                start.await();
                return given().queryParam("number", "640122-PZ-2026-0001").queryParam("code", guess).get("/api/v1/certificate-verifications").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(20, statuses.stream().filter(s -> s == 200).count(), "exactly the limit of failures is answered: " + statuses);
        assertEquals(attempts - 20, statuses.stream().filter(s -> s == 429).count(), "the rest are refused: " + statuses);
        assertEquals(20, failuresOf("127.0.0.1"));
    }

    @Test
    void failuresOfAnEndedWindowAreForgottenAndTheirRowsDeleted() {
        QuarkusTransaction.requiringNew().run(() -> RegistryRoom.getEntityManager().createNativeQuery("""
                INSERT INTO verification_failure (address, window_start, failures) VALUES
                    ('127.0.0.1', now() - interval '16 minutes', 20), ('198.51.100.7', now() - interval '1 day', 5),
                    ('198.51.100.8', now() - interval '1 minute', 3)
                """).executeUpdate());

        verify("640122-PZ-2026-0001", "GUESS00000").body("valid", equalTo(false));
        assertEquals(1, failuresOf("127.0.0.1"), "a window that ended counts from its next failure");
        assertEquals(0, failuresOf("198.51.100.7"), "an ended window of another address is deleted");
        assertEquals(3, failuresOf("198.51.100.8"), "a current window is kept");
    }

    private static ValidatableResponse print(String admin, String id, String key, String reason) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("reason", reason))
                .post("/api/v1/certificates/" + id + "/print").then().statusCode(200);
    }

    /** The failures counted for the address, 0 without a row. */
    private static int failuresOf(String address) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> RegistryRoom.getEntityManager()
                .createNativeQuery("SELECT failures FROM verification_failure WHERE address = ?1").setParameter(1, address).getResultList());
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** An existing-use issue of the rooms given (all uncovered ones when none), with the agreement signed. */
    private static Map<String, Object> existingUse(UUID unit, UUID... rooms) {
        Map<String, Object> body = new HashMap<>(Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2026-11-30")));
        if (rooms.length > 0) {
            body.put("roomIds", Stream.of(rooms).map(UUID::toString).toList());
        }
        return body;
    }

    private static String hold(String admin, UUID room, UUID unit) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "贺机管配〔2019〕1号", "fromDate", "2019-06-01")).post("/api/v1/holdings").then().statusCode(201)
                .extract().path("id");
    }

    private static void end(String admin, String holding) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2026-11-30", "reason", "腾退移交"))
                .post("/api/v1/holdings/" + holding + "/end").then().statusCode(200);
    }

    @Test
    void guessingCodesFromOneAddressIsStoppedWith429AndRetryAfter() {
        for (int i = 0; i < 20; i++) {
            verify("640122-PZ-2026-0001", "GUESS%05d".formatted(i)).body("valid", equalTo(false));
        }
        given().get("/api/v1/certificate-verifications?number=640122-PZ-2026-0001&code=GUESS99999").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("TOO_MANY_VERIFICATIONS"))
                .header("Retry-After", matchesPattern("\\d+"));
        given().get("/api/v1/certificate-verifications?number=640122-PZ-2026-0001").then().statusCode(400);
    }

    private static ValidatableResponse verify(String number, String code) {
        return given().queryParam("number", number).queryParam("code", code).get("/api/v1/certificate-verifications").then().statusCode(200);
    }

    private static String code(String sheet) {
        Matcher m = CODE.matcher(sheet);
        assertTrue(m.find(), "the sheet prints its verification code");
        return m.group(1);
    }

    static void fulfil(String admin, UUID unit, UUID room) {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "reason", "NEW_UNIT",
                "justification", "新设机构", "staff", List.of(Map.of("rank", "BELOW_SECTION", "people", 2)), "serviceAreaAsked", "0.00",
                "equipmentAreaAsked", "0.00", "areaAsked", "18.00")).post("/api/v1/allocation-requests").then().statusCode(201).extract().path("id");
        for (String[] step : new String[][] {{"review", "0", "{}"}, {"approve", "1", "{\"method\":\"REALLOCATION\"}"},
                {"fulfil", "2", "{\"roomIds\":[\"" + room + "\"],\"fromDate\":\"2026-12-01\",\"agreement\":" + Agreements.json("2026-11-30") + "}"}}) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"" + step[1] + "\"").body(step[2])
                    .post("/api/v1/allocation-requests/" + id + "/" + step[0]).then().statusCode(200);
        }
    }
}
