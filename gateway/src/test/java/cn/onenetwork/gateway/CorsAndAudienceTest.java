package cn.onenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A region that serves browser clients from its own origin, whose issuer sets an audience, whose load balancer is
 * 192.0.2.10 and whose clocks agree to the second.
 */
@QuarkusTest
@TestProfile(CorsAndAudienceTest.RegionEdge.class)
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true)
class CorsAndAudienceTest {

    private static final String PORTAL = "https://oa.yinchuan.example";

    public static class RegionEdge implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A clock skew of 1 s (smallrye ignores 0 and keeps its 60 s), so that expiry shows within the test.
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", PORTAL, "mp.jwt.verify.audiences", DevTokens.AUDIENCE,
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10", "mp.jwt.verify.clock.skew", "1");
        }
    }

    @Test
    void theConfiguredOriginIsAllowedAndNoOther() {
        given().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/agencies").then().statusCode(200).header("Access-Control-Allow-Origin", PORTAL);
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").options("/api/v1/agencies").then()
                .statusCode(403);
    }

    @Test
    void aTokenWithoutTheAudienceIsRefused() {
        given().auth().oauth2(DevTokens.bureauAdmin("640000")).get("/api/v1/agencies").then().statusCode(200);
        DevTokens.wrongAudiences("640000").forEach((name, token) -> given().auth().oauth2(token).get("/api/v1/agencies").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED")));
    }

    @Test
    void aClientThatIsNotTheLoadBalancerCannotNameAnotherAddress() {
        given().auth().oauth2(DevTokens.bureauAdmin("640000")).header("X-Forwarded-For", "203.0.113.7").get("/api/v1/agencies").then().statusCode(200)
                .body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String shortLived = DevTokens.mint("bureau-640000", "640000", null, Duration.ofSeconds(2), "BUREAU_ADMIN");
        given().auth().oauth2(shortLived).get("/api/v1/agencies").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/api/v1/agencies").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(shortLived).get("/api/v1/agencies").then().extract().statusCode() == 401);
        given().auth().oauth2(shortLived).get("/api/v1/agencies").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
