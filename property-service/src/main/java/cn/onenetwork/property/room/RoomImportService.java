package cn.onenetwork.property.room;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.bulk.CopyIn;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.staff.Seat;
import cn.onenetwork.property.sheet.ImportReport;
import cn.onenetwork.property.sheet.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk room registration for the caller's own division: every row is checked against the file and
 * the registry first; only a file without a single problem is written, in one transaction, with
 * COPY.
 */
@ApplicationScoped
public class RoomImportService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    RoomService rooms;

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
    public ImportReport importSheet(RoomSheet.Parsed parsed, boolean dryRun, Locale reader) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        List<Sheet.Error> errors = new ArrayList<>(parsed.errors());

        Map<String, UUID> buildings = new HashMap<>();
        for (Object[] b : rows("SELECT code, id FROM building WHERE division_code = ?1", division)) {
            buildings.put((String) b[0], (UUID) b[1]);
        }
        // Only the buildings the file names matter: a division's other rooms are never read.
        UUID[] named = parsed.rows().stream().map(RoomSheet.Row::buildingCode).filter(Objects::nonNull).distinct().map(buildings::get)
                .filter(Objects::nonNull).toArray(UUID[]::new);
        Map<String, UUID> floors = new HashMap<>();
        Map<String, UUID> taken = new HashMap<>();
        if (named.length > 0) {
            for (Object[] f : rows("SELECT building_id, label, id FROM floor WHERE building_id = ANY(?1)", named)) {
                floors.put(f[0] + "/" + f[1], (UUID) f[2]);
            }
            for (Object[] r : rows("SELECT building_id, number, id FROM room WHERE building_id = ANY(?1) AND retired_on IS NULL", named)) {
                taken.put(r[0] + "/" + r[1], (UUID) r[2]);
            }
        }
        // Rows with an id correct rooms of the division that exist (retired ones are history, not corrected).
        UUID[] ids = parsed.rows().stream().map(RoomSheet.Row::id).filter(Objects::nonNull).toArray(UUID[]::new);
        Set<UUID> correctable = new HashSet<>();
        if (ids.length > 0) {
            for (Object[] r : rows("SELECT id, division_code FROM room WHERE id = ANY(?1) AND retired_on IS NULL", ids)) {
                if (division.equals(r[1])) {
                    correctable.add((UUID) r[0]);
                }
            }
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<RoomSheet.Row> accepted = new ArrayList<>();
        for (RoomSheet.Row row : parsed.rows()) {
            if (row.id() != null && !correctable.contains(row.id())) {
                errors.add(new Sheet.Error(row.row(), "id", PropertyText.NO_ROOM_ID_IN_DIVISION.with(division), row.id().toString()));
            }
            if (row.buildingCode() == null || row.number() == null) {
                continue;
            }
            UUID building = buildings.get(row.buildingCode());
            if (building == null) {
                errors.add(new Sheet.Error(row.row(), "building_code", PropertyText.NO_BUILDING_CODE_IN_DIVISION.with(division), row.buildingCode()));
                continue;
            }
            String key = building + "/" + row.number();
            UUID holder = taken.get(key);
            if (holder != null && !holder.equals(row.id())) {
                errors.add(new Sheet.Error(row.row(), "number", PropertyText.ROOM_NUMBER_TAKEN.with(row.buildingCode()), row.number()));
            } else if (firstRow.putIfAbsent(key, row.row()) != null) {
                errors.add(new Sheet.Error(row.row(), "number", PropertyText.TWICE_IN_FILE.with(firstRow.get(key)), row.number()));
            } else {
                accepted.add(row);
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(dryRun, parsed.rowsRead(), errors, reader);
        }
        Map<String, UUID> newFloors = new HashMap<>();
        for (RoomSheet.Row row : accepted) {
            String key = buildings.get(row.buildingCode()) + "/" + row.floor();
            if (!floors.containsKey(key)) {
                newFloors.computeIfAbsent(key, k -> UUID.randomUUID());
            }
        }
        List<RoomSheet.Row> corrections = accepted.stream().filter(r -> r.id() != null).toList();
        List<RoomSheet.Row> additions = accepted.stream().filter(r -> r.id() == null).toList();
        if (dryRun) {
            return new ImportReport(true, parsed.rowsRead(), additions.size(), corrections.size(), newFloors.size(), 0, List.of());
        }
        floors.putAll(newFloors);
        List<RoomView> created = write(additions, buildings, floors, newFloors, division);
        outbox.publishAll(RoomView.TOPIC, RoomView.REGISTERED, created.stream().map(r -> new Outbox.Message(r.id().toString(), r)).toList());
        Set<UUID> recheck = new HashSet<>();
        created.stream().filter(r -> r.status() == RoomStatus.IDLE).forEach(r -> recheck.add(r.id()));
        Set<UUID> seated = new HashSet<>();
        if (!corrections.isEmpty()) {
            Map<UUID, Room> corrected = new HashMap<>();
            Room.<Room>list("id in ?1", corrections.stream().map(RoomSheet.Row::id).toList()).forEach(r -> corrected.put(r.id, r));
            for (RoomSheet.Row row : corrections) {
                UUID building = buildings.get(row.buildingCode());
                rooms.apply(corrected.get(row.id()), building, division, new RoomInput(building, floors.get(building + "/" + row.floor()),
                        row.number(), row.category(), row.useArea(), row.buildingArea(), row.function(), row.status(), row.statusSince()));
            }
            entityManager.flush();
            outbox.publishAll(RoomView.TOPIC, RoomView.UPDATED, corrected.values().stream()
                    .map(r -> new Outbox.Message(r.id.toString(), RoomView.of(r))).toList());
            recheck.addAll(corrected.keySet());
            Seat.<Seat>list("roomId in ?1 and toDate is null", corrected.keySet()).forEach(s -> seated.add(s.personId));
        }
        audit.record("rooms.imported", "division", division, created.size() + " rooms registered, " + corrections.size() + " corrected, "
                + newFloors.size() + " floors");
        compliance.recompute(recheck, seated);
        return new ImportReport(false, parsed.rowsRead(), created.size(), corrections.size(), newFloors.size(), 0, List.of());
    }

    private List<RoomView> write(List<RoomSheet.Row> rows, Map<String, UUID> buildings, Map<String, UUID> floors, Map<String, UUID> newFloors,
            String division) {
        List<Object[]> floorRows = new ArrayList<>(newFloors.size());
        for (Map.Entry<String, UUID> f : newFloors.entrySet()) {
            int slash = f.getKey().indexOf('/');
            floorRows.add(new Object[] {f.getValue(), f.getKey().substring(0, slash), f.getKey().substring(slash + 1)});
        }
        CopyIn.rows(entityManager, "floor", List.of("id", "building_id", "label"), floorRows);
        List<RoomView> created = new ArrayList<>(rows.size());
        List<Object[]> roomRows = new ArrayList<>(rows.size());
        OffsetDateTime now = clock.now();
        LocalDate today = today();
        for (RoomSheet.Row r : rows) {
            UUID id = UUID.randomUUID();
            UUID building = buildings.get(r.buildingCode());
            UUID floorId = floors.get(building + "/" + r.floor());
            roomRows.add(new Object[] {id, building, floorId, division, r.number(), r.category(), r.useArea(), r.buildingArea(), r.function(),
                    r.status(), r.statusSince(), today, 0, now, now});
            created.add(new RoomView(id, building, floorId, division, r.number(), r.category(), r.useArea(), r.buildingArea(), r.function(),
                    r.status(), r.statusSince(), 0, null, null));
        }
        CopyIn.rows(entityManager, "room", List.of("id", "building_id", "floor_id", "division_code", "number", "category", "use_area", "building_area",
                "function", "status", "status_since", "category_since", "version", "created_at", "updated_at"), roomRows);
        return created;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }
}
