package cn.onenetwork.maintenance.room;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rooms a repair request names and the units that use them, from the registry's and allocation's events. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RoomAndHoldingReplicaTest {

    @Inject
    EntityManager entityManager;

    @Test
    void roomsAndTheirHoldersFollowTheEventsAndAnEndedHoldingIsKeptAsHistory() {
        UUID building = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        UUID holding = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        String bootstrap = PlatformTestResource.kafka().bootstrapServers();
        TestEvents.send(bootstrap, "property.rooms", room.toString(), UUID.randomUUID(), "cn.onenetwork.property.room.registered.v1", """
                {"id":"%s","buildingId":"%s","divisionCode":"640104","number":"301","category":"OFFICE","useArea":18.00,"status":"IN_USE","version":0}
                """.formatted(room, building));
        String held = """
                {"id":"%s","roomId":"%s","agencyId":"%s","agencyCode":"11640104MB0000002Y","fromDate":"2020-01-01"%s,"version":%d}""";
        TestEvents.send(bootstrap, "allocation.holdings", room.toString(), UUID.randomUUID(), "cn.onenetwork.allocation.holding.started.v1",
                held.formatted(holding, room, unit, "", 0));
        TestEvents.send(bootstrap, "allocation.holdings", room.toString(), UUID.randomUUID(), "cn.onenetwork.allocation.holding.ended.v1",
                held.formatted(holding, room, unit, ",\"toDate\":\"2026-06-30\"", 1));
        TestEvents.send(bootstrap, "property.rooms", room.toString(), UUID.randomUUID(), "cn.onenetwork.property.room.retired.v1", """
                {"id":"%s","buildingId":"%s","divisionCode":"640104","number":"301","category":"OFFICE","useArea":18.00,"status":"IN_USE",
                 "retiredOn":"2026-07-01","version":1}
                """.formatted(room, building));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Object[] r = first("SELECT number, retired_on FROM registry_room WHERE id = ?1", room);
            assertNotNull(r);
            assertNotNull(r[1], "the retirement arrived");
            Object[] h = first("SELECT agency_code, to_date FROM room_holding WHERE id = ?1", holding);
            assertNotNull(h);
            assertEquals("11640104MB0000002Y", h[0]);
            assertEquals("2026-06-30", String.valueOf(h[1]));
        });
    }

    private Object[] first(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
    }
}
