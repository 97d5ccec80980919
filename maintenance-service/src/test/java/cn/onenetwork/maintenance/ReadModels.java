package cn.onenetwork.maintenance;

import cn.onenetwork.dev.TestDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Units, buildings, rooms and holdings as the consumers write them, for the API tests. The consumers themselves are
 * tested from real events (BuildingReplicaTest, RoomAndHoldingReplicaTest, DeclaringUnitTest).
 */
public final class ReadModels {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final EntityManager entityManager;

    public ReadModels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The day the service runs on in the tests (TestDay, set by the platform test resource). */
    public static LocalDate today() {
        return TestDay.TODAY;
    }

    public UUID unit(String division, String name) {
        UUID id = UUID.randomUUID();
        String code = "9" + division + String.format("%011d", SERIAL.incrementAndGet());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO declaring_unit (id, credit_code, name, division_code, source_version, synced_at) VALUES (?1, ?2, ?3, ?4, 0, ?5)
                """).setParameter(1, id).setParameter(2, code.substring(0, 18)).setParameter(3, name).setParameter(4, division)
                .setParameter(5, OffsetDateTime.now()).executeUpdate());
        return id;
    }

    public String creditCode(UUID unit) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("SELECT credit_code FROM declaring_unit WHERE id = ?1")
                .setParameter(1, unit).getSingleResult());
    }

    public UUID building(String division, String name, LocalDate completedOn, String grossFloorArea, LocalDate lastMediumOrMajorRepair) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO registry_building (id, division_code, code, name, address, completed_on, year_built, gross_floor_area,
                    last_medium_or_major_repair_on, source_version, synced_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10)
                """).setParameter(1, id).setParameter(2, division).setParameter(3, "B-" + SERIAL.incrementAndGet()).setParameter(4, name)
                .setParameter(5, "银川市" + name).setParameter(6, completedOn).setParameter(7, completedOn == null ? null : completedOn.getYear())
                .setParameter(8, new BigDecimal(grossFloorArea)).setParameter(9, lastMediumOrMajorRepair).setParameter(10, OffsetDateTime.now()).executeUpdate());
        return id;
    }

    public UUID room(UUID building, String division, String number) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO registry_room (id, building_id, division_code, number, category, use_area, status, source_version, synced_at)
                VALUES (?1, ?2, ?3, ?4, 'OFFICE', 18.00, 'IN_USE', 0, ?5)
                """).setParameter(1, id).setParameter(2, building).setParameter(3, division).setParameter(4, number).setParameter(5, OffsetDateTime.now())
                .executeUpdate());
        return id;
    }

    public void hold(UUID room, UUID unit) {
        String code = creditCode(unit);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO room_holding (id, room_id, agency_id, agency_code, from_date, source_version) VALUES (?1, ?2, ?3, ?4, DATE '2020-01-01', 0)
                """).setParameter(1, UUID.randomUUID()).setParameter(2, room).setParameter(3, unit).setParameter(4, code).executeUpdate());
    }
}
