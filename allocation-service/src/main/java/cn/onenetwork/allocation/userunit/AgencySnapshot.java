package cn.onenetwork.allocation.userunit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The part of property-service's agency event that allocation reads; newer fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AgencySnapshot(UUID id, String creditCode, String name, String divisionCode, String level, String system,
        Map<String, Integer> approvedStaffing, LocalDate dissolvedOn, String dissolutionKind, UUID successorId, String dissolutionReason,
        Long version) {

    static final String TOPIC = "property.agencies";

    void requireComplete() {
        if (id == null || creditCode == null || name == null || divisionCode == null || level == null || system == null || version == null) {
            throw new IllegalArgumentException("agency event lacks id, creditCode, name, divisionCode, level, system or version");
        }
    }
}
