package cn.onenetwork.property.staff;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.bulk.CopyIn;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.property.organisation.RankTitles;
import cn.onenetwork.property.sheet.ImportReport;
import cn.onenetwork.property.sheet.Sheet;
import cn.onenetwork.property.staff.StaffApi.PersonView;
import cn.onenetwork.property.staff.StaffApi.SeatView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk staff registration and correction for the caller's own division: new people are written with COPY, people
 * named by id are updated, and compliance is rechecked for everyone whose status or rank changed. The whole file, or nothing.
 */
@ApplicationScoped
public class StaffImportService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    RankTitles ranks;

    @Inject
    ComplianceService compliance;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    private record Unit(UUID id, AdministrativeLevel level) {
    }

    public LocalDate today() {
        return compliance.today();
    }

    @Transactional
    public ImportReport importSheet(StaffSheet.Parsed parsed, boolean dryRun, Locale reader) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        List<Sheet.Error> errors = new ArrayList<>(parsed.errors());
        Map<String, Unit> units = new HashMap<>();
        for (Object[] a : rows("SELECT credit_code, id, level FROM agency WHERE division_code = ?1", division)) {
            units.put((String) a[0], new Unit((UUID) a[1], AdministrativeLevel.valueOf((String) a[2])));
        }
        Map<AdministrativeLevel, List<String>> rankCodes = new EnumMap<>(AdministrativeLevel.class);
        Set<UUID> named = new HashSet<>();
        parsed.rows().stream().filter(r -> r.id() != null).forEach(r -> named.add(r.id()));
        Map<UUID, Person> existing = new HashMap<>();
        if (!named.isEmpty()) {
            Person.<Person>list("id in ?1 and divisionCode = ?2", named, division).forEach(p -> existing.put(p.id, p));
        }
        Map<String, UUID> rooms = roomsNamed(parsed.rows(), division);
        Map<UUID, Integer> firstRow = new HashMap<>();
        for (StaffSheet.Row row : parsed.rows()) {
            if (row.seated() && !rooms.containsKey(row.buildingCode() + "/" + row.roomNumber())) {
                boolean building = rooms.containsKey(row.buildingCode());
                errors.add(building ? new Sheet.Error(row.row(), "room_number", PropertyText.BUILDING_HAS_NO_SUCH_ROOM.with(row.buildingCode()), row.roomNumber())
                        : new Sheet.Error(row.row(), "building_code", PropertyText.NO_BUILDING_CODE_IN_DIVISION.with(division), row.buildingCode()));
            }
            Unit unit = row.agencyCreditCode() == null ? null : units.get(row.agencyCreditCode());
            if (row.agencyCreditCode() != null && unit == null) {
                errors.add(new Sheet.Error(row.row(), "agency_credit_code", PropertyText.NO_AGENCY_CODE_IN_DIVISION.with(division), row.agencyCreditCode()));
            } else if (unit != null && row.rank() != null && !rankCodes.computeIfAbsent(unit.level(), ranks::codes).contains(row.rank())) {
                errors.add(new Sheet.Error(row.row(), "rank", PropertyText.RANK_NOT_OF_LEVEL.with(PropertyText.label("LEVEL", unit.level()).with(),
                        String.join(", ", rankCodes.get(unit.level()))), row.rank()));
            }
            if (row.id() != null) {
                if (!existing.containsKey(row.id())) {
                    errors.add(new Sheet.Error(row.row(), "id", PropertyText.NO_PERSON_ID_IN_DIVISION.with(division), row.id().toString()));
                } else if (firstRow.putIfAbsent(row.id(), row.row()) != null) {
                    errors.add(new Sheet.Error(row.row(), "id", PropertyText.TWICE_IN_FILE.with(firstRow.get(row.id())), row.id().toString()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(dryRun, parsed.rowsRead(), errors, reader);
        }
        List<StaffSheet.Row> creates = parsed.rows().stream().filter(r -> r.id() == null).toList();
        List<StaffSheet.Row> updates = parsed.rows().stream().filter(r -> r.id() != null).toList();
        Map<Integer, UUID> people = new HashMap<>();
        parsed.rows().forEach(r -> people.put(r.row(), r.id() != null ? r.id() : UUID.randomUUID()));
        List<StaffSheet.Row> newSeats = newSeats(parsed.rows(), people, rooms);
        if (dryRun) {
            return new ImportReport(true, parsed.rowsRead(), creates.size(), updates.size(), 0, newSeats.size(), List.of());
        }
        List<Outbox.Message> registered = insert(creates, people, units, division);
        List<Outbox.Message> updated = new ArrayList<>();
        Set<UUID> recheck = new HashSet<>();
        OffsetDateTime now = clock.now();
        for (StaffSheet.Row row : updates) {
            Person person = existing.get(row.id());
            Unit unit = units.get(row.agencyCreditCode());
            person.agencyId = unit.id();
            person.agencyCode = row.agencyCreditCode();
            person.level = unit.level();
            person.name = row.name();
            person.position = row.position();
            person.rankCode = row.rank();
            person.status = row.status();
            person.statusSince = row.statusSince();
            person.updatedAt = now;
            recheck.add(person.id);
        }
        entityManager.flush();
        updates.forEach(row -> updated.add(new Outbox.Message(row.id().toString(), PersonView.of(existing.get(row.id())))));
        outbox.publishAll(PersonView.TOPIC, PersonView.REGISTERED, registered);
        outbox.publishAll(PersonView.TOPIC, PersonView.UPDATED, updated);
        Set<UUID> seatedRooms = seat(newSeats, people, rooms, division, recheck);
        compliance.recompute(seatedRooms, recheck);
        audit.record("staff.imported", "division", division, registered.size() + " registered, " + updated.size() + " updated, "
                + newSeats.size() + " seated");
        return new ImportReport(false, parsed.rowsRead(), registered.size(), updated.size(), 0, newSeats.size(), List.of());
    }

    /** The rooms the sheet names, by "building code/room number", and the buildings by code (to tell which one is missing). */
    private Map<String, UUID> roomsNamed(List<StaffSheet.Row> rows, String division) {
        Map<String, UUID> rooms = new HashMap<>();
        Set<String> codes = new HashSet<>();
        rows.stream().filter(StaffSheet.Row::seated).forEach(r -> codes.add(r.buildingCode()));
        if (codes.isEmpty()) {
            return rooms;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("""
                SELECT b.code, b.id, r.number, r.id FROM building b LEFT JOIN room r ON r.building_id = b.id AND r.retired_on IS NULL
                WHERE b.division_code = ?1 AND b.code = ANY(?2)""").setParameter(1, division).setParameter(2, codes.toArray(String[]::new))
                .getResultList();
        for (Object[] f : found) {
            rooms.put((String) f[0], (UUID) f[1]);
            if (f[2] != null) {
                rooms.put(f[0] + "/" + f[2], (UUID) f[3]);
            }
        }
        return rooms;
    }

    /** Rows whose person does not already sit in the room they name. */
    private List<StaffSheet.Row> newSeats(List<StaffSheet.Row> rows, Map<Integer, UUID> people, Map<String, UUID> rooms) {
        UUID[] named = rows.stream().filter(r -> r.seated() && r.id() != null).map(StaffSheet.Row::id).toArray(UUID[]::new);
        Set<String> open = new HashSet<>();
        if (named.length > 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> seats = entityManager.createNativeQuery("SELECT person_id, room_id FROM seat WHERE to_date IS NULL AND person_id = ANY(?1)")
                    .setParameter(1, named).getResultList();
            seats.forEach(seat -> open.add(seat[0] + "/" + seat[1]));
        }
        return rows.stream().filter(StaffSheet.Row::seated)
                .filter(r -> !open.contains(people.get(r.row()) + "/" + rooms.get(r.buildingCode() + "/" + r.roomNumber()))).toList();
    }

    private Set<UUID> seat(List<StaffSheet.Row> rows, Map<Integer, UUID> people, Map<String, UUID> rooms, String division, Set<UUID> recheck) {
        List<Object[]> seats = new ArrayList<>(rows.size());
        List<Outbox.Message> events = new ArrayList<>(rows.size());
        Set<UUID> seatedRooms = new HashSet<>();
        for (StaffSheet.Row r : rows) {
            UUID id = UUID.randomUUID();
            UUID person = people.get(r.row());
            UUID room = rooms.get(r.buildingCode() + "/" + r.roomNumber());
            seats.add(new Object[] {id, person, room, division, r.seatedFrom()});
            events.add(new Outbox.Message(id.toString(), new SeatView(id, person, room, null, r.seatedFrom(), null)));
            seatedRooms.add(room);
            recheck.add(person);
        }
        CopyIn.rows(entityManager, "seat", List.of("id", "person_id", "room_id", "division_code", "from_date"), seats);
        outbox.publishAll(SeatView.TOPIC, SeatView.ASSIGNED, events);
        return seatedRooms;
    }

    private List<Outbox.Message> insert(List<StaffSheet.Row> rows, Map<Integer, UUID> ids, Map<String, Unit> units, String division) {
        List<Outbox.Message> events = new ArrayList<>(rows.size());
        List<Object[]> people = new ArrayList<>(rows.size());
        OffsetDateTime now = clock.now();
        for (StaffSheet.Row r : rows) {
            UUID id = ids.get(r.row());
            Unit unit = units.get(r.agencyCreditCode());
            people.add(new Object[] {id, unit.id(), division, r.agencyCreditCode(), r.name(), r.position(), unit.level(), r.rank(), r.status(),
                    r.statusSince(), 0, now, now});
            events.add(new Outbox.Message(id.toString(), new PersonView(id, unit.id(), division, r.agencyCreditCode(), r.name(), r.position(),
                    unit.level(), r.rank(), r.status(), r.statusSince(), 0)));
        }
        CopyIn.rows(entityManager, "person", List.of("id", "agency_id", "division_code", "agency_code", "name", "position", "level", "rank_code",
                "status", "status_since", "version", "created_at", "updated_at"), people);
        return events;
    }

    /**
     * The people in scope (optionally of one agency) as rows of the import sheet, with their ids so that an edited
     * export updates them, and the office each sits in for their own unit (the earliest, if several).
     */
    public List<List<Object>> exportRows(UUID agencyId) {
        Query query = entityManager.createNativeQuery("""
                SELECT p.id, p.agency_code, p.name, p.position, p.rank_code, p.status, p.status_since, s.code, s.number, s.from_date
                FROM person p LEFT JOIN LATERAL (
                    SELECT b.code, r.number, st.from_date FROM seat st JOIN room r ON r.id = st.room_id JOIN building b ON b.id = r.building_id
                    WHERE st.person_id = p.id AND st.to_date IS NULL AND st.concurrent_post_id IS NULL ORDER BY st.from_date, st.id LIMIT 1) s ON true
                WHERE p.division_code LIKE ?1""" + (agencyId == null ? "" : " AND p.agency_id = ?2") + " ORDER BY p.agency_code, p.name, p.id")
                .setParameter(1, scope.divisionPrefix() + "%");
        if (agencyId != null) {
            query.setParameter(2, agencyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new StaffSheet.Row(0, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        PersonStatus.valueOf((String) r[5]), (LocalDate) r[6], (String) r[7], (String) r[8], (LocalDate) r[9]).cells())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String division) {
        return entityManager.createNativeQuery(sql).setParameter(1, division).getResultList();
    }
}
