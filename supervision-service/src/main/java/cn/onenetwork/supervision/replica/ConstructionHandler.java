package cn.onenetwork.supervision.replica;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** Construction projects (办公用房建设项目), from allocation's necessity reviews, dated: the 建设项目 table as of a day. */
@ApplicationScoped
public class ConstructionHandler implements EventHandler {

    static final String TABLE = "construction_version";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewSnapshot(UUID id, String number, String divisionCode, String projectName, String site, BigDecimal plannedArea,
            BigDecimal estimatedInvestment, String status, String handedTo, String approvingDepartment, String builder, UUID agencyId, Long version) {
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
        return Set.of("allocation.construction-reviews");
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        ReviewSnapshot r = json.readValue(event.payload(), ReviewSnapshot.class);
        if (r.id() == null || r.number() == null || r.divisionCode() == null || r.projectName() == null || r.status() == null || r.version() == null) {
            throw new IllegalArgumentException("construction review event lacks id, number, divisionCode, projectName, status or version");
        }
        // Until a review names its approving department, the development-and-reform department it was handed to approves it.
        String approving = r.approvingDepartment() != null ? r.approvingDepartment() : r.handedTo();
        versions.advance(TABLE, r.id(), r.version(), clock.dayOf(event.time())).ifPresent(from -> entityManager.createNativeQuery("""
                INSERT INTO construction_version (id, valid_from, number, division_code, project_name, site, planned_area, estimated_investment, status,
                    approving_department, builder, agency_id, source_version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                """).setParameter(1, r.id()).setParameter(2, from).setParameter(3, r.number()).setParameter(4, r.divisionCode())
                .setParameter(5, r.projectName()).setParameter(6, r.site()).setParameter(7, r.plannedArea()).setParameter(8, r.estimatedInvestment())
                .setParameter(9, r.status()).setParameter(10, approving).setParameter(11, r.builder()).setParameter(12, r.agencyId())
                .setParameter(13, r.version()).executeUpdate());
    }
}
