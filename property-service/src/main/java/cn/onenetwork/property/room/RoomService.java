package cn.onenetwork.property.room;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.building.Building;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.building.Floor;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.holding.RoomHolding;
import cn.onenetwork.property.holding.SubLedger;
import cn.onenetwork.property.staff.Seat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RoomService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    BuildingService buildings;

    @Inject
    ComplianceService compliance;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    SubLedger subLedger;

    public Room visible(UUID id) {
        Room room = id == null ? null : Room.findById(id);
        if (room == null || !scope.canSeeDivision(room.divisionCode) || !subLedger.mayReadRoom(room.id)) {
            throw ProblemException.notFound(PropertyText.KIND_ROOM, id);
        }
        return room;
    }

    public RoomPage list(UUID buildingId, RoomCategory category, String q, boolean includeRetired, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = subLedger.narrowRooms(ScopedQuery.of(scope, "divisionCode", null), "id").andEquals("buildingId", buildingId)
                .andEquals("category", category).andContains("searchText", q).andWhere(!includeRetired, "retiredOn is null")
                .after("id", Cursors.decodeUuid(cursor));
        List<Room> rows = Room.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<RoomView> page = Cursors.slice(rows, size, RoomView::of, RoomView::id);
        return new RoomPage(page.items(), page.nextCursor());
    }

    /** The rooms in scope as rows of the import sheet, so that an export can be edited and imported again. */
    public List<RoomSheet.Row> exportRows(UUID buildingId) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, b.code, f.label, r.number, r.category, r.use_area, r.building_area, r.function, r.status, r.status_since
                FROM room r JOIN building b ON b.id = r.building_id JOIN floor f ON f.id = r.floor_id
                WHERE r.division_code LIKE ?1 AND r.retired_on IS NULL""");
        if (buildingId != null) {
            sql.append(" AND r.building_id = ?2");
        }
        sql.append(" ORDER BY b.code, f.label, r.number");
        Query query = entityManager.createNativeQuery(sql.toString()).setParameter(1, scope.divisionPrefix() + "%");
        if (buildingId != null) {
            query.setParameter(2, buildingId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RoomSheet.Row(0, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                RoomCategory.valueOf((String) r[4]), (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7], RoomStatus.valueOf((String) r[8]),
                (LocalDate) r[9])).toList();
    }

    @Transactional
    public Room register(RoomInput input) {
        Building building = writableBuilding(input);
        if (Room.count("buildingId = ?1 and number = ?2 and retiredOn is null", building.id, input.number().strip()) > 0) {
            throw ProblemException.conflict("DUPLICATE_ROOM_NUMBER", PropertyText.DUPLICATE_ROOM_NUMBER.with(building.code, input.number().strip()));
        }
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.createdAt = clock.now();
        apply(room, building.id, building.divisionCode, input);
        room.persistAndFlush();
        outbox.publish(RoomView.TOPIC, room.id.toString(), RoomView.REGISTERED, RoomView.of(room));
        audit.record("room.registered", "room", room.id, building.code + "/" + room.number);
        compliance.recompute(Set.of(room.id), Set.of());
        return room;
    }

    @Transactional
    public Room update(UUID id, String ifMatch, RoomInput input) {
        Room room = visible(id);
        scope.requireOwnLevel(room.divisionCode);
        Etags.requireMatch(ifMatch, room.version);
        requireNotRetired(room);
        Building building = writableBuilding(input);
        if (!room.number.equals(input.number().strip())
                && Room.count("buildingId = ?1 and number = ?2 and retiredOn is null", building.id, input.number().strip()) > 0) {
            throw ProblemException.conflict("DUPLICATE_ROOM_NUMBER", PropertyText.DUPLICATE_ROOM_NUMBER.with(building.code, input.number().strip()));
        }
        apply(room, building.id, building.divisionCode, input);
        entityManager.flush();
        outbox.publish(RoomView.TOPIC, room.id.toString(), RoomView.UPDATED, RoomView.of(room));
        audit.record("room.updated", "room", room.id, building.code + "/" + room.number);
        compliance.recompute(Set.of(room.id), compliance.peopleSeatedIn(room.id));
        return room;
    }

    /**
     * Retires a room merged or split in a renovation. It must be empty first: nobody seated (release the seats) and
     * held by no unit (allocation ends the holding); its open findings are resolved and its history stays.
     */
    @Transactional
    public Room retire(UUID id, String ifMatch, RoomRetirement input) {
        Room room = visible(id);
        scope.requireOwnLevel(room.divisionCode);
        Etags.requireMatch(ifMatch, room.version);
        requireNotRetired(room);
        long seated = Seat.count("roomId = ?1 and toDate is null", room.id);
        if (seated > 0) {
            throw ProblemException.conflict("ROOM_OCCUPIED", PropertyText.ROOM_OCCUPIED.with(room.number, seated));
        }
        RoomHolding holding = RoomHolding.current(room.id);
        if (holding != null) {
            throw ProblemException.conflict("ROOM_HELD", PropertyText.ROOM_HELD.with(room.number, holding.agencyCode, holding.reference));
        }
        if (input.retiredOn().isBefore(room.createdAt.atZoneSameInstant(clock.getClock().getZone()).toLocalDate())) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.ROOM_RETIRED_BEFORE_REGISTRATION.with(),
                    List.of(Violation.of("retiredOn", PropertyText.NOT_BEFORE_ROOM_REGISTRATION, input.retiredOn().toString())));
        }
        retired(room, input.retiredOn(), input.reason());
        compliance.recompute(Set.of(room.id), Set.of());
        return room;
    }

    /** Retires the room on a day, for a renovation or the disposal of its building; the caller rechecks compliance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retired(Room room, LocalDate on, String reason) {
        room.retiredOn = on;
        room.retirementReason = reason.strip();
        room.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(RoomView.TOPIC, room.id.toString(), RoomView.RETIRED, RoomView.of(room));
        audit.record("room.retired", "room", room.id, room.number + " on " + room.retiredOn + ": " + room.retirementReason);
    }

    /** Maintenance started or finished works in the room: its status changes from that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Room room, RoomStatus status, LocalDate since, String reason) {
        room.status = status;
        room.statusSince = since;
        room.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(RoomView.TOPIC, room.id.toString(), RoomView.UPDATED, RoomView.of(room));
        audit.record("room.status-changed", "room", room.id, room.number + " " + status + " from " + since + ": " + reason);
    }

    public static void requireNotRetired(Room room) {
        if (room.retiredOn != null) {
            throw ProblemException.conflict("ROOM_RETIRED", PropertyText.ROOM_RETIRED.with(room.number, room.retiredOn, room.retirementReason));
        }
    }

    private Building writableBuilding(RoomInput input) {
        Building building = buildings.visible(input.buildingId());
        scope.requireOwnLevel(building.divisionCode);
        BuildingService.requireNotDisposed(building);
        Floor floor = Floor.findById(input.floorId());
        if (floor == null || !floor.buildingId.equals(building.id)) {
            throw ProblemException.businessRule("FLOOR_NOT_IN_BUILDING", PropertyText.FLOOR_NOT_IN_BUILDING.with(input.floorId(), building.code));
        }
        return building;
    }

    /** Writes a room's registered facts; the category date moves only when the category changes. Also for sheet rows that correct a room. */
    void apply(Room room, UUID buildingId, String divisionCode, RoomInput input) {
        room.buildingId = buildingId;
        room.floorId = input.floorId();
        room.divisionCode = divisionCode;
        room.number = input.number().strip();
        if (room.category != input.category()) {
            room.categorySince = compliance.today();
        }
        room.category = input.category();
        room.useArea = input.useArea();
        room.buildingArea = input.buildingArea();
        room.function = input.function();
        room.status = input.status();
        room.statusSince = input.statusSince();
        room.updatedAt = clock.now();
    }
}
