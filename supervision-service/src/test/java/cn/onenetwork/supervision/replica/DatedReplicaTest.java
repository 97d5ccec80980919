package cn.onenetwork.supervision.replica;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.supervision.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dated read models from real events: a version per period, only forward, duplicates harmless, poison dead-lettered. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DatedReplicaTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eachVersionKeepsThePeriodItWasTrueAndTheDaysLastVersionStands() {
        Ledger ledger = new Ledger(entityManager);
        String province = ledger.province("测试自治区");
        UUID building = ledger.building(province, null, "1000.00", 1999, "FISCAL_FUNDING", Ledger.SETUP_DAY);
        LocalDate first = TestDay.TODAY.minusDays(10);
        UUID room = ledger.room(building, province, "101", "OFFICE", "18.00", "24.00", first);
        ledger.change(room, "cn.onenetwork.property.room.updated.v1", "useArea", "19.00", TestDay.TODAY.minusDays(4));
        ledger.change(room, "cn.onenetwork.property.room.updated.v1", "useArea", "20.00", TestDay.TODAY.minusDays(4));
        ledger.change(room, "cn.onenetwork.property.room.retired.v1", "retiredOn", TestDay.TODAY.toString(), TestDay.TODAY);
        ledger.applied();

        List<Object[]> versions = rows("SELECT CAST(valid_from AS text), CAST(valid_to AS text), use_area, CAST(retired_on AS text), source_version "
                + "FROM room_version WHERE id = ?1 ORDER BY valid_from", room);
        assertEquals(3, versions.size(), "two versions on one day leave that day's last");
        assertEquals(List.of(first.toString(), TestDay.TODAY.minusDays(4).toString(), "18.00"),
                List.of(versions.get(0)[0], versions.get(0)[1], versions.get(0)[2].toString()));
        assertEquals(List.of(TestDay.TODAY.minusDays(4).toString(), TestDay.TODAY.toString(), "20.00", 2L),
                List.of(versions.get(1)[0], versions.get(1)[1], versions.get(1)[2].toString(), ((Number) versions.get(1)[4]).longValue()));
        assertNull(versions.get(2)[1], "the current version is open");
        assertEquals(TestDay.TODAY.toString(), versions.get(2)[3]);
    }

    @Test
    void anOlderVersionOrARedeliveryChangesNothingAndAMalformedEventIsDeadLettered() {
        Ledger ledger = new Ledger(entityManager);
        String province = ledger.province("测试自治区");
        UUID unit = ledger.agency(province, "测试厅", "PROVINCIAL", null, Map.of("BUREAU_DIRECTOR", 1));
        ledger.change(unit, "cn.onenetwork.property.agency.updated.v1", "name", "测试厅（更名）", TestDay.TODAY);
        ledger.applied();
        String bootstrap = PlatformTestResource.kafka().bootstrapServers();
        String stale = """
                {"id":"%s","creditCode":"11%s0000000099","name":"旧名称","divisionCode":"%s","level":"PROVINCIAL","system":"CIVIL_SERVICE_INSTITUTION",
                 "officesBureau":false,"approvedStaffing":{},"actualStaff":1,"version":0}""".formatted(unit, province, province);
        UUID staleEvent = UUID.randomUUID();
        TestEvents.send(bootstrap, "property.agencies", unit.toString(), staleEvent, "cn.onenetwork.property.agency.updated.v1", stale);
        UUID poison = UUID.randomUUID();
        TestEvents.send(bootstrap, "property.agencies", unit.toString(), poison, "cn.onenetwork.property.agency.updated.v1", "{\"id\":\"" + unit + "\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(bootstrap, "property.agencies.dlt", Duration.ofMillis(500)).stream()
                .anyMatch(r -> new String(r.headers().lastHeader("ce_id").value()).equals(poison.toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows("SELECT 1 FROM inbox_event WHERE event_id = ?1", staleEvent).isEmpty());
        List<Object[]> versions = rows("SELECT name, category, CAST(valid_to AS text) FROM agency_version WHERE id = ?1 ORDER BY valid_from", unit);
        assertEquals(2, versions.size(), "the stale version added nothing");
        assertEquals("测试厅（更名）", versions.get(1)[0]);
        assertEquals("AGENCY_PROPER", versions.get(1)[1], "a unit registered without a category is the agency itself");
        assertTrue(versions.get(1)[2] == null);
    }

    @Test
    void aParticipantInstitutionWithoutACategoryIsCountedAsOneAndAReviewHandedOffNamesItsApprover() {
        Ledger ledger = new Ledger(entityManager);
        String province = ledger.province("测试自治区");
        UUID institution = UUID.randomUUID();
        String bootstrap = PlatformTestResource.kafka().bootstrapServers();
        UUID registered = UUID.randomUUID();
        TestEvents.send(bootstrap, "property.agencies", institution.toString(), registered, "cn.onenetwork.property.agency.registered.v1", """
                {"id":"%s","creditCode":"12%s0000000077","name":"测试中心","divisionCode":"%s","level":"PROVINCIAL","system":"CIVIL_SERVICE_INSTITUTION",
                 "officesBureau":false,"approvedStaffing":{"BELOW_DIVISION":5},"actualStaff":5,"version":0}""".formatted(institution, province, province));
        UUID review = UUID.randomUUID();
        UUID handedOff = UUID.randomUUID();
        TestEvents.send(bootstrap, "allocation.construction-reviews", review.toString(), handedOff, "cn.onenetwork.allocation.construction-review.handed-off.v1", """
                {"id":"%s","number":"JS-1","divisionCode":"%s","projectName":"业务用房","plannedArea":800.00,"estimatedInvestment":3000000.00,
                 "status":"HANDED_OFF","handedTo":"自治区发展和改革委员会","version":2}""".formatted(review, province));
        UUID floor = ledger.floor(UUID.randomUUID(), "3");
        ledger.applied();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT 1 FROM inbox_event WHERE event_id IN (?1)", List.of(registered, handedOff)).size() == 2);
        assertEquals("CIVIL_SERVICE_MANAGED_INSTITUTION", rows("SELECT category FROM agency_version WHERE id = ?1", institution).get(0)[0]);
        assertEquals("自治区发展和改革委员会", rows("SELECT approving_department FROM construction_version WHERE id = ?1", review).get(0)[0]);
        assertEquals("3", rows("SELECT label FROM floor_replica WHERE id = ?1", floor).get(0)[0]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object> raw = entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
            return raw.stream().map(r -> r instanceof Object[] array ? array : new Object[] {r}).toList();
        });
    }
}
