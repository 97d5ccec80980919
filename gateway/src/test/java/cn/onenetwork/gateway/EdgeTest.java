package cn.onenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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

    @TestHTTPResource("/")
    URI root;

    @Test
    @Order(1)
    void aFiftyMegabyteImportStreamsThroughWhileTheGatewaysHeapStaysFlat() throws Exception {
        long total = 50L * 1024 * 1024;
        long pauseAt = 40L * 1024 * 1024;
        long baseline = heapAfterCollection();
        long[] heapMidway = {-1};
        EdgeUpstreams.RECEIVED.set(0);
        // At 40 MB sent, the upload waits until the upstream has most of it: a gateway holding the body would never pass it on.
        InputStream body = new GeneratedBody(total, pauseAt, () -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> EdgeUpstreams.RECEIVED.get() >= pauseAt - 8L * 1024 * 1024);
            heapMidway[0] = heapAfterCollection();
        });
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve("/api/v1/room-imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), total)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"received\":" + total), response.body());
        assertTrue(heapMidway[0] >= 0, "the upstream received 32 MB while the caller was still sending");
        long growth = heapMidway[0] - baseline;
        assertTrue(growth < 16L * 1024 * 1024, "heap grew by " + growth / 1024 + " kB with 40 MB in flight");
    }

    @Test
    @Order(1)
    void eachRouteLimitsBodiesByKindAndAnswers413AsAProblem() {
        byte[] json = new byte[2 * 1024 * 1024];
        Arrays.fill(json, (byte) ' ');
        given().auth().oauth2(token).contentType("application/json").body(json).post("/api/v1/rooms").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE")).body("detail", containsString("1048576"));
        // A document on an ordinary route may be 24 MB; only the import routes take 64 MB.
        byte[] document = new byte[25 * 1024 * 1024];
        given().auth().oauth2(token).contentType("application/pdf").body(document).post("/api/v1/titles/7/documents").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("25165824"));
        given().auth().oauth2(token).contentType("application/pdf").body(new byte[1024]).post("/api/v1/titles/7/documents").then().statusCode(200)
                .body("received", equalTo(1024));
    }

    @Test
    void theGatewaysOwnProblemsAreChineseByDefaultAndEnglishOnRequestWithTheSameCode() {
        given().get("/api/v1/rooms").then().statusCode(401).contentType("application/problem+json").header("Content-Language", "zh-CN")
                .body("code", equalTo("UNAUTHENTICATED")).body("title", equalTo("未认证")).body("detail", equalTo("需要提供 Bearer 令牌"));
        given().header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.1").get("/api/v1/rooms").then().statusCode(401).header("Content-Language", "en")
                .body("code", equalTo("UNAUTHENTICATED")).body("title", equalTo("Unauthenticated")).body("detail", equalTo("A bearer token is required"));
        given().header("Accept-Language", "fr").auth().oauth2(token).get("/api/v1/nowhere").then().statusCode(404).header("Content-Language", "zh-CN")
                .body("code", equalTo("NOT_FOUND")).body("detail", equalTo("/api/v1/nowhere 处没有接口"));
    }

    @Test
    void everyEnumValueHasItsChineseAndEnglishLabelForAnyCaller() {
        given().get("/api/v1/labels").then().statusCode(200).contentType("application/json")
                .body("enums.RoomCategory.OFFICE.zh-CN", equalTo("办公室")).body("enums.RoomCategory.OFFICE.en", equalTo("Office"))
                .body("enums.AllocationMethod.REALLOCATION.zh-CN", equalTo("调剂")).body("enums.RepairClass.MAJOR.zh-CN", equalTo("大修"));
        // An encoded dot-segment is no path to them, nor to anything else behind the gateway.
        for (String path : List.of("/api/v1/labels/%2e%2e/labels", "/api/v1/rooms/%2E%2E/rooms")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                    .body("errors[0].field", equalTo("path"));
        }
    }

    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes made as they are read, never held; once, at {@code pauseAt}, the reader runs {@code atPause} before going on. */
    private static final class GeneratedBody extends InputStream {
        private final long total;
        private final long pauseAt;
        private final Runnable atPause;
        private long produced;

        GeneratedBody(long total, long pauseAt, Runnable atPause) {
            this.total = total;
            this.pauseAt = pauseAt;
            this.atPause = atPause;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (produced >= total) {
                return -1;
            }
            long end = produced < pauseAt ? pauseAt : total;
            int n = (int) Math.min(length, end - produced);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            produced += n;
            if (produced == pauseAt) {
                atPause.run();
            }
            return n;
        }
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
    @Order(3)
    void aRetryEndsWithinTheRoutesTimeout() {
        long start = System.nanoTime();
        given().auth().oauth2(token).get("/api/v1/lagging/items").then().statusCode(504).contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_TIMEOUT"));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(2, EdgeUpstreams.LAGGING_CONNECTIONS.get(), "dropped after 1 s, then retried once");
        // The retry waits only what remains of the route's 3 s; a timeout started afresh would answer after 4 s.
        assertTrue(elapsedMillis < 3_600, elapsedMillis + " ms");
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
        given().get("/q/metrics").then().statusCode(200).body(containsString("gateway_upstream_breaker"))
                .body(containsString("gateway_requests_seconds_count{method=\"POST\",route=\"registry-imports\",status=\"200\",upstream=\"property\"}"))
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",route=\"maintenance\",status=\"503\",upstream=\"maintenance\"}"))
                .body(containsString("gateway_requests_seconds_bucket{method=\"GET\",route=\"registry\",status=\"504\",upstream=\"property\""));
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
