package cn.onenetwork.allocation.userunit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AgencyEventsTest {

    private static final String TOPIC = "property.agencies";
    private static final String REGISTERED = "cn.onenetwork.property.agency.registered.v1";

    @Inject
    EntityManager entityManager;

    @Test
    void anAgencyEventBuildsTheReplicaOnceEvenWhenDeliveredTwice() {
        UUID agency = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        send(agency, eventId, payload(agency, "640104", "兴庆区财政局", 0));
        awaitName(agency, "兴庆区财政局");

        // The same event id again, with a body that would change the replica if it were applied.
        send(agency, eventId, payload(agency, "640104", "重复投递", 5));
        UUID marker = UUID.randomUUID();
        send(marker, UUID.randomUUID(), payload(marker, "640104", "marker", 0));
        awaitName(marker, "marker");

        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/user-units/" + agency)
                .then().statusCode(200).body("name", equalTo("兴庆区财政局")).body("registryVersion", equalTo(0));
        assertEquals(1L, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'"));
    }

    @Test
    void aLateOlderEventDoesNotRollTheReplicaBack() {
        UUID agency = UUID.randomUUID();
        send(agency, UUID.randomUUID(), payload(agency, "640105", "西夏区教育局(v2)", 2));
        awaitName(agency, "西夏区教育局(v2)");
        send(agency, UUID.randomUUID(), payload(agency, "640105", "西夏区教育局(v1)", 1));
        UUID marker = UUID.randomUUID();
        send(marker, UUID.randomUUID(), payload(marker, "640105", "marker", 0));
        awaitName(marker, "marker");
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/user-units/" + agency)
                .then().statusCode(200).body("name", equalTo("西夏区教育局(v2)")).body("registryVersion", equalTo(2));
    }

    @Test
    void unprocessableRecordsGoToTheDeadLetterTopicWithTheirError() {
        UUID agency = UUID.randomUUID();
        String key = agency.toString();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), TOPIC, key, UUID.randomUUID(), REGISTERED, "{\"id\":\"" + key + "\"}");
        TestEvents.sendRaw(PlatformTestResource.kafka().bootstrapServers(), new ProducerRecord<>(TOPIC, key, "no cloud event headers"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), TOPIC + ".dlt", Duration.ofMillis(500))
                    .stream().filter(r -> key.equals(r.key())).toList();
            assertEquals(2, dead.size());
            assertTrue(dead.stream().anyMatch(r -> TestEvents.header(r, "dlt-error").contains("lacks id, creditCode")));
            assertTrue(dead.stream().anyMatch(r -> TestEvents.header(r, "dlt-error").contains("ce_specversion")));
            assertTrue(dead.stream().allMatch(r -> TOPIC.equals(TestEvents.header(r, "dlt-original-topic"))));
        });
        // The partition moved on: later events are still applied.
        UUID after = UUID.randomUUID();
        send(after, UUID.randomUUID(), payload(after, "640104", "after the poison", 0));
        awaitName(after, "after the poison");
    }

    @Test
    void scopeAppliesToTheReplicaToo() {
        UUID agency = UUID.randomUUID();
        send(agency, UUID.randomUUID(), payload(agency, "640105", "西夏区民政局", 0));
        awaitName(agency, "西夏区民政局");
        given().auth().oauth2(DevTokens.bureauAdmin("640104")).get("/api/v1/user-units/" + agency).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).get("/api/v1/user-units/" + agency).then().statusCode(200);
        given().get("/api/v1/user-units/" + agency).then().statusCode(401);
    }

    private void awaitName(UUID agency, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DevTokens.auditor("640000"))
                .get("/api/v1/user-units/" + agency).then().statusCode(200).body("name", equalTo(name)));
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static void send(UUID agency, UUID eventId, String payload) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), TOPIC, agency.toString(), eventId, REGISTERED, payload);
    }

    private static String payload(UUID id, String division, String name, long version) {
        return """
                {"id":"%s","creditCode":"11%sMB0000017X","name":"%s","divisionCode":"%s","level":"COUNTY","system":"GOVERNMENT",
                 "approvedStaffing":{"SECTION_CHIEF":2},"actualStaff":9,"officesBureau":false,"version":%d}
                """.formatted(id, division, name, division, version);
    }
}
