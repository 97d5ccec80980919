package cn.onenetwork.allocation.userunit;

import cn.onenetwork.allocation.request.RequestService;
import cn.onenetwork.allocation.vacating.VacatingCause;
import cn.onenetwork.allocation.vacating.VacatingService;
import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps the user-unit replica. The upsert only moves forward in the source version, so a stale
 * event that arrives late (a relay retry after a later event) cannot roll the replica back.
 */
@ApplicationScoped
public class AgencyEventHandler implements EventHandler {

    @Inject
    PlatformClockProvider clock;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    VacatingService vacating;

    @Inject
    RequestService requests;

    @Override
    public Set<String> topics() {
        return Set.of(AgencySnapshot.TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        AgencySnapshot agency = json.readValue(event.payload(), AgencySnapshot.class);
        agency.requireComplete();
        Map<String, Integer> staffing = agency.approvedStaffing() == null ? Map.of() : new TreeMap<>(agency.approvedStaffing());
        entityManager.createNativeQuery("""
                INSERT INTO user_unit (id, credit_code, name, division_code, level, agency_system, approved_staffing, source_version, synced_at,
                                       dissolved_on, dissolution_kind, successor_id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                ON CONFLICT (id) DO UPDATE SET credit_code = EXCLUDED.credit_code, name = EXCLUDED.name,
                    division_code = EXCLUDED.division_code, level = EXCLUDED.level, agency_system = EXCLUDED.agency_system,
                    approved_staffing = EXCLUDED.approved_staffing, source_version = EXCLUDED.source_version, synced_at = EXCLUDED.synced_at,
                    dissolved_on = EXCLUDED.dissolved_on, dissolution_kind = EXCLUDED.dissolution_kind, successor_id = EXCLUDED.successor_id
                WHERE user_unit.source_version < EXCLUDED.source_version
                """)
                .setParameter(1, agency.id())
                .setParameter(2, agency.creditCode())
                .setParameter(3, agency.name())
                .setParameter(4, agency.divisionCode())
                .setParameter(5, agency.level())
                .setParameter(6, agency.system())
                .setParameter(7, json.writeValueAsString(staffing))
                .setParameter(8, agency.version())
                .setParameter(9, clock.now())
                .setParameter(10, agency.dissolvedOn())
                .setParameter(11, agency.dissolutionKind())
                .setParameter(12, agency.successorId())
                .executeUpdate();
        if (agency.dissolvedOn() != null) {
            requests.unitEnded(agency.id(), agency.dissolvedOn());
            vacating.unitEnded(agency.id(), agency.dissolvedOn(), "MERGED".equals(agency.dissolutionKind()) ? VacatingCause.MERGER : VacatingCause.DISSOLUTION,
                    agency.successorId(), agency.dissolutionReason());
        }
    }
}
