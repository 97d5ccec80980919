package cn.onenetwork.property.division;

import cn.onenetwork.property.organisation.AdministrativeLevel;

/** Payload of property.divisions events: the division's full state. */
public record DivisionEvent(String code, String name, AdministrativeLevel level, String parentCode, long version) {

    public static final String TOPIC = "property.divisions";
    public static final String REGISTERED = "cn.onenetwork.property.division.registered.v1";

    static DivisionEvent of(Division d) {
        return new DivisionEvent(d.code, d.name, d.level, d.parentCode, d.version);
    }
}
