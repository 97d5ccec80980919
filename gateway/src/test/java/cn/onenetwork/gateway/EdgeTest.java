package cn.onenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The gateway as an edge: streamed bodies and their limits, timeouts, retries, the breaker, readiness and malformed tokens. */
@QuarkusTest
@QuarkusTestResource(value = EdgeUpstreams.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeTest {

    private final String token = DevTokens.bureauAdmin("640000");

    @Test
    @Order(1)
    void aFiftyMegabyteImportStreamsThroughAndATwoMegabyteJsonBodyIsRefused() {
        byte[] csv = new byte[50 * 1024 * 1024];
        Arrays.fill(csv, (byte) 'x');
        given().auth().oauth2(token).contentType("text/csv").body(csv).post("/api/v1/room-imports").then().statusCode(200)
                .body("received", equalTo(csv.length));
        byte[] json = new byte[2 * 1024 * 1024];
        Arrays.fill(json, (byte) ' ');
        given().auth().oauth2(token).contentType("application/json").body(json).post("/api/v1/rooms").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    @Order(2)
    void anUpstreamSilentPastTheRoutesTimeoutIs504() {
        given().auth().oauth2(token).get("/api/v1/rooms/slow").then().statusCode(504).contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_TIMEOUT"));
    }

    @Test
    @Order(3)
    void aGetIsRetriedOnceOnADroppedConnectionAndAPostNever() {
        EdgeUpstreams.FLAKY_CONNECTIONS.set(0);
        given().auth().oauth2(token).get("/api/v1/holdings").then().statusCode(200).body("answered", equalTo(true));
        assertEquals(2, EdgeUpstreams.FLAKY_CONNECTIONS.get(), "dropped once, answered on the retry");
        EdgeUpstreams.FLAKY_CONNECTIONS.set(0);
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/holdings").then().statusCode(502)
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        assertEquals(1, EdgeUpstreams.FLAKY_CONNECTIONS.get(), "a POST is not sent twice");
    }

    @Test
    @Order(4)
    void aDeadUpstreamOpensItsBreakerAndReadinessNamesItUntilItIsBack() throws Exception {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/repair-projects").then().statusCode(502);
        }
        given().auth().oauth2(token).get("/api/v1/repair-projects").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("code", equalTo("UPSTREAM_CIRCUIT_OPEN"));
        given().get("/q/health/ready").then().statusCode(503).body("checks.find { it.name == 'upstreams' }.data.maintenance", containsString("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.property", containsString("UP"));
        given().get("/q/health/live").then().statusCode(200);

        EdgeUpstreams.startMaintenance();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/repair-projects").then().statusCode(200));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("gateway_requests_seconds_count")).body(containsString("gateway_upstream_breaker"));
    }

    @Test
    @Order(5)
    void everyForgedOrMalformedTokenIs401NeverA500() {
        for (Map.Entry<String, String> forged : DevTokens.forgeries("640104").entrySet()) {
            var response = given().auth().oauth2(forged.getValue()).get("/api/v1/rooms").then().extract();
            assertEquals(401, response.statusCode(), forged.getKey());
            assertEquals("UNAUTHENTICATED", response.path("code"), forged.getKey());
            assertEquals("Bearer", response.header("WWW-Authenticate"), forged.getKey());
        }
    }
}
