package cn.onenetwork.allocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Input the converters used to let through, refused as 400 before it reaches a rule or the database. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StrictInputApiTest {

    private static final String ADMIN = DevTokens.bureauAdmin("640181");

    @Test
    void looseQueryParametersAre400NamingTheParameter() {
        for (String[] call : new String[][] {{"/api/v1/idle-pool", "minArea", "abc"}, {"/api/v1/idle-pool", "minArea", "1e309"},
                {"/api/v1/idle-pool", "minArea", "NaN"}, {"/api/v1/leases", "expiring", "maybe"}, {"/api/v1/holdings", "current", "yes"},
                {"/api/v1/vacating-orders", "overdue", "x1"}, {"/api/v1/holdings", "limit", "1.5"}, {"/api/v1/holdings", "agencyId", "not-a-uuid"},
                {"/api/v1/certificates", "status", "issued"}}) {
            given().auth().oauth2(ADMIN).urlEncodingEnabled(false).queryParam(call[1], call[2]).get(call[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER")).body("errors[0].field", equalTo(call[1]));
        }
    }

    @Test
    void aNulCharacterAnywhereIs400() {
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get("/api/v1/certificates?number=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("number")).body("detail", containsString("U+0000"));
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get("/api/v1/holdings/a%00b").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(holding("\"reference\":\"a\\u0000b\",\"fromDate\":\"2026-01-01\""))
                .post("/api/v1/holdings").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("reference"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void aJsonNumberIsNeitherTextNorADateAndAnEmptyStringIsNotAbsent() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(holding("\"reference\":12345,\"fromDate\":\"2026-01-01\"")).post("/api/v1/holdings")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("detail", containsString("reference"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(holding("\"reference\":\"x\",\"fromDate\":12345")).post("/api/v1/holdings")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("detail", containsString("fromDate"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(holding("\"reference\":\"x\",\"fromDate\":\"2026-01-01\",\"approvedUse\":\"\""))
                .post("/api/v1/holdings").then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("detail", containsString("approvedUse"));
    }

    @Test
    void anEncodedDotSegmentIsNeverResolved() {
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get("/api/v1/holdings/%2e%2e/rooms").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"));
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get("/api/v1/holdings/%2E").then().statusCode(400);
    }

    private static String holding(String fields) {
        return "{\"roomId\":\"" + UUID.randomUUID() + "\",\"agencyId\":\"" + UUID.randomUUID() + "\",\"basis\":\"EXISTING_USE\"," + fields + "}";
    }
}
