package cn.onenetwork.maintenance.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.common.inbox.InboxConsumer;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The operator's tools on a service's own port: replay dead letters, release a parked outbox key. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OperationsTest {

    private static final String TOPIC = "maintenance.repair-projects";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aDeadLetteredEventIsAppliedByAReplayOnceAndOnlyOnce() {
        UUID agency = UUID.randomUUID();
        // What the old consumer did with an event that arrived while its database was restarting.
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.agencies.dlt", agency.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.agency.registered.v1", """
                        {"id":"%s","creditCode":"11640104MB0000027X","name":"兴庆区住建局","divisionCode":"640104","level":"COUNTY","version":0}
                        """.formatted(agency),
                Map.of(InboxConsumer.H_DLT_CONSUMER, "maintenance-service/AgencyEventHandler", InboxConsumer.H_DLT_TOPIC, "property.agencies",
                        InboxConsumer.H_DLT_PARTITION, "0", InboxConsumer.H_DLT_OFFSET, "987654", InboxConsumer.H_DLT_ERROR, "Connection refused"));
        given().auth().oauth2(DevTokens.bureauAdmin("640104")).queryParam("topic", "property.agencies").post("/ops/v1/dead-letters/replay")
                .then().statusCode(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(DevTokens.operator()).queryParam("topic", "property.agencies").post("/ops/v1/dead-letters/replay").then()
                    .statusCode(200).body("topic", equalTo("property.agencies"));
            given().auth().oauth2(DevTokens.bureauAdmin("640104")).get("/api/v1/declaring-units/" + agency).then().statusCode(200)
                    .body("name", equalTo("兴庆区住建局"));
        });
        // The replay's position is kept: a second replay applies nothing again.
        given().auth().oauth2(DevTokens.operator()).queryParam("topic", "property.agencies").post("/ops/v1/dead-letters/replay").then()
                .statusCode(200).body("replayed", equalTo(0)).body("duplicates", equalTo(0));
        assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE consumer = 'AgencyEventHandler' AND kafka_offset = 987654")
                .getSingleResult())).longValue());
        given().auth().oauth2(DevTokens.operator()).post("/ops/v1/dead-letters/replay").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("topic"));
    }

    @Test
    void aReleasedParkedKeyIsPublishedWithTheEventsThatWaitedBehindIt() {
        String key = "mended-" + UUID.randomUUID();
        UUID parked = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = outbox.publish(TOPIC, key, "cn.onenetwork.test.parking.v1", Map.of("n", 1));
            entityManager.createNativeQuery("UPDATE outbox_event SET status = 'PARKED', attempts = 5, last_error = 'mended since' WHERE event_id = ?1")
                    .setParameter(1, id).executeUpdate();
            return id;
        });
        UUID waiting = QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC, key, "cn.onenetwork.test.parking.v1", Map.of("n", 2)));

        given().auth().oauth2(DevTokens.operator()).get("/ops/v1/outbox/parked").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.eventId", equalTo(parked.toString()));
        given().auth().oauth2(DevTokens.operator()).queryParam("topic", TOPIC).queryParam("key", key).post("/ops/v1/outbox/parked/release")
                .then().statusCode(200).body("released", equalTo(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("SENT", "SENT"), List.of(status(parked), status(waiting))));
        List<String> published = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), TOPIC, Duration.ofMillis(500)).stream()
                .filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), published);
    }

    private String status(UUID eventId) {
        return (String) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT status FROM outbox_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult());
    }
}
