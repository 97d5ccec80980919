package cn.onenetwork.property.agency;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AgencyEventsPublishedTest {

    @Test
    void registeringAndChangingAnAgencyPublishesCloudEventsInOrder() {
        Fixtures.ningxia();
        Map<String, Object> body = AgencyApiTest.agency("640104", "兴庆区发展和改革局");
        String token = DevTokens.bureauAdmin("640104");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).header("X-Request-Id", "req-outbox-1").body(body)
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        body.put("actualStaff", 40);
        body.put("category", "DISPATCHED_OFFICE");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/agencies/" + id).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(),
                    "property.agencies", Duration.ofMillis(300)).stream().filter(r -> id.equals(r.key())).toList();
            assertEquals(2, events.size());
            ConsumerRecord<String, String> registered = events.get(0);
            assertEquals("1.0", TestEvents.header(registered, "ce_specversion"));
            assertEquals("cn.onenetwork.property.agency.registered.v1", TestEvents.header(registered, "ce_type"));
            assertEquals("/one-network/property-service", TestEvents.header(registered, "ce_source"));
            assertEquals(id, TestEvents.header(registered, "ce_subject"));
            assertEquals("req-outbox-1", TestEvents.header(registered, "x-request-id"));
            assertTrue(registered.value().contains("\"version\":0"));
            assertTrue(registered.value().contains("\"category\":\"AGENCY_PROPER\""));
            assertEquals("cn.onenetwork.property.agency.updated.v1", TestEvents.header(events.get(1), "ce_type"));
            assertTrue(events.get(1).value().contains("\"actualStaff\":40"));
            assertTrue(events.get(1).value().contains("\"category\":\"DISPATCHED_OFFICE\""));
            assertEquals(registered.partition(), events.get(1).partition());
        });
    }
}
