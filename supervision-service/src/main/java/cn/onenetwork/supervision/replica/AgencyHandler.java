package cn.onenetwork.supervision.replica;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Units with their category (单位类别) and approved staffing per rank, dated: the 办公用房信息 rows name them as of a day. */
@ApplicationScoped
public class AgencyHandler implements EventHandler {

    static final String TABLE = "agency_version";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgencySnapshot(UUID id, String creditCode, String name, String divisionCode, String level, String system, String category,
            Boolean officesBureau, Map<String, Integer> approvedStaffing, Integer actualStaff, LocalDate dissolvedOn, Long version) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlatformClockProvider clock;

    @Inject
    DatedVersions versions;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of("property.agencies");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        AgencySnapshot a = json.readValue(event.payload(), AgencySnapshot.class);
        if (a.id() == null || a.creditCode() == null || a.name() == null || a.divisionCode() == null || a.level() == null || a.system() == null
                || a.version() == null) {
            throw new IllegalArgumentException("agency event lacks id, creditCode, name, divisionCode, level, system or version");
        }
        String category = a.category() != null ? a.category() : AgencyCategory.implied(a.system()).name();
        String staffing = json.writeValueAsString(a.approvedStaffing() == null ? Map.of() : a.approvedStaffing());
        versions.advance(TABLE, a.id(), a.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO agency_version (id, valid_from, credit_code, name, division_code, level, agency_system, category, offices_bureau,
                    approved_staffing, actual_staff, dissolved_on, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS jsonb), ?11, ?12, ?13)
                """).setParameter(1, a.id()).setParameter(2, from).setParameter(3, a.creditCode()).setParameter(4, a.name())
                .setParameter(5, a.divisionCode()).setParameter(6, a.level()).setParameter(7, a.system()).setParameter(8, category)
                .setParameter(9, Boolean.TRUE.equals(a.officesBureau())).setParameter(10, staffing).setParameter(11, a.actualStaff() == null ? 0 : a.actualStaff())
                .setParameter(12, a.dissolvedOn()).setParameter(13, a.version()).executeUpdate());
    }
}
