package cn.onenetwork.supervision;

import static org.awaitility.Awaitility.await;

import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.dev.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The other services' facts as their events, sent through the real broker to supervision's consumers: each record keeps
 * its full state, so that a change sends the next version of it, stamped on the day it is to take effect.
 */
public final class Ledger {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** Each test gets provinces of its own: the test classes share one database. */
    private static final AtomicInteger PROVINCES = new AtomicInteger(21);
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final EntityManager entityManager;
    private final Map<Object, ObjectNode> state = new HashMap<>();
    private final Map<Object, String> topics = new HashMap<>();
    private final List<UUID> sent = new ArrayList<>();
    /** The day the fixtures' records arrive unless a test names another: well before the days the tests look at. */
    public static final LocalDate SETUP_DAY = TestDay.TODAY.minusDays(30);

    public Ledger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A province code no other test uses, with its division registered. */
    public String province(String name) {
        String code = PROVINCES.getAndIncrement() + "0000";
        division(code, name, "PROVINCIAL", "100000");
        return code;
    }

    public void division(String code, String name, String level, String parent) {
        ObjectNode d = JSON.createObjectNode().put("code", code).put("name", name).put("level", level).put("parentCode", parent).put("version", 0);
        send("property.divisions", code, "cn.onenetwork.property.division.registered.v1", d, SETUP_DAY);
    }

    public UUID agency(String division, String name, String level, String category, Map<String, Integer> staffing) {
        UUID id = UUID.randomUUID();
        ObjectNode a = JSON.createObjectNode().put("id", id.toString()).put("creditCode", creditCode(division)).put("name", name).put("divisionCode", division)
                .put("level", level).put("system", "GOVERNMENT").put("officesBureau", false).put("actualStaff", 10).put("version", 0);
        if (category != null) {
            a.put("category", category);
        }
        a.set("approvedStaffing", JSON.valueToTree(staffing));
        send("property.agencies", id, "cn.onenetwork.property.agency.registered.v1", a, SETUP_DAY);
        return id;
    }

    public String creditCodeOf(UUID agency) {
        return state.get(agency).get("creditCode").asText();
    }

    public UUID parcel(String division, String landArea) {
        UUID id = UUID.randomUUID();
        ObjectNode p = JSON.createObjectNode().put("id", id.toString()).put("divisionCode", division).put("code", "P-" + SERIAL.incrementAndGet())
                .put("name", "院落" + SERIAL.get()).put("address", "测试路" + SERIAL.get() + "号").put("landArea", new BigDecimal(landArea)).put("version", 0);
        send("property.parcels", id, "cn.onenetwork.property.parcel.registered.v1", p, SETUP_DAY);
        return id;
    }

    public UUID building(String division, UUID parcel, String grossFloorArea, Integer yearBuilt, String origin, LocalDate day) {
        UUID id = UUID.randomUUID();
        ObjectNode b = JSON.createObjectNode().put("id", id.toString()).put("divisionCode", division).put("code", "B-" + SERIAL.incrementAndGet())
                .put("name", "办公楼" + SERIAL.get()).put("address", "测试街" + SERIAL.get() + "号").put("grossFloorArea", new BigDecimal(grossFloorArea))
                .put("origin", origin).put("version", 0);
        if (parcel != null) {
            b.put("parcelId", parcel.toString());
        }
        if (yearBuilt != null) {
            b.put("yearBuilt", yearBuilt);
        }
        send("property.buildings", id, "cn.onenetwork.property.building.registered.v1", b, day);
        return id;
    }

    public UUID floor(UUID building, String label) {
        UUID id = UUID.randomUUID();
        ObjectNode f = JSON.createObjectNode().put("id", id.toString()).put("buildingId", building.toString()).put("label", label).put("version", 0);
        send("property.buildings", building, "cn.onenetwork.property.floor.added.v1", f, SETUP_DAY);
        return id;
    }

