package cn.onenetwork.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.client.ApiClient;
import cn.onenetwork.client.ApiException;
import cn.onenetwork.client.api.AgenciesApi;
import cn.onenetwork.client.model.AdministrativeLevel;
import cn.onenetwork.client.model.Agency;
import cn.onenetwork.client.model.AgencyInput;
import cn.onenetwork.client.model.AgencySystem;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.localstack.LocalStack;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
                FreePorts.next(), FreePorts.next(), FreePorts.next());
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
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new AgenciesApi(client);
    }

    private static void awaitInReadModels(String id, String name) {
        String auditor = DevTokens.auditor("640000");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().auth().oauth2(auditor).get(gateway + "/api/v1/user-units/" + id).then().statusCode(200).body("name", equalTo(name));
            given().auth().oauth2(auditor).get(gateway + "/api/v1/declaring-units/" + id).then().statusCode(200).body("name", equalTo(name));
        });
    }

    private static void register(String token, String path, Map<String, ?> body) {
        int status = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(gateway + path).statusCode();
        assertEquals(201, status, "POST " + path);
    }
}
