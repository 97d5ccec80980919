package cn.onenetwork.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.client.ApiClient;
import cn.onenetwork.client.ApiException;
import cn.onenetwork.client.api.AgenciesApi;
import cn.onenetwork.client.api.AllocationParametersApi;
import cn.onenetwork.client.api.AllocationRequestsApi;
import cn.onenetwork.client.api.AnnualPlansApi;
import cn.onenetwork.client.api.CertificatesApi;
import cn.onenetwork.client.api.ComplianceApi;
import cn.onenetwork.client.api.DisposalsApi;
import cn.onenetwork.client.api.ExchangesApi;
import cn.onenetwork.client.api.HoldingsApi;
import cn.onenetwork.client.api.IdlePoolApi;
import cn.onenetwork.client.api.LeasesApi;
import cn.onenetwork.client.api.PublicVerificationApi;
import cn.onenetwork.client.api.RepairProjectsApi;
import cn.onenetwork.client.api.ReportsApi;
import cn.onenetwork.client.api.RoomsApi;
import cn.onenetwork.client.api.StaffApi;
import cn.onenetwork.client.api.StandardsApi;
import cn.onenetwork.client.api.StatisticsApi;
import cn.onenetwork.client.api.TitlesApi;
import cn.onenetwork.client.api.VacatingOrdersApi;
import cn.onenetwork.client.model.AdministrativeLevel;
import cn.onenetwork.client.model.Agency;
import cn.onenetwork.client.model.AgencyDissolution;
import cn.onenetwork.client.model.AgencyInput;
import cn.onenetwork.client.model.AgencySystem;
import cn.onenetwork.client.model.AllocationFiguresInForce;
import cn.onenetwork.client.model.AllocationMethod;
import cn.onenetwork.client.model.AllocationParametersInput;
import cn.onenetwork.client.model.AllocationRequest;
import cn.onenetwork.client.model.AllocationRequestInput;
import cn.onenetwork.client.model.AnnualPlan;
import cn.onenetwork.client.model.AnnualPlanApproval;
import cn.onenetwork.client.model.AnnualPlanInput;
import cn.onenetwork.client.model.AreaStandardInput;
import cn.onenetwork.client.model.BuildingSystem;
import cn.onenetwork.client.model.Certificate;
import cn.onenetwork.client.model.CertificateIssue;
import cn.onenetwork.client.model.CertificatePrinting;
import cn.onenetwork.client.model.CertificatePrintout;
import cn.onenetwork.client.model.CertificateRevocation;
import cn.onenetwork.client.model.CertificateStatus;
import cn.onenetwork.client.model.ComplianceFinding;
import cn.onenetwork.client.model.Disposal;
import cn.onenetwork.client.model.DisposalApproval;
import cn.onenetwork.client.model.DisposalCompletion;
import cn.onenetwork.client.model.DisposalGround;
import cn.onenetwork.client.model.DisposalInput;
import cn.onenetwork.client.model.DisposalMethod;
import cn.onenetwork.client.model.DissolutionKind;
import cn.onenetwork.client.model.Exchange;
import cn.onenetwork.client.model.ExchangeCompletion;
import cn.onenetwork.client.model.ExchangeInput;
import cn.onenetwork.client.model.ExchangeSideInput;
import cn.onenetwork.client.model.FiguresSource;
import cn.onenetwork.client.model.FindingStatus;
import cn.onenetwork.client.model.FundingSource;
import cn.onenetwork.client.model.HazardLevel;
import cn.onenetwork.client.model.Holding;
import cn.onenetwork.client.model.HoldingBasis;
import cn.onenetwork.client.model.HoldingEnd;
import cn.onenetwork.client.model.HoldingInput;
import cn.onenetwork.client.model.ImportReport;
import cn.onenetwork.client.model.LeaseInput;
import cn.onenetwork.client.model.OfficeSpaceRow;
import cn.onenetwork.client.model.Person;
import cn.onenetwork.client.model.PersonInput;
import cn.onenetwork.client.model.PersonStatus;
import cn.onenetwork.client.model.PoolRoom;
import cn.onenetwork.client.model.PrepareSubmission;
import cn.onenetwork.client.model.RepairAcceptance;
import cn.onenetwork.client.model.RepairAppraisal;
import cn.onenetwork.client.model.RepairClass;
import cn.onenetwork.client.model.RepairDeclaration;
import cn.onenetwork.client.model.RepairEstablishment;
import cn.onenetwork.client.model.RepairGround;
import cn.onenetwork.client.model.RepairItem;
import cn.onenetwork.client.model.RepairProject;
import cn.onenetwork.client.model.RepairStart;
import cn.onenetwork.client.model.RequestApproval;
import cn.onenetwork.client.model.RequestComment;
import cn.onenetwork.client.model.RequestFulfilment;
import cn.onenetwork.client.model.RequestReason;
import cn.onenetwork.client.model.RequestStatus;
import cn.onenetwork.client.model.RevocationGround;
import cn.onenetwork.client.model.Room;
import cn.onenetwork.client.model.RoomCategory;
import cn.onenetwork.client.model.RoutineReport;
import cn.onenetwork.client.model.Rule;
import cn.onenetwork.client.model.Seat;
import cn.onenetwork.client.model.SeatInput;
import cn.onenetwork.client.model.SeatRelease;
import cn.onenetwork.client.model.SheetFormat;
import cn.onenetwork.client.model.StaffCount;
import cn.onenetwork.client.model.StatisticsChildFigures;
import cn.onenetwork.client.model.StatisticsSubmission;
import cn.onenetwork.client.model.SubmissionStatus;
import cn.onenetwork.client.model.SubmitSubmission;
import cn.onenetwork.client.model.Title;
import cn.onenetwork.client.model.TitleChangeInput;
import cn.onenetwork.client.model.TitleState;
import cn.onenetwork.client.model.UseAgreementSigning;
import cn.onenetwork.client.model.VacatingCause;
import cn.onenetwork.client.model.VacatingClosure;
import cn.onenetwork.client.model.VacatingOrder;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.localstack.LocalStack;
import cn.onenetwork.system.contract.EventCatalog;
import cn.onenetwork.system.contract.LiveContract;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The whole platform as real processes (PostgreSQL, Kafka, three services, gateway), driven through the gateway. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();
    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startPlatform() throws IOException {
        LocalStack.Ports ports = new LocalStack.Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
        stack = new LocalStack(ROOT, Files.createTempDirectory("one-network-system-"), ports);
        stack.start();
        gateway = stack.gatewayUrl();
        register(DevTokens.bureauAdmin("100000"), "/api/v1/divisions", Map.of("code", "640000", "name", "宁夏回族自治区", "level", "PROVINCIAL", "parentCode", "100000"));
        String region = DevTokens.bureauAdmin("640000");
        register(region, "/api/v1/divisions", Map.of("code", "640100", "name", "银川市", "level", "MUNICIPAL", "parentCode", "640000"));
        register(region, "/api/v1/divisions", Map.of("code", "640104", "name", "兴庆区", "level", "COUNTY", "parentCode", "640100"));
        register(region, "/api/v1/divisions", Map.of("code", "640105", "name", "西夏区", "level", "COUNTY", "parentCode", "640100"));
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anAgencyCreatedThroughTheGatewayReachesBothReadModels() throws ApiException {
        String id = registerAgency("11640104MB0000001U", "兴庆区机关事务服务中心");
        awaitInReadModels(id, "兴庆区机关事务服务中心");
        ApiException outOfScope = assertThrows(ApiException.class, () -> agencies(DevTokens.bureauAdmin("640105")).getAgency(UUID.fromString(id)));
        assertEquals(404, outOfScope.getCode());
        assertTrue(outOfScope.getResponseBody().contains("\"code\":\"NOT_FOUND\""), outOfScope.getResponseBody());
        assertEquals(id, agencies(DevTokens.auditor("640000")).getAgency(UUID.fromString(id)).getId().toString());
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).get(gateway + "/api/v1/user-units/" + id).then().statusCode(404);
    }

    @Test
    @Order(2)
    void theSameEventDeliveredTwiceChangesNothing() throws ApiException {
        String id = registerAgency("11640104MB0000002Y", "兴庆区教育局");
        awaitInReadModels(id, "兴庆区教育局");
        ConsumerRecord<String, String> original = TestEvents.readAll(stack.kafkaBootstrap(), "property.agencies", Duration.ofMillis(500))
                .stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        // Same ce_id, but a body that would visibly change both read models if it were applied again.
        String tampered = original.value().replace("兴庆区教育局", "重复投递").replace("\"version\":0", "\"version\":9");
        assertNotEquals(original.value(), tampered);
        TestEvents.sendRaw(stack.kafkaBootstrap(), new ProducerRecord<>("property.agencies", null, original.key(), tampered,
                new RecordHeaders(original.headers().toArray())));

        String marker = registerAgency("11640105MB0000001A", "西夏区机关事务管理局");
        awaitInReadModels(marker, "西夏区机关事务管理局");
        String auditor = DevTokens.auditor("640000");
        given().auth().oauth2(auditor).get(gateway + "/api/v1/user-units/" + id).then().statusCode(200)
                .body("name", equalTo("兴庆区教育局")).body("registryVersion", equalTo(0));
        given().auth().oauth2(auditor).get(gateway + "/api/v1/declaring-units/" + id).then().statusCode(200)
                .body("name", equalTo("兴庆区教育局")).body("registryVersion", equalTo(0));
    }

    @Test
    @Order(3)
    void writesSucceedWhileTheBrokerIsDownAndTheirEventsArriveAfterItReturns() throws ApiException {
        stack.stopKafka();
        String id = registerAgency("11640105MB0000002D", "西夏区民政局");
        given().auth().oauth2(DevTokens.auditor("640000")).get(gateway + "/api/v1/agencies/" + id).then().statusCode(200);
        String propertyHealth = "http://127.0.0.1:" + stack.ports().property() + "/q/health/ready";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(propertyHealth).then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(1)));
        stack.startKafka();
        awaitInReadModels(id, "西夏区民政局");
    }

    @Test
    @Order(4)
    void aHoldingRecordedInAllocationIsCheckedAgainstTheUnitsEntitlementByTheRegistry() throws ApiException {
        // 1 section chief (18) + 8 below section (9): 90 m² of offices.
        String agency = registerAgency("11640104MB00000032", "兴庆区统计局");
        String admin = DevTokens.bureauAdmin("640104");
        String building = created(admin, "/api/v1/buildings", Map.of("divisionCode", "640104", "code", "XQ-TJ", "name", "兴庆区统计局办公楼",
                "address", "银川市兴庆区", "storeysAbove", 4, "storeysBelow", 0, "grossFloorArea", "3000.00", "origin", "FISCAL_FUNDING"));
        String floor = created(admin, "/api/v1/buildings/" + building + "/floors", Map.of("label", "2"));
        String room = created(admin, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", "201", "category", "OFFICE",
                "useArea", "100.00", "status", "IN_USE", "statusSince", "2020-01-01"));

        // Allocation learns of the room and the unit from the registry's events; until then it answers 404, and the
        // Idempotency-Key makes the retries safe.
        HoldingsApi holdings = api(admin, HoldingsApi::new);
        HoldingInput input = new HoldingInput().roomId(UUID.fromString(room)).agencyId(UUID.fromString(agency)).basis(HoldingBasis.EXISTING_USE)
                .reference("兴机管配〔2024〕7号").fromDate("2024-01-01");
        Holding holding = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> holdings.startHolding(input, "hold-" + room), h -> h != null);
        assertEquals(RoomCategory.OFFICE, holding.getApprovedUse());

        ComplianceApi compliance = api(DevTokens.auditor("640000"), ComplianceApi::new);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ComplianceFinding> open = unitFindings(compliance, "11640104MB00000032", FindingStatus.OPEN);
            assertEquals(1, open.size());
            assertEquals(Rule.UNIT_OFFICE_OVER_ENTITLEMENT, open.get(0).getRule());
            assertEquals(0, new BigDecimal("10.00").compareTo(open.get(0).getExcessArea()));
        });

        holdings.endHolding(holding.getId(), "\"" + holding.getVersion() + "\"", new HoldingEnd().toDate("2026-06-30").reason("腾退移交"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(0, unitFindings(compliance, "11640104MB00000032", FindingStatus.OPEN).size());
            assertEquals(1, unitFindings(compliance, "11640104MB00000032", FindingStatus.RESOLVED).size());
        });
    }

    @Test
    @Order(6)
    void aDatabaseRestartAnswers503WhileDownAndLosesOrDeadLettersNoEvent() {
        List<String> arrived = new ArrayList<>();
        Map<String, Object> agency = Map.of("creditCode", "11640104MB0000031Y", "name", "兴庆区停库测试局", "divisionCode", "640104",
                "system", "GOVERNMENT", "approvedStaffing", Map.of(), "actualStaff", 1);
        stack.stopPostgres();
        try {
            // A write while the database is down: 503 with Retry-After, never 500, and it can simply be retried.
            given().auth().oauth2(DevTokens.bureauAdmin("640104")).contentType(ContentType.JSON).body(agency).post(gateway + "/api/v1/agencies")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5")).body("code", equalTo("SERVICE_UNAVAILABLE"));
            // Events keep arriving, as the registry of another site would publish them.
            for (int i = 0; i < 5; i++) {
                String id = UUID.randomUUID().toString();
                arrived.add(id);
                TestEvents.send(stack.kafkaBootstrap(), "property.agencies", id, UUID.randomUUID(), "cn.onenetwork.property.agency.registered.v1",
                        "{\"id\":\"" + id + "\",\"creditCode\":\"11640104MB000004" + i + "X\",\"name\":\"停库期间单位" + i + "\",\"divisionCode\":\"640104\","
                                + "\"level\":\"COUNTY\",\"system\":\"GOVERNMENT\",\"approvedStaffing\":{},\"version\":0}");
            }
            // Both consumers wait for their database, say so in readiness, and keep retrying far past the old budget of 3 attempts.
            for (int port : List.of(stack.ports().allocation(), stack.ports().maintenance())) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("http://127.0.0.1:" + port + "/q/health/ready").then()
                        .statusCode(503).body("checks.find { it.name == 'inbox' }.status", equalTo("DOWN")));
                await().atMost(Duration.ofSeconds(60)).until(() -> metric(port, "inbox_infrastructure_failures_total") >= 6);
            }
        } finally {
            stack.startPostgres();
        }
        String auditor = DevTokens.auditor("640000");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String id : arrived) {
                given().auth().oauth2(auditor).get(gateway + "/api/v1/user-units/" + id).then().statusCode(200);
                given().auth().oauth2(auditor).get(gateway + "/api/v1/declaring-units/" + id).then().statusCode(200);
            }
        });
        for (int port : List.of(stack.ports().allocation(), stack.ports().maintenance())) {
            assertEquals(0.0, metric(port, "inbox_dead_letters_total"), "dead letters on port " + port);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("http://127.0.0.1:" + port + "/q/health/ready").then().statusCode(200));
        }
        assertTrue(TestEvents.readAll(stack.kafkaBootstrap(), "property.agencies.dlt", Duration.ofMillis(500)).stream()
                .noneMatch(r -> arrived.contains(r.key())), "nothing of the outage is in the dead-letter topic");
        // The write refused during the outage succeeds when retried.
        given().auth().oauth2(DevTokens.bureauAdmin("640104")).contentType(ContentType.JSON).body(agency).post(gateway + "/api/v1/agencies")
                .then().statusCode(201);
    }

    @Test
    @Order(7)
    void anXlsxExportImportedBackThroughTheGeneratedClientKeepsEveryRow() throws Exception {
        String token = DevTokens.bureauAdmin("640105");
        String building = created(token, "/api/v1/buildings", Map.of("divisionCode", "640105", "code", "XX-XLSX-1", "name", "西夏区往返测试楼",
                "address", "银川市西夏区北京西路1号", "storeysAbove", 4, "storeysBelow", 0, "grossFloorArea", "3000.00", "origin", "FISCAL_FUNDING"));
        String floor = created(token, "/api/v1/buildings/" + building + "/floors", Map.of("label", "2"));
        for (String[] room : new String[][] {{"201", "OFFICE", "18.00"}, {"202", "SERVICE", "36.50"}}) {
            created(token, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", room[0], "category", room[1], "useArea", room[2],
                    "status", "IN_USE", "statusSince", "2024-03-01"));
        }
        RoomsApi rooms = api(token, RoomsApi::new);
        String csvBefore = Files.readString(rooms.exportRooms(UUID.fromString(building), SheetFormat.CSV).toPath());
        java.io.File xlsx = rooms.exportRooms(UUID.fromString(building), SheetFormat.XLSX);
        byte[] workbook = Files.readAllBytes(xlsx.toPath());
        assertEquals("PK", new String(workbook, 0, 2, StandardCharsets.US_ASCII), "an XLSX workbook arrives as its bytes");

        ImportReport report = rooms.importRooms(xlsx, false);
        assertEquals(0, report.getCreated());
        assertEquals(2, report.getUpdated());
        assertEquals(List.of(), report.getErrors());
        assertEquals(csvBefore, Files.readString(rooms.exportRooms(UUID.fromString(building), SheetFormat.CSV).toPath()));
    }

    @Test
    @Order(8)
    void aRequestIsSizedByTheRegistrysFigureAndAStricterLocalStandardSizesTheNextOne() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        Map<String, Integer> forty = Map.of("COUNTY_HEAD", 1, "DEPUTY_COUNTY_HEAD", 3, "SECTION_CHIEF", 8, "DEPUTY_SECTION_CHIEF", 8, "BELOW_SECTION", 20);
        Agency unit = agencies(admin).registerAgency(new AgencyInput().creditCode("11640104MB0000101H").name("兴庆区行政审批服务局").divisionCode("640104")
                .system(AgencySystem.GOVERNMENT).approvedStaffing(forty).actualStaff(40).officesBureau(false), "register-11640104MB0000101H");
        // 30 + 3 × 24 + 8 × 18 + 8 × 12 + 20 × 9
        assertEquals(0, new BigDecimal("522.00").compareTo(agencies(admin).getUnitSpace(unit.getId()).getOfficeEntitlement()));
        AllocationRequestsApi requests = api(admin, AllocationRequestsApi::new);
        AllocationRequestInput input = new AllocationRequestInput().agencyId(unit.getId()).reason(RequestReason.NEW_UNIT).justification("机构改革新组建")
                .staff(forty.entrySet().stream().map(e -> new StaffCount().rank(e.getKey()).people(e.getValue())).toList())
                .serviceAreaAsked(BigDecimal.ZERO).equipmentAreaAsked(BigDecimal.ZERO).areaAsked(new BigDecimal("500.00"));
        AllocationRequest first = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> requests.submitAllocationRequest(input, "size-" + unit.getId()), r -> r != null);
        assertEquals(0, agencies(admin).getUnitSpace(unit.getId()).getOfficeEntitlement().compareTo(first.getOfficeEntitlement()));

        api(admin, StandardsApi::new).setAreaStandard(new AreaStandardInput().level(AdministrativeLevel.COUNTY).rankCode("SECTION_CHIEF")
                .officeArea(new BigDecimal("16.00")).effectiveFrom(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).source("兴机管发〔2026〕1号"));
        await().atMost(Duration.ofSeconds(60)).until(() -> agencies(admin).getUnitSpace(unit.getId()).getOfficeEntitlement().compareTo(new BigDecimal("506.00")) == 0);
        // Each try is a new request; one sized before the standard reached allocation is withdrawn, so only the last remains.
        AllocationRequest next = await().atMost(Duration.ofSeconds(60)).until(() -> {
            AllocationRequest r = requests.submitAllocationRequest(input, "size-" + UUID.randomUUID());
            if (r.getOfficeEntitlement().compareTo(new BigDecimal("506.00")) != 0) {
                requests.withdrawAllocationRequest(r.getId(), "\"0\"", new RequestComment().comment("按新标准重新申报"));
                return null;
            }
            return r;
        }, r -> r != null);
        assertEquals(0, agencies(admin).getUnitSpace(unit.getId()).getOfficeEntitlement().compareTo(next.getOfficeEntitlement()));
        assertEquals(0, new BigDecimal("522.00").compareTo(requests.getAllocationRequest(first.getId()).getOfficeEntitlement()), "sized on its own day");
    }

    @Test
    @Order(9)
    void aCertificateVerifiesAnonymouslyThroughTheGatewayUntilRevokedAndGuessingIsStopped() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        Agency unit = agencies(admin).registerAgency(new AgencyInput().creditCode("11640104MB0000102L").name("兴庆区档案馆").divisionCode("640104")
                .system(AgencySystem.GOVERNMENT).approvedStaffing(Map.of("BELOW_SECTION", 2)).actualStaff(2).officesBureau(false), "register-11640104MB0000102L");
        String room = room(admin, "XQ-DAG", "兴庆区档案馆办公楼", "101", "OFFICE", "18.00");
        AllocationRequestsApi requests = api(admin, AllocationRequestsApi::new);
        AllocationRequestInput input = new AllocationRequestInput().agencyId(unit.getId()).reason(RequestReason.NEW_UNIT).justification("新设机构")
                .staff(List.of(new StaffCount().rank("BELOW_SECTION").people(2))).serviceAreaAsked(BigDecimal.ZERO).equipmentAreaAsked(BigDecimal.ZERO)
                .areaAsked(new BigDecimal("18.00"));
        AllocationRequest request = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> requests.submitAllocationRequest(input, "certify-" + unit.getId()), r -> r != null);
        requests.startAllocationRequestReview(request.getId(), "\"0\"", new RequestComment());
        requests.approveAllocationRequest(request.getId(), "\"1\"", new RequestApproval().method(AllocationMethod.REALLOCATION));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> requests.fulfilAllocationRequest(request.getId(), "\"2\"", new RequestFulfilment().roomIds(List.of(UUID.fromString(room)))
                        .fromDate("2026-12-01").agreement(new UseAgreementSigning().signedOn("2026-11-30").unitSignatory("王建国").bureauSignatory("李文华"))),
                        r -> r.getStatus() == RequestStatus.FULFILLED);

        CertificatesApi certificates = api(admin, CertificatesApi::new);
        Certificate certificate = certificates.listCertificates(unit.getId(), null, null, null, null).getItems().get(0);
        CertificatePrintout printout = certificates.printCertificate(certificate.getId(), new CertificatePrinting().reason("首次发放"),
                "print-" + certificate.getId());
        String code = printout.getVerificationCode();
        assertTrue(printout.getHtml().contains(code) && printout.getHtml().contains("<svg"), "the page prints its code and QR code");
        String verify = gateway + "/api/v1/certificate-verifications";
        given().queryParam("number", certificate.getNumber()).queryParam("code", code).get(verify).then().statusCode(200)
                .body("valid", equalTo(true)).body("size()", equalTo(1));
        given().queryParam("number", certificate.getNumber()).queryParam("code", "WRONGCODE2").get(verify).then().statusCode(200)
                .body("valid", equalTo(false)).body("size()", equalTo(1));
        given().get(gateway + "/api/v1/certificates").then().statusCode(401);

        certificates.revokeCertificate(certificate.getId(), "\"1\"", new CertificateRevocation().ground(RevocationGround.FALSE_DECLARATION).reason("虚报编制"));
        given().queryParam("number", certificate.getNumber()).queryParam("code", code).get(verify).then().statusCode(200).body("valid", equalTo(false));

        int refused = 0;
        for (int guess = 0; guess < 30; guess++) {
            int status = given().queryParam("number", certificate.getNumber()).queryParam("code", "GUESS%05d".formatted(guess)).get(verify).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused > 0, "30 wrong guesses from one address end in 429");
        given().queryParam("number", certificate.getNumber()).queryParam("code", code).get(verify).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
    }

    @Test
    @Order(10)
    void dissolvingAUnitOpensVacatingOrdersAndTheVacatedRoomReturnsToThePool() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        Agency unit = agencies(admin).registerAgency(new AgencyInput().creditCode("11640104MB0000103P").name("兴庆区旧科技局").divisionCode("640104")
                .system(AgencySystem.GOVERNMENT).approvedStaffing(Map.of("BELOW_SECTION", 2)).actualStaff(2).officesBureau(false), "register-11640104MB0000103P");
        String room = room(admin, "XQ-KJ", "兴庆区旧科技局办公楼", "301", "OFFICE", "18.00");
        HoldingsApi holdings = api(admin, HoldingsApi::new);
        HoldingInput hold = new HoldingInput().roomId(UUID.fromString(room)).agencyId(unit.getId()).basis(HoldingBasis.EXISTING_USE)
                .reference("兴机管配〔2020〕3号").fromDate("2020-01-01");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> holdings.startHolding(hold, "hold-" + room), h -> h != null);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        agencies(admin).dissolveAgency(unit.getId(), "\"0\"", new AgencyDissolution().kind(DissolutionKind.DISSOLVED).effectiveOn(today).reason("机构改革撤销"));
        VacatingOrdersApi orders = api(admin, VacatingOrdersApi::new);
        VacatingOrder order = await().atMost(Duration.ofSeconds(60)).until(() -> orders.listVacatingOrders(unit.getId(), null, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertEquals(VacatingCause.DISSOLUTION, order.getCause());
        assertEquals(UUID.fromString(room), order.getRoomId());
        orders.vacateRoom(order.getId(), "\"0\"", new VacatingClosure().on(today).comment("钥匙已交回"));
        List<PoolRoom> pool = api(admin, IdlePoolApi::new).listIdlePool(null, RoomCategory.OFFICE, null, null, 500, null, null).getItems();
        assertTrue(pool.stream().anyMatch(r -> r.getRoomId().toString().equals(room)), "the vacated room is in the pool");
    }

    @Test
    @Order(11)
    void aBuildingWithAnUnclearTitleIsNotDisposedOfAndACompletedDisposalLeavesTheRegistrysTotals() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        String room = room(admin, "XQ-LGB", "兴庆区老干部活动中心", "101", "OFFICE", "50.00");
        String building = given().auth().oauth2(admin).get(gateway + "/api/v1/rooms/" + room).then().extract().path("buildingId");
        TitlesApi titles = api(admin, TitlesApi::new);
        Title title = titles.openTitle(new TitleChangeInput().buildingId(UUID.fromString(building)).state(TitleState.DISPUTED).reason("产权存在争议"));
        DisposalsApi disposals = api(admin, DisposalsApi::new);
        DisposalInput proposal = new DisposalInput().buildingId(UUID.fromString(building)).method(DisposalMethod.DEMOLISH).ground(DisposalGround.DANGEROUS)
                .groundsDetail("经鉴定为D级危房").reallocationRuledOut("危房不能调剂使用");
        ApiException unclear = await().atMost(Duration.ofSeconds(60)).until(() -> {
            try {
                disposals.proposeDisposal(proposal, null);
                return null;
            } catch (ApiException e) {
                return e.getCode() == 422 && e.getResponseBody().contains("DISPUTED") ? e : null;
            }
        }, e -> e != null);
        assertTrue(unclear.getResponseBody().contains("TITLE_NOT_CLEAR"));

        titles.changeTitleState(title.getId(), "\"" + title.getVersion() + "\"", new TitleChangeInput().state(TitleState.REGISTERED_TO_BUREAU)
                .unifiedCertificateNo("宁(2026)银川市不动产权第0099001号").registrant("兴庆区机关事务管理局").reason("争议已解决"));
        ReportsApi reports = api(admin, ReportsApi::new);
        BigDecimal before = officeArea(reports);
        Disposal proposed = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 422)
                .until(() -> disposals.proposeDisposal(proposal, "dispose-" + building), d -> d != null);
        disposals.approveDisposal(proposed.getId(), "\"0\"", new DisposalApproval().approvalReference("兴机管处〔2026〕1号"));
        disposals.completeDisposal(proposed.getId(), "\"1\"", new DisposalCompletion().completedOn(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .proceeds(BigDecimal.ZERO));
        await().atMost(Duration.ofSeconds(60)).until(() -> officeArea(reports).compareTo(before.subtract(new BigDecimal("50.00"))) == 0);
        given().auth().oauth2(admin).get(gateway + "/api/v1/buildings/" + building).then().statusCode(200).body("disposalReference",
                equalTo(proposed.getNumber()));
    }

    @Test
    @Order(12)
    void aMajorRepairTakesItsRoomsOutOfTheRecommendationsWhileItLastsAndTheRegistryRecordsItsAcceptance() throws Exception {
        String admin = DevTokens.bureauAdmin("640105");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Agency unit = agencies(admin).registerAgency(new AgencyInput().creditCode("11640105MB00001010").name("西夏区农业农村局").divisionCode("640105")
                .system(AgencySystem.GOVERNMENT).approvedStaffing(Map.of("BELOW_SECTION", 1)).actualStaff(1).officesBureau(false), "register-11640105MB00001010");
        String building = created(admin, "/api/v1/buildings", Map.of("divisionCode", "640105", "code", "XX-NY", "name", "西夏区农业农村局办公楼",
                "address", "银川市西夏区怀远路1号", "completedOn", today.minusYears(20).toString(), "storeysAbove", 3, "storeysBelow", 0,
                "grossFloorArea", "1200.00", "origin", "FISCAL_FUNDING"));
        String floor = created(admin, "/api/v1/buildings/" + building + "/floors", Map.of("label", "2"));
        String room = created(admin, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", "201", "category", "OFFICE",
                "useArea", "9.00", "status", "IDLE", "statusSince", "2025-01-01"));

        AllocationRequestsApi requests = api(admin, AllocationRequestsApi::new);
        AllocationRequestInput ask = new AllocationRequestInput().agencyId(unit.getId()).reason(RequestReason.NEW_UNIT).justification("新设机构")
                .staff(List.of(new StaffCount().rank("BELOW_SECTION").people(1))).serviceAreaAsked(BigDecimal.ZERO).equipmentAreaAsked(BigDecimal.ZERO)
                .areaAsked(new BigDecimal("9.00"));
        AllocationRequest request = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> requests.submitAllocationRequest(ask, "repair-" + unit.getId()), r -> r != null);
        await().atMost(Duration.ofSeconds(60)).until(() -> offered(requests, request.getId(), room));

        RepairProjectsApi repairs = api(admin, RepairProjectsApi::new);
        RepairDeclaration declaration = new RepairDeclaration().agencyId(unit.getId()).buildingId(UUID.fromString(building)).addRoomIdsItem(UUID.fromString(room))
                .repairClass(RepairClass.MAJOR).planYear(today.getYear() + 1).title("办公楼大修").description("屋面渗漏、管线老化")
                .grounds(List.of(RepairGround.AGEING, RepairGround.SAFETY_HAZARD)).hazardLevel(HazardLevel.HIGH)
                .items(List.of(new RepairItem().system(BuildingSystem.ENVELOPE).description("屋面防水翻新").estimatedCost(new BigDecimal("200000.00"))));
        RepairProject project = await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> repairs.declareRepair(declaration, "declare-" + building), p -> p != null);
        project = repairs.appraiseRepair(project.getId(), "\"" + project.getVersion() + "\"", new RepairAppraisal().appraisedOn(today.toString())
                .appraiser("宁夏建筑工程质量检测中心").conclusion("屋面防水失效，建议大修"));
        project = repairs.establishRepair(project.getId(), "\"" + project.getVersion() + "\"", new RepairEstablishment().approvalReference("西机管维〔2026〕1号"));
        AnnualPlansApi plans = api(admin, AnnualPlansApi::new);
        AnnualPlan plan = plans.drawUpAnnualPlan(new AnnualPlanInput().year(today.getYear() + 1).budget(new BigDecimal("500000.00")));
        assertEquals(List.of(project.getId()), plan.getFunded().stream().map(l -> l.getProjectId()).toList());
        plans.approveAnnualPlan(plan.getId(), "\"" + plan.getVersion() + "\"", new AnnualPlanApproval().approvalReference("西机管发〔2027〕1号"));
        project = repairs.getRepairProject(project.getId());
        project = repairs.startRepair(project.getId(), "\"" + project.getVersion() + "\"", new RepairStart().startedOn(today.toString())
                .contractor("宁夏某建设工程有限公司").contractCost(new BigDecimal("195000.00")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin).get(gateway + "/api/v1/rooms/" + room).then()
                .body("status", equalTo("UNDER_REPAIR")));
        await().atMost(Duration.ofSeconds(60)).until(() -> !offered(requests, request.getId(), room));

        byte[] pdf = "%PDF-1.4\n竣工验收报告\n%%EOF".getBytes(StandardCharsets.UTF_8);
        String record = given().auth().oauth2(admin).contentType("application/octet-stream").queryParam("kind", "ACCEPTANCE").queryParam("fileName", "验收报告.pdf")
                .body(pdf).post(gateway + "/api/v1/repair-projects/" + project.getId() + "/documents").then().statusCode(201).extract().path("id");
        repairs.acceptRepair(project.getId(), "\"" + project.getVersion() + "\"", new RepairAcceptance().acceptedOn(today.toString())
                .actualCost(new BigDecimal("198500.00")).addDocumentIdsItem(UUID.fromString(record)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin).get(gateway + "/api/v1/buildings/" + building).then()
                .body("lastMediumOrMajorRepairOn", equalTo(today.toString())));
        given().auth().oauth2(admin).get(gateway + "/api/v1/rooms/" + room).then().body("status", equalTo("IDLE"));
        given().auth().oauth2(admin).get(gateway + "/api/v1/buildings/" + building + "/repairs").then().statusCode(200)
                .body("[0].number", equalTo(project.getNumber())).body("[0].acceptanceDocuments[0].fileName", equalTo("验收报告.pdf"));
        await().atMost(Duration.ofSeconds(60)).until(() -> offered(requests, request.getId(), room));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin).get(gateway + "/api/v1/building-conditions/" + building).then()
                .statusCode(200).body("lastMediumOrMajorRepairOn", equalTo(today.toString())));

        // A routine repair reported done reaches the registry too, beside the major one.
        RepairProject routine = repairs.declareRepair(new RepairDeclaration().agencyId(unit.getId()).buildingId(UUID.fromString(building))
                .repairClass(RepairClass.ROUTINE).title("门锁更换").description("办公室门锁损坏").grounds(List.of(RepairGround.DAMAGE)).hazardLevel(HazardLevel.NONE)
                .items(List.of(new RepairItem().system(BuildingSystem.DECORATION).description("更换门锁2把").estimatedCost(new BigDecimal("600.00")))),
                "declare-routine-" + building);
        repairs.reportRoutineRepair(routine.getId(), "\"" + routine.getVersion() + "\"", new RoutineReport().completedOn(today.toString())
                .actualCost(new BigDecimal("560.00")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin).get(gateway + "/api/v1/buildings/" + building + "/repairs").then()
                .statusCode(200).body("find { it.number == '" + routine.getNumber() + "' }.completedOn", equalTo(today.toString()))
                .body("find { it.number == '" + routine.getNumber() + "' }.repairClass", equalTo("ROUTINE")));
    }

    @Test
    @Order(13)
    void everyForgedMalformedOrForeignTokenIs401AtTheGatewayAndAtEachServiceNeverA500() {
        Map<String, String> endpoints = Map.of(gateway, "/api/v1/rooms", "http://127.0.0.1:" + stack.ports().property(), "/api/v1/rooms",
                "http://127.0.0.1:" + stack.ports().allocation(), "/api/v1/holdings", "http://127.0.0.1:" + stack.ports().maintenance(), "/api/v1/repair-projects");
        // The platform runs as a region would, requiring the issuer's audience (ONENETWORK_JWT_AUDIENCE), so a token for another
        // system is refused like a forgery.
        Map<String, String> refused = new java.util.LinkedHashMap<>(DevTokens.forgeries("640104"));
        refused.putAll(DevTokens.wrongAudiences("640104"));
        refused.forEach((name, token) -> endpoints.forEach((base, path) -> given().auth().oauth2(token).get(base + path).then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))));
    }

    private static boolean offered(AllocationRequestsApi requests, UUID request, String room) throws ApiException {
        return requests.recommendRooms(request, 10).getItems().stream().flatMap(r -> r.getRooms().stream()).anyMatch(r -> r.getRoomId().toString().equals(room));
    }

    private static BigDecimal officeArea(ReportsApi reports) throws ApiException {
        return reports.getAreaRollup().getDivisions().stream().filter(d -> d.getDivisionCode().equals("640104")).findFirst().orElseThrow()
                .getOwn().get("OFFICE").getArea();
    }

    /** A room of a new building of 640104, registered in the registry; its id. */
    private static String room(String admin, String code, String name, String number, String category, String area) {
        String building = created(admin, "/api/v1/buildings", Map.of("divisionCode", "640104", "code", code, "name", name, "address", "银川市兴庆区",
                "storeysAbove", 4, "storeysBelow", 0, "grossFloorArea", "2000.00", "origin", "FISCAL_FUNDING"));
        String floor = created(admin, "/api/v1/buildings/" + building + "/floors", Map.of("label", "1"));
        return created(admin, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", number, "category", category,
                "useArea", area, "status", "IDLE", "statusSince", "2025-01-01"));
    }

    @Test
    @Order(14)
    void aCertificateLosesTheRoomsWhoseHoldingEndsAndAnExchangeLeavesNoRoomOnTwoValidCertificates() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        String today = today().toString();
        HoldingsApi holdings = api(admin, HoldingsApi::new);
        CertificatesApi certificates = api(admin, CertificatesApi::new);
        Agency unit = unit(admin, "640104", 201, "兴庆区地方志办公室", 2);
        String first = room(admin, "XQ-DFZ-1", "兴庆区地方志办公楼", "101", "OFFICE", "9.00");
        String second = room(admin, "XQ-DFZ-2", "兴庆区地方志档案楼", "102", "OFFICE", "9.00");
        Holding firstHolding = hold(holdings, first, unit.getId());
        Holding secondHolding = hold(holdings, second, unit.getId());
        Certificate certificate = certify(certificates, unit.getId());
        assertEquals(List.of(first, second).stream().sorted().toList(), roomsOf(certificate).stream().sorted().toList());
        String code = certificates.printCertificate(certificate.getId(), new CertificatePrinting().reason("首次发放"), "print-" + certificate.getId())
                .getVerificationCode();
        // Anonymous, as a member of the public behind the region's load balancer (the guesses of test 9 came from this test's own address).
        PublicVerificationApi publicly = anonymous(PublicVerificationApi::new, "192.0.2.14");
        assertTrue(publicly.verifyCertificate(code, certificate.getNumber()).getValid());

        holdings.endHolding(firstHolding.getId(), "\"" + firstHolding.getVersion() + "\"", new HoldingEnd().toDate(today).reason("腾退移交"));
        Certificate changed = certificates.getCertificate(certificate.getId());
        assertEquals(CertificateStatus.CHANGED, changed.getStatus());
        assertEquals(List.of(second), roomsOf(changed));
        assertTrue(publicly.verifyCertificate(code, certificate.getNumber()).getValid(), "a changed certificate still verifies");

        holdings.endHolding(secondHolding.getId(), "\"" + secondHolding.getVersion() + "\"", new HoldingEnd().toDate(today).reason("腾退移交"));
        assertEquals(CertificateStatus.CANCELLED, certificates.getCertificate(certificate.getId()).getStatus());
        assertEquals(false, publicly.verifyCertificate(code, certificate.getNumber()).getValid());

        // An exchange: what each unit gives leaves its certificate, what it receives is certified anew.
        Agency east = unit(admin, "640104", 202, "兴庆区科学技术协会", 1);
        Agency west = unit(admin, "640104", 203, "兴庆区文学艺术界联合会", 1);
        String eastRoom = room(admin, "XQ-KX", "兴庆区科协办公楼", "201", "OFFICE", "9.00");
        String westRoom = room(admin, "XQ-WL", "兴庆区文联办公楼", "301", "OFFICE", "9.00");
        Holding eastHolding = hold(holdings, eastRoom, east.getId());
        Holding westHolding = hold(holdings, westRoom, west.getId());
        Certificate eastsOld = certify(certificates, east.getId());
        Certificate westsOld = certify(certificates, west.getId());
        ExchangesApi exchanges = api(admin, ExchangesApi::new);
        Exchange exchange = exchanges.approveExchange(new ExchangeInput().reason("办公地点互换")
                .first(new ExchangeSideInput().agencyId(east.getId()).holdingIds(List.of(eastHolding.getId())))
                .second(new ExchangeSideInput().agencyId(west.getId()).holdingIds(List.of(westHolding.getId()))), "exchange-" + east.getId());
        exchanges.completeExchange(exchange.getId(), "\"" + exchange.getVersion() + "\"", new ExchangeCompletion().effectiveOn(today)
                .firstAgreement(signed(today)).secondAgreement(signed(today)));

        Map<String, List<UUID>> certifiedTo = new java.util.HashMap<>();
        for (Agency side : List.of(east, west)) {
            for (Certificate c : certificates.listCertificates(side.getId(), null, 100, null, null).getItems()) {
                if (c.getStatus() != CertificateStatus.CANCELLED && c.getStatus() != CertificateStatus.REVOKED) {
                    roomsOf(c).forEach(room -> certifiedTo.computeIfAbsent(room, r -> new ArrayList<>()).add(side.getId()));
                }
            }
        }
        assertEquals(Map.of(eastRoom, List.of(west.getId()), westRoom, List.of(east.getId())), certifiedTo,
                "each room on one valid certificate, its new holder's");
        for (Certificate old : List.of(eastsOld, westsOld)) {
            assertEquals(CertificateStatus.CANCELLED, certificates.getCertificate(old.getId()).getStatus());
        }
    }

    @Test
    @Order(15)
    void aRelocationServedByALeaseOpensVacatingOrdersForTheOldRoomsWhenTheLeasedSpaceIsTaken() throws Exception {
        // A county of its own, whose pool is empty: a lease is approved only while the pool cannot serve.
        register(DevTokens.bureauAdmin("640000"), "/api/v1/divisions", Map.of("code", "640106", "name", "金凤区", "level", "COUNTY", "parentCode", "640100"));
        String admin = DevTokens.bureauAdmin("640106");
        LocalDate today = today();
        Agency unit = unit(admin, "640106", 1, "金凤区气象局", 1);
        String old = room(admin, building(admin, "640106", "JF-QX", "金凤区气象局旧址", "FISCAL_FUNDING"), "101", "IN_USE", "2020-01-01");
        String[] premises = building(admin, "640106", "JF-ZY", "金凤区气象大厦（租用）", "LEASED");
        String leased = room(admin, premises, "501", "IDLE", "2026-01-01");
        hold(api(admin, HoldingsApi::new), old, unit.getId());

        AllocationRequestsApi requests = api(admin, AllocationRequestsApi::new);
        AllocationRequest request = requests.submitAllocationRequest(new AllocationRequestInput().agencyId(unit.getId()).reason(RequestReason.RELOCATION)
                .justification("原办公楼鉴定为危房，整体搬迁").staff(List.of(new StaffCount().rank("BELOW_SECTION").people(1)))
                .serviceAreaAsked(BigDecimal.ZERO).equipmentAreaAsked(BigDecimal.ZERO).areaAsked(new BigDecimal("9.00")), "relocate-" + unit.getId());
        requests.startAllocationRequestReview(request.getId(), "\"0\"", new RequestComment());
        requests.approveAllocationRequest(request.getId(), "\"1\"", new RequestApproval().method(AllocationMethod.LEASE)
                .ruledOut(Map.of("REALLOCATION", "公物仓无房源", "EXCHANGE", "无可置换房产")).fundingSource(FundingSource.GOVERNMENT_BUDGET));
        LeasesApi leases = api(admin, LeasesApi::new);
        LeaseInput lease = new LeaseInput().requestId(request.getId()).buildingId(UUID.fromString(premises[0])).roomIds(List.of(UUID.fromString(leased)))
                .lessor("银川某置业有限公司").startsOn(today.toString()).endsOn(today.plusYears(3).toString()).annualRent(new BigDecimal("3000.00"))
                .approvalReference("金机管租〔2026〕1号").filingReference("金机管备〔2026〕1号").agreement(signed(today.toString()));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> leases.signLease(lease, "lease-" + request.getId()), l -> l != null);

        // 建新交旧: the room the unit leaves gets its vacating order as soon as the leased room is taken.
        List<VacatingOrder> orders = api(admin, VacatingOrdersApi::new).listVacatingOrders(unit.getId(), null, null, null, null).getItems();
        assertEquals(1, orders.size());
        assertEquals(VacatingCause.RELOCATION, orders.get(0).getCause());
        assertEquals(UUID.fromString(old), orders.get(0).getRoomId());
        assertEquals(List.of(UUID.fromString(leased)), api(admin, HoldingsApi::new).listHoldings(unit.getId(), true, null, null, null).getItems().stream()
                .filter(h -> h.getBasis() == HoldingBasis.LEASE).map(Holding::getRoomId).toList());
    }

    @Test
    @Order(16)
    void aMergerWhoseSuccessorIsRegisteredOnAnotherPartitionAfterItWaitsForItAndNothingIsDeadLettered() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        String today = today().toString();
        Agency merged = unit(admin, "640104", 204, "兴庆区旧文化局", 2);
        String room = room(admin, "XQ-WHJ", "兴庆区旧文化局办公楼", "201", "OFFICE", "18.00");
        hold(api(admin, HoldingsApi::new), room, merged.getId());
        double deadLettersBefore = deadLetters();
        double awaitedBefore = metric(stack.ports().allocation(), "inbox_awaited_records_total");

        // Through the registry the successor is always registered first; on the broker the unlucky order can happen: the merger,
        // then the successor's registration on another partition. Both sent as property-service publishes them.
        int partitions = partitions("property.agencies");
        UUID successor = java.util.stream.Stream.generate(UUID::randomUUID).filter(id -> partition(id, partitions) != partition(merged.getId(), partitions))
                .findFirst().orElseThrow();
        String successorCode = creditCode("640104", 205);
        TestEvents.send(stack.kafkaBootstrap(), "property.agencies", merged.getId().toString(), UUID.randomUUID(), "cn.onenetwork.property.agency.dissolved.v1",
                """
                {"id":"%s","creditCode":"%s","name":"兴庆区旧文化局","divisionCode":"640104","level":"COUNTY","system":"GOVERNMENT",
                 "approvedStaffing":{"BELOW_SECTION":2},"dissolvedOn":"%s","dissolutionKind":"MERGED","successorId":"%s","dissolutionReason":"机构改革合并",
                 "version":1}""".formatted(merged.getId(), merged.getCreditCode(), today, successor));
        await().atMost(Duration.ofSeconds(60)).until(() -> metric(stack.ports().allocation(), "inbox_awaited_records_total") > awaitedBefore);
        VacatingOrdersApi orders = api(admin, VacatingOrdersApi::new);
        assertEquals(List.of(), orders.listVacatingOrders(merged.getId(), null, null, null, null).getItems());

        TestEvents.send(stack.kafkaBootstrap(), "property.agencies", successor.toString(), UUID.randomUUID(), "cn.onenetwork.property.agency.registered.v1",
                """
                {"id":"%s","creditCode":"%s","name":"兴庆区文化旅游广电局","divisionCode":"640104","level":"COUNTY","system":"GOVERNMENT",
                 "approvedStaffing":{"BELOW_SECTION":4},"version":0}""".formatted(successor, successorCode));
        VacatingOrder order = await().atMost(Duration.ofSeconds(60)).until(() -> orders.listVacatingOrders(merged.getId(), null, null, null, null).getItems(),
                items -> items.size() == 1).get(0);
        assertEquals(VacatingCause.MERGER, order.getCause());
        assertEquals(successor, order.getSuccessorId());
        assertEquals(UUID.fromString(room), order.getRoomId());
        assertTrue(TestEvents.readAll(stack.kafkaBootstrap(), "property.agencies.dlt", Duration.ofMillis(500)).stream()
                .noneMatch(r -> merged.getId().toString().equals(r.key()) || successor.toString().equals(r.key())), "nothing of the merger is dead-lettered");
        assertEquals(deadLettersBefore, deadLetters(), "no service dead-lettered anything");
    }

    @Test
    @Order(17)
    void aPersonTheRegistrySeatsInAnUnheldRoomTakesItOutOfThePoolUntilTheSeatIsReleased() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        String today = today().toString();
        Agency unit = unit(admin, "640104", 206, "兴庆区红十字会", 1);
        String room = room(admin, "XQ-HSZ", "兴庆区红十字会办公楼", "101", "OFFICE", "9.00");
        UUID building = UUID.fromString(given().auth().oauth2(admin).get(gateway + "/api/v1/rooms/" + room).then().extract().path("buildingId"));
        IdlePoolApi pool = api(admin, IdlePoolApi::new);
        await().atMost(Duration.ofSeconds(60)).until(() -> inPool(pool, building, room));

        StaffApi staff = api(admin, StaffApi::new);
        Person person = staff.registerPerson(new PersonInput().agencyId(unit.getId()).name("马晓燕").rankCode("BELOW_SECTION").status(PersonStatus.IN_POST)
                .statusSince("2024-01-01"));
        Seat seat = staff.assignSeat(new SeatInput().personId(person.getId()).roomId(UUID.fromString(room)).fromDate(today));
        // No unit holds the room, but someone uses it: allocation applies the registry's seats.
        await().atMost(Duration.ofSeconds(60)).until(() -> !inPool(pool, building, room));
        staff.releaseSeat(seat.getId(), new SeatRelease().toDate(today));
        await().atMost(Duration.ofSeconds(60)).until(() -> inPool(pool, building, room));
    }

    @Test
    @Order(18)
    void aCountyTightensTheRegionsAllocationFiguresNeverLoosensThemAndTheStrictestAlongTheChainAreInForce() throws Exception {
        LocalDate today = today();
        AllocationParametersApi region = api(DevTokens.bureauAdmin("640000"), AllocationParametersApi::new);
        AllocationParametersApi county = api(DevTokens.bureauAdmin("640104"), AllocationParametersApi::new);
        region.setAllocationParameters(figures(today, "55.00", 4, 2, 80, "宁机管发〔2026〕5号"));

        // Loosening what the region set (a higher rent cap) is refused, naming the figure; nothing is written.
        ApiException loosened = assertThrows(ApiException.class, () -> county.setAllocationParameters(figures(today, "58.00", 4, 2, 80, "兴机管发〔2026〕3号")));
        assertEquals(422, loosened.getCode());
        com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(loosened.getResponseBody());
        assertEquals("FIGURES_LOOSENED", problem.path("code").asText());
        assertEquals(List.of("maxMonthlyRentPerSquareMetre"), java.util.stream.StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList());
        assertEquals(List.of(), county.listAllocationParameters("640104"));

        county.setAllocationParameters(figures(today, "50.00", 6, 2, 60, "兴机管发〔2026〕3号"));
        assertFigures(county.getAllocationParametersInForce("640104", null), "50.00", 6, 2, 60);
        // A sibling county inherits the region's figures only.
        assertFigures(region.getAllocationParametersInForce("640105", null), "55.00", 4, 2, 80);
        // The city tightens the rent cap below the county's own from next month: the strictest along the chain binds the county then.
        String nextMonth = today.plusMonths(1).toString();
        api(DevTokens.bureauAdmin("640100"), AllocationParametersApi::new).setAllocationParameters(figures(today.plusMonths(1), "45.00", 4, 2, 80,
                "银机管发〔2026〕9号"));
        assertFigures(county.getAllocationParametersInForce("640104", nextMonth), "45.00", 6, 2, 60);
        assertFigures(county.getAllocationParametersInForce("640104", null), "50.00", 6, 2, 60);
    }

    @Test
    @Order(19)
    void aRoomRegisteredAndHeldReachesTheCountysStatisticsAndItsSubmittedSnapshotStaysWhenTheRegistryCorrectsIt() throws Exception {
        String admin = DevTokens.bureauAdmin("640104");
        Agency unit = unit(admin, "640104", 91, "兴庆区审计局", 12);
        String[] place = building(admin, "640104", "XQ-SJ", "兴庆区审计局办公楼", "FISCAL_FUNDING");
        String room = room(admin, place, "301", "IN_USE", "2020-01-01");
        hold(api(admin, HoldingsApi::new), room, unit.getId());

        StatisticsApi statistics = api(admin, StatisticsApi::new);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            OfficeSpaceRow row = statistics.getStatisticsTables(null, null).getOfficeSpace().getRows().stream()
                    .filter(r -> r.getBuildingId().toString().equals(place[0])).findFirst().orElseThrow();
            assertEquals("兴庆区审计局", row.getAgencyName());
            assertEquals(0, new BigDecimal("9.00").compareTo(row.getOfficeUseArea()));
            assertEquals(12, row.getApprovedStaffingTotal());
        });

        int year = today().getYear();
        StatisticsSubmission draft = statistics.prepareStatisticsSubmission(new PrepareSubmission().reportingYear(year));
        StatisticsSubmission submitted = statistics.submitStatisticsSubmission(draft.getId(), "\"" + draft.getVersion() + "\"",
                new SubmitSubmission().filledBy("马晓红").phone("0951-6012345").signedOffBy("李建国"));
        assertEquals(SubmissionStatus.SUBMITTED, submitted.getStatus());

        Room current = api(admin, RoomsApi::new).getRoom(UUID.fromString(room));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"" + current.getVersion() + "\"")
                .body(Map.of("buildingId", place[0], "floorId", place[1], "number", "301", "category", "OFFICE", "useArea", "12.50", "status", "IN_USE",
                        "statusSince", "2020-01-01")).put(gateway + "/api/v1/rooms/" + room).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertTrue(statistics.getStatisticsSnapshotChanges(submitted.getId()).getChanges().stream()
                .anyMatch(c -> "officeUseArea".equals(c.getField()) && "9.00".equals(c.getSubmitted()) && "12.50".equals(c.getLive())), "the change is listed"));
        assertTrue(statistics.verifyStatisticsSnapshot(submitted.getId()).getIntact());
        assertEquals(submitted.getSnapshotSha256(), statistics.getStatisticsSubmission(submitted.getId()).getSnapshotSha256());

        StatisticsApi city = api(DevTokens.bureauAdmin("640100"), StatisticsApi::new);
        assertEquals(SubmissionStatus.ACCEPTED, city.acceptStatisticsSubmission(submitted.getId(), "\"" + submitted.getVersion() + "\"").getStatus());
        StatisticsChildFigures xingqing = city.getStatisticsRollup(year, null).getChildren().stream().filter(c -> "640104".equals(c.getDivisionCode()))
                .findFirst().orElseThrow();
        assertEquals(FiguresSource.ACCEPTED, xingqing.getSource());
        ApiException foreign = assertThrows(ApiException.class, () -> api(DevTokens.bureauAdmin("640105"), StatisticsApi::new)
                .getStatisticsSubmission(submitted.getId()));
        assertEquals(404, foreign.getCode());
    }

    private static AllocationParametersInput figures(LocalDate from, String rentCap, int lead, int vacating, int promise, String source) {
        return new AllocationParametersInput().effectiveFrom(from.toString()).maxMonthlyRentPerSquareMetre(new BigDecimal(rentCap))
                .leaseReminderLeadMonths(lead).vacatingDeadlineMonths(vacating).promiseExpiryDays(promise).source(source);
    }

    private static void assertFigures(AllocationFiguresInForce inForce, String rentCap, int lead, int vacating, int promise) {
        assertEquals(0, new BigDecimal(rentCap).compareTo(inForce.getMaxMonthlyRentPerSquareMetre()), "rent cap " + inForce.getMaxMonthlyRentPerSquareMetre());
        assertEquals(List.of(lead, vacating, promise), List.of(inForce.getLeaseReminderLeadMonths(), inForce.getVacatingDeadlineMonths(),
                inForce.getPromiseExpiryDays()));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A unit registered in the registry with {@code people} approved posts below section level, its credit code numbered {@code serial}. */
    private static Agency unit(String admin, String division, int serial, String name, int people) throws ApiException {
        String code = creditCode(division, serial);
        return agencies(admin).registerAgency(new AgencyInput().creditCode(code).name(name).divisionCode(division).system(AgencySystem.GOVERNMENT)
                .approvedStaffing(Map.of("BELOW_SECTION", people)).actualStaff(people).officesBureau(false), "register-" + code);
    }

    /** 统一社会信用代码 of a 机关 (11) of the division: serial number, check character computed as GB 32100 does. */
    private static String creditCode(String division, int serial) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String first17 = "11" + division + "MB" + "%07d".formatted(serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    /** An existing holding of the room from 2020, once allocation has the room and the unit from the registry. */
    private static Holding hold(HoldingsApi holdings, String room, UUID unit) {
        HoldingInput input = new HoldingInput().roomId(UUID.fromString(room)).agencyId(unit).basis(HoldingBasis.EXISTING_USE)
                .reference("兴机管配〔2020〕9号").fromDate("2020-01-01");
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptionsMatching(e -> e instanceof ApiException a && a.getCode() == 404)
                .until(() -> holdings.startHolding(input, "hold-" + room), h -> h != null);
    }

    /** The unit's current holdings certified, as a bureau does for what predates the platform. */
    private static Certificate certify(CertificatesApi certificates, UUID unit) throws ApiException {
        Certificate certificate = certificates.issueCertificate(new CertificateIssue().agencyId(unit).agreement(signed(today().toString())), "certify-" + unit);
        assertEquals(CertificateStatus.ISSUED, certificate.getStatus());
        return certificate;
    }

    private static UseAgreementSigning signed(String on) {
        return new UseAgreementSigning().signedOn(on).unitSignatory("王建国").bureauSignatory("李文华");
    }

    private static List<String> roomsOf(Certificate certificate) {
        return certificate.getRooms().stream().map(r -> r.getRoomId().toString()).toList();
    }

    private static boolean inPool(IdlePoolApi pool, UUID building, String room) throws ApiException {
        return pool.listIdlePool(building, null, null, null, 100, null, null).getItems().stream().anyMatch(r -> r.getRoomId().toString().equals(room));
    }

    /** A building of the division registered in the registry, with one floor: the building's id and the floor's. */
    private static String[] building(String admin, String division, String code, String name, String origin) {
        String building = created(admin, "/api/v1/buildings", Map.of("divisionCode", division, "code", code, "name", name, "address", "银川市金凤区",
                "storeysAbove", 6, "storeysBelow", 0, "grossFloorArea", "3000.00", "origin", origin));
        return new String[] {building, created(admin, "/api/v1/buildings/" + building + "/floors", Map.of("label", "1"))};
    }

    /** A 9 m² office on the building's floor, registered in the registry; its id. */
    private static String room(String admin, String[] buildingAndFloor, String number, String status, String since) {
        return created(admin, "/api/v1/rooms", Map.of("buildingId", buildingAndFloor[0], "floorId", buildingAndFloor[1], "number", number,
                "category", "OFFICE", "useArea", "9.00", "status", status, "statusSince", since));
    }

    /** A client without a token, from the address a trusted proxy names in X-Forwarded-For. */
    private static <T> T anonymous(Function<ApiClient, T> api, String address) {
        ApiClient client = new ApiClient();
        client.setBasePath(gateway);
        client.addDefaultHeader("X-Forwarded-For", address);
        return api.apply(client);
    }

    private static int partitions(String topic) {
        java.util.Properties props = new java.util.Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            return producer.partitionsFor(topic).size();
        }
    }

    /** The partition the producer's default partitioner gives a key. */
    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Events dead-lettered by every service's inbox so far. */
    private static double deadLetters() {
        return List.of(stack.ports().property(), stack.ports().allocation(), stack.ports().maintenance(), stack.ports().supervision()).stream()
                .mapToDouble(port -> metric(port, "inbox_dead_letters_total")).sum();
    }

    @Test
    @Order(97)
    void everyOperationRefusesNulCharactersLooseTypesAndDotSegmentsWith400() throws Exception {
        LiveContract.Report report = new LiveContract(ROOT, gateway).hostile(DevTokens.bureauAdmin("640104"), Map.of("code", "640104"));
        assertEquals(List.of(), report.nonConforming());
        assertTrue(report.checked() > 500, "hostile calls checked: " + report.checked());
    }

    @Test
    @Order(98)
    void everyOperationAnswersAsThePublishedDocumentSays() throws Exception {
        Map<String, String> readers = new java.util.LinkedHashMap<>();
        readers.put("auditor 640000", DevTokens.auditor("640000"));
        readers.put("bureau 640104", DevTokens.bureauAdmin("640104"));
        readers.put("unit 11640104MB0000001U", DevTokens.agencyUser("640104", "11640104MB0000001U"));
        LiveContract.Report report = new LiveContract(ROOT, gateway).check(readers, DevTokens.bureauAdmin("640104"), Map.of("code", "640104"));
        assertEquals(List.of(), report.nonConforming());
        assertTrue(report.checked() > 150, "answers checked: " + report.checked());
    }

    @Test
    @Order(99)
    void everyEventPublishedInTheseTestsConformsToItsAsyncApiPayloadSchema() {
        EventCatalog catalog = new EventCatalog(ROOT);
        List<ConsumerRecord<String, String>> records = TestEvents.readAll(stack.kafkaBootstrap(), catalog.topics(), Duration.ofSeconds(1));
        assertTrue(records.size() > 10, "events read: " + records.size());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> nonConforming = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (ConsumerRecord<String, String> record : records) {
            String type = TestEvents.header(record, "ce_type");
            // Events the tests themselves send on the registry's topics (in place of another service) are not the registry's.
            if (!"/one-network/test".equals(TestEvents.header(record, "ce_source"))) {
                types.add(type);
                try {
                    catalog.violations(type, json.readTree(record.value())).forEach(v -> nonConforming.add(type + " " + record.key() + ": " + v));
                } catch (java.io.IOException e) {
                    nonConforming.add(type + " " + record.key() + ": not JSON");
                }
            }
        }
        assertEquals(List.of(), nonConforming);
        assertTrue(types.containsAll(List.of("cn.onenetwork.property.agency.registered.v1", "cn.onenetwork.property.room.registered.v1",
                "cn.onenetwork.allocation.holding.started.v1", "cn.onenetwork.property.compliance-finding.opened.v1")), types.toString());
    }

    private static double metric(int port, String name) {
        return given().get("http://127.0.0.1:" + port + "/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(name)).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(5)
    void productionRefusesTheDevelopmentKey() throws Exception {
        Path jar = ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the prod gateway should stop by itself");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("Refusing to start: the prod profile verifies tokens with the DEVELOPMENT key"), output);
    }

    /** Registers through the client generated from the gateway's merged OpenAPI document, as an agency system would. */
    private static String registerAgency(String creditCode, String name) throws ApiException {
        String division = creditCode.substring(2, 8);
        AgencyInput input = new AgencyInput().creditCode(creditCode).name(name).divisionCode(division).system(AgencySystem.GOVERNMENT)
                .approvedStaffing(Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 8)).actualStaff(9).officesBureau(false);
        Agency agency = agencies(DevTokens.bureauAdmin(division)).registerAgency(input, "register-" + creditCode);
        assertEquals(AdministrativeLevel.COUNTY, agency.getLevel());
        return agency.getId().toString();
    }

    private static AgenciesApi agencies(String token) {
        return api(token, AgenciesApi::new);
    }

    private static <T> T api(String token, Function<ApiClient, T> api) {
        ApiClient client = new ApiClient();
        client.setBasePath(gateway);
        client.addDefaultHeader("Authorization", "Bearer " + token);
        return api.apply(client);
    }

    private static List<ComplianceFinding> unitFindings(ComplianceApi compliance, String agencyCode, FindingStatus status) throws ApiException {
        return compliance.listComplianceFindings(agencyCode, null, null, null, null, null, Rule.UNIT_OFFICE_OVER_ENTITLEMENT, status).getItems();
    }

    private static String created(String token, String path, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(gateway + path).then().statusCode(201).extract().path("id");
    }

    private static void awaitInReadModels(String id, String name) {
        String auditor = DevTokens.auditor("640000");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().auth().oauth2(auditor).get(gateway + "/api/v1/user-units/" + id).then().statusCode(200).body("name", equalTo(name));
            given().auth().oauth2(auditor).get(gateway + "/api/v1/declaring-units/" + id).then().statusCode(200).body("name", equalTo(name));
        });
    }

    @Test
    @Order(19)
    void theSameRequestAnswersInChineseByDefaultAndInEnglishOnRequestWithTheSameCodeAndFindingsLikewise() {
        String admin = DevTokens.bureauAdmin("640104");
        // A platform problem, a validation problem and a business rule, each in both languages through the gateway.
        for (Object[] request : new Object[][] {
                {"GET", "/api/v1/rooms?limit=0", null, 400, "INVALID_LIMIT"},
                {"POST", "/api/v1/allocation-parameters", Map.of("source", "x"), 400, "VALIDATION_FAILED"},
                {"POST", "/api/v1/allocation-parameters", Map.of("effectiveFrom", today().minusDays(1).toString(), "maxMonthlyRentPerSquareMetre", "10",
                        "leaseReminderLeadMonths", 6, "vacatingDeadlineMonths", 1, "promiseExpiryDays", 10, "source", "x"), 422, "FIGURES_BACK_DATED"}}) {
            io.restassured.response.ExtractableResponse<io.restassured.response.Response> chinese = answer(admin, request, null);
            io.restassured.response.ExtractableResponse<io.restassured.response.Response> english = answer(admin, request, "en-GB,en;q=0.9,zh;q=0.2");
            for (io.restassured.response.ExtractableResponse<io.restassured.response.Response> a : List.of(chinese, english)) {
                assertEquals(request[3], a.statusCode(), request[1] + ": " + a.asString());
                assertEquals(request[4], a.path("code"), request[1] + ": " + a.asString());
            }
            assertEquals("zh-CN", chinese.header("Content-Language"));
            assertEquals("en", english.header("Content-Language"));
            assertTrue(han(chinese.path("title")) && han(chinese.path("detail")), chinese.asString());
            assertFalse(han(english.path("title")) || han(english.path("detail")), english.asString());
            List<String> zhMessages = chinese.path("errors.message");
            List<String> enMessages = english.path("errors.message");
            assertEquals(zhMessages.size(), enMessages.size());
            assertTrue(zhMessages.stream().allMatch(PlatformIT::han) && enMessages.stream().noneMatch(PlatformIT::han), zhMessages + " / " + enMessages);
        }
        // A compliance finding's detail is data rendered in the reader's language, the same finding, the same rule.
        String auditor = DevTokens.auditor("640000");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> zh = given().auth().oauth2(auditor)
                .get(gateway + "/api/v1/compliance-findings?limit=5").then().statusCode(200).header("Content-Language", "zh-CN").extract();
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> en = given().auth().oauth2(auditor).header("Accept-Language", "en")
                .get(gateway + "/api/v1/compliance-findings?limit=5").then().statusCode(200).header("Content-Language", "en").extract();
        List<String> ids = zh.path("items.id");
        assertFalse(ids.isEmpty(), "findings to read");
        assertEquals(ids, en.path("items.id"));
        assertEquals((List<String>) zh.path("items.rule"), en.path("items.rule"));
        List<String> zhDetails = zh.path("items.detail");
        List<String> enDetails = en.path("items.detail");
        assertTrue(zhDetails.stream().allMatch(PlatformIT::han), zhDetails.toString());
        assertTrue(enDetails.stream().noneMatch(d -> d.matches(".*(办公室|超标|平方米).*")), enDetails.toString());
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> answer(String token, Object[] request, String language) {
        io.restassured.specification.RequestSpecification spec = given().auth().oauth2(token);
        if (language != null) {
            spec = spec.header("Accept-Language", language);
        }
        if (request[2] != null) {
            spec = spec.contentType(ContentType.JSON).body(request[2]);
        }
        return (request[0].equals("GET") ? spec.get(gateway + request[1]) : spec.post(gateway + request[1])).then().extract();
    }

    private static boolean han(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void register(String token, String path, Map<String, ?> body) {
        int status = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(gateway + path).statusCode();
        assertEquals(201, status, "POST " + path);
    }
}
