package cn.onenetwork.property.room;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.sheet.ImportReport;
import cn.onenetwork.property.sheet.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Bulk room registration for the caller's own division: every row is checked against the file and
 * the registry first; only a file without a single problem is written, in one transaction, with
 * batched statements.
 */
@ApplicationScoped
public class RoomImportService {

    @Inject
    CallerScope scope;

    @Inject
    ComplianceService compliance;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    private record Target(UUID buildingId, String divisionCode) {
    }

    public LocalDate today() {
        return compliance.today();
    }

    @Transactional
    public ImportReport importSheet(RoomSheet.Parsed parsed, boolean dryRun) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        List<Sheet.Error> errors = new ArrayList<>(parsed.errors());

        Map<String, UUID> buildings = new HashMap<>();
        for (Object[] b : rows("SELECT code, id FROM building WHERE division_code = ?1", division)) {
            buildings.put((String) b[0], (UUID) b[1]);
        }
        Map<String, UUID> floors = new HashMap<>();
        Set<String> taken = new HashSet<>();
        if (!buildings.isEmpty()) {
            for (Object[] f : rows("SELECT f.building_id, f.label, f.id FROM floor f JOIN building b ON b.id = f.building_id WHERE b.division_code = ?1", division)) {
                floors.put(f[0] + "/" + f[1], (UUID) f[2]);
            }
            for (Object[] r : rows("SELECT r.building_id, r.number FROM room r JOIN building b ON b.id = r.building_id WHERE b.division_code = ?1", division)) {
                taken.add(r[0] + "/" + r[1]);
            }
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<RoomSheet.Row> accepted = new ArrayList<>();
        for (RoomSheet.Row row : parsed.rows()) {
            if (row.buildingCode() == null || row.number() == null) {
                continue;
            }
            UUID building = buildings.get(row.buildingCode());
            if (building == null) {
                errors.add(new Sheet.Error(row.row(), "building_code", "no building with this code in division " + division, row.buildingCode()));
                continue;
            }
            String key = building + "/" + row.number();
            if (taken.contains(key)) {
                errors.add(new Sheet.Error(row.row(), "number", "building " + row.buildingCode() + " already has this room", row.number()));
            } else if (firstRow.putIfAbsent(key, row.row()) != null) {
                errors.add(new Sheet.Error(row.row(), "number", "appears twice in the file (first in row " + firstRow.get(key) + ")", row.number()));
            } else {
                accepted.add(row);
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(dryRun, parsed.rowsRead(), errors);
        }
        Map<String, UUID> newFloors = new HashMap<>();
        for (RoomSheet.Row row : accepted) {
            String key = buildings.get(row.buildingCode()) + "/" + row.floor();
            if (!floors.containsKey(key)) {
                newFloors.computeIfAbsent(key, k -> UUID.randomUUID());
            }
        }
        if (dryRun) {
            return new ImportReport(true, parsed.rowsRead(), accepted.size(), 0, newFloors.size(), List.of());
        }
        floors.putAll(newFloors);
        List<RoomView> created = write(accepted, buildings, floors, newFloors, division);
        outbox.publishAll(RoomView.TOPIC, RoomView.REGISTERED, created.stream().map(r -> new Outbox.Message(r.id().toString(), r)).toList());
        audit.record("rooms.imported", "division", division, created.size() + " rooms, " + newFloors.size() + " floors");
        Set<UUID> idle = new HashSet<>();
        created.stream().filter(r -> r.status() == RoomStatus.IDLE).forEach(r -> idle.add(r.id()));
        compliance.recompute(idle, Set.of());
        return new ImportReport(false, parsed.rowsRead(), created.size(), 0, newFloors.size(), List.of());
    }

    private List<RoomView> write(List<RoomSheet.Row> rows, Map<String, UUID> buildings, Map<String, UUID> floors, Map<String, UUID> newFloors,
            String division) {
        List<RoomView> created = new ArrayList<>(rows.size());
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate today = today();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement floor = connection.prepareStatement("INSERT INTO floor (id, building_id, label) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, UUID> f : newFloors.entrySet()) {
                    int slash = f.getKey().indexOf('/');
                    floor.setObject(1, f.getValue());
                    floor.setObject(2, UUID.fromString(f.getKey().substring(0, slash)));
                    floor.setString(3, f.getKey().substring(slash + 1));
                    floor.addBatch();
                }
                floor.executeBatch();
            }
            try (PreparedStatement room = connection.prepareStatement("INSERT INTO room (id, building_id, floor_id, division_code, number, category, "
                    + "use_area, building_area, function, status, status_since, category_since, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)")) {
                for (RoomSheet.Row r : rows) {
                    UUID id = UUID.randomUUID();
                    UUID building = buildings.get(r.buildingCode());
                    UUID floorId = floors.get(building + "/" + r.floor());
                    room.setObject(1, id);
                    room.setObject(2, building);
                    room.setObject(3, floorId);
                    room.setString(4, division);
                    room.setString(5, r.number());
                    room.setString(6, r.category().name());
                    room.setBigDecimal(7, r.useArea());
                    room.setBigDecimal(8, r.buildingArea());
                    room.setString(9, r.function());
                    room.setString(10, r.status().name());
                    room.setObject(11, r.statusSince());
                    room.setObject(12, today);
                    room.setObject(13, now);
                    room.setObject(14, now);
                    room.addBatch();
                    created.add(new RoomView(id, building, floorId, division, r.number(), r.category(), r.useArea(), r.buildingArea(), r.function(),
                            r.status(), r.statusSince(), 0));
                }
                room.executeBatch();
            }
        });
        return created;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String division) {
        return entityManager.createNativeQuery(sql).setParameter(1, division).getResultList();
    }
}
