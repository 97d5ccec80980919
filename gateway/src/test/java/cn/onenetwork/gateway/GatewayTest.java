package cn.onenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true)
class GatewayTest {

    @Test
    void forwardsToTheOwningServiceWithTokenBodyAndRequestId() {
        String token = DevTokens.bureauAdmin("640000");
        given().auth().oauth2(token).header("X-Request-Id", "req-42").contentType(ContentType.JSON).body("{\"name\":\"兴庆区\"}")
                .post("/api/v1/agencies?limit=5")
                .then().statusCode(200)
                .header("X-Request-Id", "req-42")
                .header("ETag", "\"4\"")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/agencies?limit=5"))
                .body("authorization", equalTo("Bearer " + token))
                .body("requestId", equalTo("req-42"))
                .body("forwardedHost", startsWith("localhost"))
                .body("body.name", equalTo("兴庆区"));
    }

    @Test
    void aLoadBalancerAmongTheTrustedProxiesNamesTheClientsAddress() {
        given().auth().oauth2(DevTokens.auditor("640000")).header("X-Forwarded-For", "203.0.113.7").get("/api/v1/divisions/640000").then()
                .statusCode(200).body("forwardedFor", equalTo("203.0.113.7"));
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/divisions/640000").then().statusCode(200).body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void generatesARequestIdWhenTheCallerSendsNone() {
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/divisions/640000")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void upstreamStatusesPassThrough() {
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/agencies/missing").then().statusCode(404);
    }

    @Test
    void rejectsMissingExpiredAndForgedTokensBeforeForwarding() {
        given().get("/api/v1/agencies").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(DevTokens.expired("640000")).get("/api/v1/agencies").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(DevTokens.signedByStranger("640000")).get("/api/v1/agencies").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/agencies").then().statusCode(401);
    }

    @Test
    void unknownPathsAndUnreachableServicesAreProblems() {
        String token = DevTokens.auditor("640000");
        given().auth().oauth2(token).get("/api/v1/agencies-and-more").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(token).get("/api/v1/nothing").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(token).get("/api/v1/declaring-units/x").then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
    }

    @Test
    void servesOneMergedOpenApiDocument() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/agencies"))
                .body("paths", hasKey("/api/v1/user-units/{id}"))
                .body("paths", hasKey("/api/v1/declaring-units/{id}"))
                .body("paths", hasKey("/api/v1/statistics-submissions/{id}/snapshot"))
                .body("paths.'/api/v1/agencies'.post.operationId", equalTo("registerAgency"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", not(hasKey("SecurityScheme")));
    }

    @Test
    void everyErrorOfEveryOperationIsDocumentedAsAProblem() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract().asString());
        java.util.List<String> undocumented = new java.util.ArrayList<>();
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        java.util.List<String> anonymous = new java.util.ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode op = operation.getValue();
            if (op.path("operationId").asText().isEmpty() || !operationIds.add(op.path("operationId").asText()) || op.path("summary").asText().isEmpty()
                    || op.path("description").asText().isEmpty()) {
                undocumented.add(path.getKey() + " " + operation.getKey() + " lacks a unique operationId, a summary or a description");
            }
            // Conventions the filter writes once for every operation (docs/api-conventions.md).
            op.path("parameters").forEach(parameter -> {
                if (parameter.path("name").asText().equals("If-Match") && !parameter.path("required").asBoolean()) {
                    undocumented.add(path.getKey() + " " + operation.getKey() + " If-Match not required");
                }
                if (parameter.path("schema").has("allOf")) {
                    undocumented.add(path.getKey() + " " + operation.getKey() + " parameter " + parameter.path("name").asText() + " wrapped in allOf");
                }
            });
            JsonNode jsonBody = op.path("requestBody").path("content").path("application/json");
            if (!jsonBody.isMissingNode() && !jsonBody.has("example") && !jsonBody.has("examples")) {
                undocumented.add(path.getKey() + " " + operation.getKey() + " request body without an example");
            }
            if (op.has("requestBody") && op.path("responses").path("415").isMissingNode()) {
                undocumented.add(path.getKey() + " " + operation.getKey() + " 415");
            }
            // The gateway's own answers (the labels) reach no database, so they never answer 503.
            if (!op.has("x-served-by-gateway") && op.path("responses").path("503").path("headers").path("Retry-After").isMissingNode()) {
                undocumented.add(path.getKey() + " " + operation.getKey() + " 503 Retry-After");
            }
            boolean withoutToken = op.path("security").isArray() && op.path("security").isEmpty();
            if (withoutToken) {
                anonymous.add(path.getKey() + " " + operation.getKey());
            } else if (op.path("responses").path("401").isMissingNode()) {
                undocumented.add(path.getKey() + " " + operation.getKey() + " 401");
            }
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && response.getValue().path("content").path("application/problem+json").isMissingNode()) {
                    undocumented.add(path.getKey() + " " + operation.getKey() + " " + response.getKey());
                }
            });
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), undocumented);
        org.junit.jupiter.api.Assertions.assertTrue(operationIds.size() > 30, operationIds.toString());
        // Only what the route table names anonymous is documented without a token, and the gateway's public labels.
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("/api/v1/certificate-verifications get", "/api/v1/labels get"),
                anonymous.stream().sorted().toList());
    }

    @Test
    void datesAreCalendarDaysThatNoClientShiftsAndVersionedReadsDocumentTheirEtag() throws Exception {
        String document = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(document.contains("\"format\" : \"date\"") || document.contains("\"format\":\"date\""),
                "no format: date in the document");
        given().accept(ContentType.JSON).get("/q/openapi").then()
                .body("paths.'/api/v1/rooms/{id}'.get.responses.'200'.headers", hasKey("ETag"))
                .body("components.schemas.Room.properties.statusSince.'$ref'", equalTo("#/components/schemas/LocalDate"))
                .body("components.schemas.LocalDate.pattern", equalTo("^\\d{4}-\\d{2}-\\d{2}$"));
    }

    @Test
    void readinessNamesEachUpstreamAndLivenessDependsOnNone() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.property", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.supervision", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.maintenance", startsWith("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
