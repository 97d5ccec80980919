package cn.onenetwork.property.disposal;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.property.building.Building;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.room.Room;
import cn.onenetwork.property.room.RoomService;
import cn.onenetwork.property.staff.StaffService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Allocation completed the disposal of a building: the building becomes history and leaves the totals with its rooms
 * (retired that day, their seats ended), and compliance is rechecked for the rooms and people concerned.
 */
@ApplicationScoped
public class DisposalEventHandler implements EventHandler {

    static final String TOPIC = "allocation.disposals";
    static final String COMPLETED = "cn.onenetwork.allocation.disposal.completed.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisposalSnapshot(UUID id, String number, UUID buildingId, String method, LocalDate completedOn) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    BuildingService buildings;

    @Inject
    RoomService rooms;

    @Inject
    StaffService staff;

    @Inject
    ComplianceService compliance;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        if (!COMPLETED.equals(event.type())) {
            return;
        }
        DisposalSnapshot disposal = json.readValue(event.payload(), DisposalSnapshot.class);
        if (disposal.buildingId() == null || disposal.number() == null || disposal.method() == null || disposal.completedOn() == null) {
            throw new IllegalArgumentException("disposal event lacks buildingId, number, method or completedOn");
        }
        Building building = Building.findById(disposal.buildingId());
        if (building == null) {
            throw new IllegalArgumentException("disposal " + disposal.number() + " names building " + disposal.buildingId() + ", unknown to the registry");
        }
        if (building.disposedOn != null) {
            return;
        }
        buildings.disposed(building, disposal.completedOn(), disposal.method(), disposal.number());
        List<Room> standing = Room.list("buildingId = ?1 and retiredOn is null", building.id);
        Set<UUID> roomIds = standing.stream().map(r -> r.id).collect(Collectors.toSet());
        Set<UUID> people = roomIds.isEmpty() ? Set.of() : staff.endSeatsIn(roomIds, disposal.completedOn());
        for (Room room : standing) {
            rooms.retired(room, disposal.completedOn(), "处置 " + disposal.method() + " " + disposal.number());
        }
        compliance.recompute(roomIds, people);
    }
}