    public UUID room(UUID building, String division, String number, String category, String useArea, String buildingArea, LocalDate day) {
        UUID id = UUID.randomUUID();
        ObjectNode r = JSON.createObjectNode().put("id", id.toString()).put("buildingId", building.toString()).put("divisionCode", division)
                .put("number", number).put("category", category).put("useArea", new BigDecimal(useArea)).put("buildingArea", new BigDecimal(buildingArea))
                .put("status", "IN_USE").put("version", 0);
        send("property.rooms", id, "cn.onenetwork.property.room.registered.v1", r, day);
        return id;
    }

    public UUID title(UUID building, String division, String state, boolean recordsHandedOver) {
        UUID id = UUID.randomUUID();
        ObjectNode t = JSON.createObjectNode().put("id", id.toString()).put("buildingId", building.toString()).put("divisionCode", division)
                .put("state", state).put("recordsHandedOver", recordsHandedOver).put("version", 0);
        send("property.titles", id, "cn.onenetwork.property.title.changed.v1", t, SETUP_DAY);
        return id;
    }

    public UUID holding(UUID room, UUID agency, String division, LocalDate from) {
        UUID id = UUID.randomUUID();
        ObjectNode h = JSON.createObjectNode().put("id", id.toString()).put("roomId", room.toString()).put("agencyId", agency.toString())
                .put("agencyCode", creditCodeOf(agency)).put("divisionCode", division).put("basis", "EXISTING_USE").put("fromDate", from.toString())
                .put("version", 0);
        send("allocation.holdings", id, "cn.onenetwork.allocation.holding.started.v1", h, SETUP_DAY);
        return id;
    }

    public UUID construction(String division, String projectName, String plannedArea, String investment, String status, UUID agency) {
        UUID id = UUID.randomUUID();
        ObjectNode c = JSON.createObjectNode().put("id", id.toString()).put("number", "JS-" + SERIAL.incrementAndGet()).put("divisionCode", division)
                .put("projectName", projectName).put("site", "测试大道" + SERIAL.get() + "号").put("plannedArea", new BigDecimal(plannedArea))
                .put("estimatedInvestment", new BigDecimal(investment)).put("status", status).put("approvingDepartment", "发展和改革局")
                .put("builder", "机关事务服务中心").put("version", 0);
        if (agency != null) {
            c.put("agencyId", agency.toString());
        }
        send("allocation.construction-reviews", id, "cn.onenetwork.allocation.construction-review.decided.v1", c, SETUP_DAY);
        return id;
    }

    /** The record's next version with one field changed, as its service publishes it on a day. */
    public void change(Object id, String type, String field, Object value, LocalDate day) {
        ObjectNode node = state.get(id).deepCopy();
        node.set(field, JSON.valueToTree(value));
        node.put("version", node.get("version").asLong() + 1);
        send(topics.get(id), id, type, node, day);
    }

    /** Waits until supervision's consumers have applied every event sent so far. */
    public void applied() {
        List<UUID> events = List.copyOf(sent);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(DISTINCT event_id) FROM inbox_event WHERE event_id IN (?1)").setParameter(1, events).getSingleResult()).intValue())
                == events.size());
    }

    private void send(String topic, Object key, String type, ObjectNode payload, LocalDate day) {
        String id = key.toString();
        if (!type.startsWith("cn.onenetwork.property.floor.")) {
            state.put(key, payload);
            topics.put(key, topic);
        }
        UUID eventId = UUID.randomUUID();
        sent.add(eventId);
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), topic, id, eventId, type, payload.toString(), Map.of(), stampedOn(day));
    }

    /** A moment this run's platform clock reads as falling on the day (the clock is shifted to noon of TestDay.TODAY). */
    static OffsetDateTime stampedOn(LocalDate day) {
        return OffsetDateTime.now().minusDays(ChronoUnit.DAYS.between(day, TestDay.TODAY));
    }

    private static String creditCode(String division) {
        return ("11" + division + String.format("%010d", SERIAL.incrementAndGet())).substring(0, 18);
    }
}
