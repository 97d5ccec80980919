package cn.onenetwork.maintenance.building;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The buildings repairs are judged by: the completion date to the day, the floor area; only a newer version replaces them. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BuildingReplicaTest {

    @Inject
    EntityManager entityManager;

    @Test
    void buildingEventsKeepTheCompletionDateAndFloorAreaAndAStaleOneChangesNothing() {
        UUID building = UUID.randomUUID();
        send(building, "registered", 0, "2011-06-30", "8000.00");
        send(building, "updated", 1, "2011-07-01", "8200.00");
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.buildings", building.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.floor.added.v1", "{\"id\":\"%s\",\"buildingId\":\"%s\",\"label\":\"3\",\"version\":0}".formatted(UUID.randomUUID(), building));
        send(building, "updated", 0, "1999-01-01", "1.00");
        UUID marker = UUID.randomUUID();
        send(marker, "registered", 0, "2020-01-01", "100.00");

        await().atMost(Duration.ofSeconds(30)).until(() -> row(marker) != null);
        Object[] replica = row(building);
        assertEquals(LocalDate.of(2011, 7, 1), replica[0] instanceof Date d ? d.toLocalDate() : replica[0]);
        assertEquals(0, new BigDecimal("8200.00").compareTo((BigDecimal) replica[1]));
        assertEquals(1L, ((Number) replica[2]).longValue());
    }

    private static void send(UUID id, String type, int version, String completedOn, String area) {
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.buildings", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.building." + type + ".v1", """
                        {"id":"%s","divisionCode":"640104","code":"XQ-%d","name":"兴庆区某办公楼","completedOn":"%s","yearBuilt":%s,
                         "grossFloorArea":%s,"storeysAbove":5,"storeysBelow":0,"origin":"FISCAL_FUNDING","version":%d}
                        """.formatted(id, version, completedOn, completedOn.substring(0, 4), area, version));
    }

    private Object[] row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("SELECT completed_on, gross_floor_area, source_version FROM registry_building WHERE id = ?1")
                    .setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
    }
}
