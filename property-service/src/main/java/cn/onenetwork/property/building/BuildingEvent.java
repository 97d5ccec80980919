package cn.onenetwork.property.building;

/** Topic and types of building events; the payload is the building's full state ({@link BuildingView}). */
public final class BuildingEvent {

    public static final String TOPIC = "property.buildings";
    public static final String REGISTERED = "cn.onenetwork.property.building.registered.v1";

    private BuildingEvent() {
    }
}
