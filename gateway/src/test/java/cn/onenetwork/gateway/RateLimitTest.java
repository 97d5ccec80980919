package cn.onenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import cn.onenetwork.dev.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true)
class RateLimitTest {

    /**
     * Three requests at once, then one every 100 s: the fourth in a row is refused. Imports and anonymous verifications have
     * tighter limits of their own.
     */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onenetwork.gateway.rate-limit.per-second", "0.01", "onenetwork.gateway.rate-limit.burst", "3",
                    "onenetwork.gateway.routes.registry-imports.rate-limit.per-second", "0.01", "onenetwork.gateway.routes.registry-imports.rate-limit.burst", "1",
                    "onenetwork.gateway.routes.certificate-verification.rate-limit.per-second", "0.01",
                    "onenetwork.gateway.routes.certificate-verification.rate-limit.burst", "2");
        }
    }

    @Test
    void aCallerBeyondItsRateGets429WithRetryAfterWhileOthersPass() {
        String busy = DevTokens.bureauAdmin("640104");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(busy).get("/api/v1/agencies").then().statusCode(200);
        }
        given().auth().oauth2(busy).get("/api/v1/agencies").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[0-9]+")).body("code", equalTo("RATE_LIMITED")).body("status", equalTo(429));
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).get("/api/v1/agencies").then().statusCode(200);
    }

    @Test
    void aRouteWithItsOwnRateRefusesBeyondItWhileTheCallersOtherRoutesPass() {
        String importer = DevTokens.bureauAdmin("640106");
        given().auth().oauth2(importer).contentType("text/csv").body("number\n101\n").post("/api/v1/room-imports").then().statusCode(200);
        given().auth().oauth2(importer).contentType("text/csv").body("number\n102\n").post("/api/v1/room-imports").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("[0-9]+")).body("code", equalTo("RATE_LIMITED"))
                .body("detail", containsString("在此路径上"));
        given().auth().oauth2(importer).get("/api/v1/rooms").then().statusCode(200);
    }

    @Test
    void onlyTheNamedAnonymousRouteGoesThroughWithoutATokenLimitedPerAddress() {
        String verification = "/api/v1/certificate-verifications?number=640104-PZ-2026-0001&code=K7M2Q9TXWB";
        given().get(verification).then().statusCode(200).body("uri", equalTo(verification)).body("authorization", equalTo("null"));
        given().get(verification).then().statusCode(200);
        given().get(verification).then().statusCode(429).contentType("application/problem+json").header("Retry-After", matchesPattern("[0-9]+"))
                .body("code", equalTo("RATE_LIMITED"));
        // Another client behind the load balancer has its own bucket.
        given().header("X-Forwarded-For", "203.0.113.9").get(verification).then().statusCode(200);
        given().get("/api/v1/certificates").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/certificate-verifications-and-more").then().statusCode(404).contentType("application/problem+json");
    }
}
