package cn.onenetwork.property.repair;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.property.building.Building;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.room.Room;
import cn.onenetwork.property.room.RoomService;
import cn.onenetwork.property.room.RoomStatus;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Maintenance started or accepted a medium or major repair, or a unit reported a routine repair done. During medium and
 * major works the rooms named are UNDER_REPAIR (so allocation does not offer them); on acceptance each room returns to the
 * status it had before, the building records the day of its last medium or major repair, and the acceptance documents'
 * fingerprints are kept with the repair. A routine repair takes no room out of use and has no start of works: it is
 * recorded with the day it was done.
 */
@ApplicationScoped
public class RepairEventHandler implements EventHandler {

    static final String TOPIC = "maintenance.repair-projects";
    static final String STARTED = "cn.onenetwork.maintenance.repair.started.v1";
    static final String COMPLETED = "cn.onenetwork.maintenance.repair.completed.v1";
    private static final String ROUTINE = "ROUTINE";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RepairSnapshot(UUID id, String number, UUID buildingId, String repairClass, List<UUID> roomIds, LocalDate startedOn, LocalDate acceptedOn,
            List<DocumentReference> documents) {

        /** The acceptance documents: their fingerprints are archived with the repair; the files stay with the project in maintenance-service. */
        List<DocumentReference> acceptanceDocuments() {
            return documents == null ? List.of() : documents.stream().filter(d -> "ACCEPTANCE".equals(d.kind())).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DocumentReference(UUID id, String kind, String fileName, String contentType, Long sizeBytes, String sha256) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    BuildingService buildings;

    @Inject
    RoomService rooms;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        boolean started = STARTED.equals(event.type());
        if (!started && !COMPLETED.equals(event.type())) {
            return;
        }
        RepairSnapshot repair = json.readValue(event.payload(), RepairSnapshot.class);
        boolean routine = ROUTINE.equals(repair.repairClass());
        if (repair.id() == null || repair.number() == null || repair.buildingId() == null || repair.repairClass() == null
                || (!routine && repair.startedOn() == null) || ((routine || !started) && repair.acceptedOn() == null)) {
            throw new IllegalArgumentException("repair event lacks id, number, buildingId, repairClass, startedOn (medium and major) or acceptedOn");
        }
        Building building = Building.findById(repair.buildingId());
        if (building == null) {
            throw new IllegalArgumentException("repair " + repair.number() + " names building " + repair.buildingId() + ", unknown to the registry");
        }
        if (routine) {
            entityManager.createNativeQuery("""
                    INSERT INTO building_repair (project_id, building_id, number, repair_class, completed_on, acceptance_documents)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (project_id) DO NOTHING
                    """).setParameter(1, repair.id()).setParameter(2, building.id).setParameter(3, repair.number()).setParameter(4, ROUTINE)
                    .setParameter(5, repair.acceptedOn()).setParameter(6, json.writeValueAsString(repair.acceptanceDocuments())).executeUpdate();
            return;
        }
        int opened = entityManager.createNativeQuery("""
                INSERT INTO building_repair (project_id, building_id, number, repair_class, started_on) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (project_id) DO NOTHING
                """).setParameter(1, repair.id()).setParameter(2, building.id).setParameter(3, repair.number()).setParameter(4, repair.repairClass())
                .setParameter(5, repair.startedOn()).executeUpdate();
        if (opened > 0) {
            startWorks(repair);
        }
        if (!started) {
            accept(repair, building);
        }
    }

    private void startWorks(RepairSnapshot repair) {
        for (UUID roomId : repair.roomIds() == null ? List.<UUID>of() : repair.roomIds()) {
            Room room = Room.findById(roomId);
            if (room == null || room.retiredOn != null || !room.buildingId.equals(repair.buildingId())) {
                continue;
            }
            entityManager.createNativeQuery("INSERT INTO room_under_repair (project_id, room_id, previous_status) VALUES (?1, ?2, ?3)")
                    .setParameter(1, repair.id()).setParameter(2, roomId).setParameter(3, room.status.name()).executeUpdate();
            if (room.status != RoomStatus.UNDER_REPAIR) {
                rooms.statusChanged(room, RoomStatus.UNDER_REPAIR, repair.startedOn(), "维修 " + repair.number());
            }
        }
    }

    private void accept(RepairSnapshot repair, Building building) throws Exception {
        int closed = entityManager.createNativeQuery("UPDATE building_repair SET completed_on = ?2, acceptance_documents = ?3 WHERE project_id = ?1 AND completed_on IS NULL")
                .setParameter(1, repair.id()).setParameter(2, repair.acceptedOn())
                .setParameter(3, json.writeValueAsString(repair.acceptanceDocuments())).executeUpdate();
        if (closed == 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> worked = entityManager.createNativeQuery("""
                SELECT w.room_id, w.previous_status FROM room_under_repair w
                WHERE w.project_id = ?1 AND NOT EXISTS (
                    SELECT 1 FROM room_under_repair o JOIN building_repair r ON r.project_id = o.project_id
                    WHERE o.room_id = w.room_id AND o.project_id <> w.project_id AND r.completed_on IS NULL)
                """).setParameter(1, repair.id()).getResultList();
        for (Object[] row : worked) {
            Room room = Room.findById(row[0]);
            RoomStatus before = RoomStatus.valueOf((String) row[1]);
            if (room.retiredOn == null && room.status == RoomStatus.UNDER_REPAIR && before != RoomStatus.UNDER_REPAIR) {
                rooms.statusChanged(room, before, repair.acceptedOn(), "竣工验收 " + repair.number());
            }
        }
        buildings.repairRecorded(building, repair.acceptedOn(), repair.number());
    }
}
