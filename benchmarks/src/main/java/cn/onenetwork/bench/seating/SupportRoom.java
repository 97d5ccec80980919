package cn.onenetwork.bench.seating;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A service or equipment room, chosen or not. A pinned, always chosen room of 0 m² per kind keeps every sum defined. */
@PlanningEntity
public class SupportRoom {

    @PlanningId
    public String id;

    public String kind;

    public int building;

    public int floor;

    public long areaCents;

    @PlanningPin
    public boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "choice")
    public Boolean chosen;

    public SupportRoom() {
    }

    public SupportRoom(String id, String kind, int building, int floor, long areaCents, boolean pinned) {
        this.id = id;
        this.kind = kind;
        this.building = building;
        this.floor = floor;
        this.areaCents = areaCents;
        this.pinned = pinned;
        this.chosen = pinned ? Boolean.TRUE : null;
    }

    public boolean isChosen() {
        return Boolean.TRUE.equals(chosen);
    }
}
