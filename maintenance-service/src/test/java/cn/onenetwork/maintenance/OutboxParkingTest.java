package cn.onenetwork.maintenance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A row the broker will never accept (larger than the producer's max.request.size) is parked after the configured
 * attempts; its key stays blocked so that later events of that aggregate are not published out of order; other keys
 * flow on; the parked row shows in health and metrics.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OutboxParkingTest {

    private static final String TOPIC = "maintenance.repair-projects";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aRecordTheBrokerRefusesIsParkedAndBlocksOnlyItsOwnKey() {
        String key = "poison-" + UUID.randomUUID();
        UUID poison = publish(key, Map.of("blob", "x".repeat(2_000_000)));
        UUID sameKeyLater = publish(key, Map.of("n", 2));
        UUID otherKey = publish("other-" + UUID.randomUUID(), Map.of("n", 3));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals("PARKED", status(poison)));
        assertEquals(5, ((Number) query("SELECT attempts FROM outbox_event WHERE event_id = ?1", poison)).intValue());
        assertTrue(String.valueOf(query("SELECT last_error FROM outbox_event WHERE event_id = ?1", poison)).contains("RecordTooLarge"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("SENT", status(otherKey)));
        assertEquals("PENDING", status(sameKeyLater));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.data.parked", greaterThanOrEqualTo(1)));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("outbox_rows_parked_total") && !l.endsWith(" 0.0")), "outbox_rows_parked_total");
    }

    private UUID publish(String key, Map<String, ?> payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC, key, "cn.onenetwork.test.parking.v1", payload));
    }

    private String status(UUID eventId) {
        return (String) query("SELECT status FROM outbox_event WHERE event_id = ?1", eventId);
    }

    private Object query(String sql, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).setParameter(1, eventId).getSingleResult());
    }
}
