package cn.onenetwork.property.agency;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.property.organisation.AgencySystem;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Payload of property.agencies events: the agency's full state, so consumers never call back. */
public record AgencyEvent(UUID id, String creditCode, String name, String divisionCode, AdministrativeLevel level,
        AgencySystem system, UUID parentAgencyId, boolean officesBureau, Map<String, Integer> approvedStaffing,
        int actualStaff, long version) {

    public static final String TOPIC = "property.agencies";
    public static final String REGISTERED = "cn.onenetwork.property.agency.registered.v1";
    public static final String UPDATED = "cn.onenetwork.property.agency.updated.v1";

    static AgencyEvent of(Agency a) {
        return new AgencyEvent(a.id, a.creditCode, a.name, a.divisionCode, a.level, a.system, a.parentAgencyId,
                a.officesBureau, new TreeMap<>(a.approvedStaffing), a.actualStaff, a.version);
    }
}
