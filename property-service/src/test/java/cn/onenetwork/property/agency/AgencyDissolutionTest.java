package cn.onenetwork.property.agency;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A unit ends by dissolution or merger: its record stays as history, and the event tells allocation to vacate its space. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AgencyDissolutionTest {

    @Test
    void aMergerNeedsAnExistingSuccessorAndEndsTheRecordForGood() {
        Fixtures.ningxia();
        String admin = DevTokens.bureauAdmin("640104");
        String merged = register(admin, "兴庆区旧科技局");
        String successor = register(admin, "兴庆区科学技术局");

        dissolve(admin, merged, "0", Map.of("kind", "MERGED", "effectiveOn", "2026-12-31", "reason", "机构改革")).statusCode(422)
                .body("code", equalTo("SUCCESSOR_REQUIRED")).body("errors[0].field", equalTo("successorId"));
        dissolve(admin, merged, "0", Map.of("kind", "DISSOLVED", "effectiveOn", "2026-12-31", "successorId", successor, "reason", "撤销")).statusCode(400);
        dissolve(DevTokens.bureauAdmin("640000"), merged, "0", Map.of("kind", "DISSOLVED", "effectiveOn", "2026-12-31", "reason", "撤销")).statusCode(403);
        dissolve(admin, merged, "0", Map.of("kind", "MERGED", "effectiveOn", "2026-12-31", "successorId", successor, "reason", "机构改革，并入科学技术局"))
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("dissolvedOn", equalTo("2026-12-31")).body("dissolutionKind", equalTo("MERGED"))
                .body("successorId", equalTo(successor));

        given().auth().oauth2(admin).get("/api/v1/agencies/" + merged).then().statusCode(200).body("dissolutionReason", equalTo("机构改革，并入科学技术局"));
        Map<String, Object> body = AgencyApiTest.agency("640104", "兴庆区旧科技局");
        body.put("creditCode", given().auth().oauth2(admin).get("/api/v1/agencies/" + merged).then().extract().path("creditCode"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/api/v1/agencies/" + merged).then()
                .statusCode(409).body("code", equalTo("AGENCY_DISSOLVED"));
        dissolve(admin, merged, "1", Map.of("kind", "DISSOLVED", "effectiveOn", "2027-01-31", "reason", "再次撤销")).statusCode(409);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.agencies",
                    Duration.ofMillis(300)).stream().filter(r -> merged.equals(r.key())).toList();
            assertEquals("cn.onenetwork.property.agency.dissolved.v1", TestEvents.header(events.get(events.size() - 1), "ce_type"));
            assertTrue(events.get(events.size() - 1).value().contains("\"successorId\":\"" + successor + "\""));
        });
    }

    private static String register(String admin, String name) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(AgencyApiTest.agency("640104", name)).post("/api/v1/agencies").then()
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse dissolve(String token, String id, String version, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/agencies/" + id + "/dissolve").then();
    }
}
