package cn.onenetwork.property.lease;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.property.building.Building;
import cn.onenetwork.property.building.BuildingService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Marks leased premises with the contract allocation signed (and its end), so the registry shows what they are held under. */
@ApplicationScoped
public class LeaseEventHandler implements EventHandler {

    static final String TOPIC = "allocation.leases";
    static final String SIGNED = "cn.onenetwork.allocation.lease.signed.v1";
    static final String ENDED = "cn.onenetwork.allocation.lease.ended.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LeaseSnapshot(String number, UUID buildingId, LocalDate endsOn, LocalDate endedOn) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    BuildingService buildings;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        if (!SIGNED.equals(event.type()) && !ENDED.equals(event.type())) {
            return;
        }
        LeaseSnapshot lease = json.readValue(event.payload(), LeaseSnapshot.class);
        if (lease.number() == null || lease.buildingId() == null || lease.endsOn() == null) {
            throw new IllegalArgumentException("lease event lacks number, buildingId or endsOn");
        }
        Building building = Building.findById(lease.buildingId());
        if (building == null) {
            throw new IllegalArgumentException("lease " + lease.number() + " names building " + lease.buildingId() + ", unknown to the registry");
        }
        buildings.leaseRecorded(building, lease.number(), ENDED.equals(event.type()) && lease.endedOn() != null ? lease.endedOn() : lease.endsOn());
    }
}
