package cn.onenetwork.allocation.standard;

import cn.onenetwork.common.event.EventEnvelope;
import cn.onenetwork.common.inbox.EventHandler;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Keeps the replica of the registry's standards and allowances. Each event is one row as it now stands (a new row, or
 * the row it closed); one row's events share a key, so they arrive in order and the last one written is the row.
 */
@ApplicationScoped
public class StandardEventHandler implements EventHandler {

    static final String TOPIC = "property.standards";
    static final String AREA_STANDARD = "cn.onenetwork.property.area-standard.recorded.v1";
    static final String SPACE_ALLOWANCE = "cn.onenetwork.property.space-allowance.recorded.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(Long id, String level, String rankCode, String divisionCode, BigDecimal officeArea, BigDecimal servicePerPerson,
            BigDecimal equipmentPerPerson, LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

        void requireComplete(boolean areaStandard) {
            boolean common = id != null && level != null && effectiveFrom != null && source != null;
            boolean own = areaStandard ? rankCode != null && officeArea != null : servicePerPerson != null && equipmentPerPerson != null;
            if (!common || !own) {
                throw new IllegalArgumentException("standards event lacks a field of its row");
            }
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) throws Exception {
        Row row = json.readValue(event.payload(), Row.class);
        if (AREA_STANDARD.equals(event.type())) {
            row.requireComplete(true);
            entityManager.createNativeQuery("""
                    INSERT INTO standard_row (id, level, rank_code, division_code, office_area, effective_from, effective_to, source)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    ON CONFLICT (id) DO UPDATE SET effective_to = EXCLUDED.effective_to
                    """).setParameter(1, row.id()).setParameter(2, row.level()).setParameter(3, row.rankCode()).setParameter(4, row.divisionCode())
                    .setParameter(5, row.officeArea()).setParameter(6, row.effectiveFrom()).setParameter(7, row.effectiveTo())
                    .setParameter(8, row.source()).executeUpdate();
        } else if (SPACE_ALLOWANCE.equals(event.type())) {
            row.requireComplete(false);
            entityManager.createNativeQuery("""
                    INSERT INTO allowance_row (id, level, division_code, service_per_person, equipment_per_person, effective_from, effective_to, source)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    ON CONFLICT (id) DO UPDATE SET effective_to = EXCLUDED.effective_to
                    """).setParameter(1, row.id()).setParameter(2, row.level()).setParameter(3, row.divisionCode())
                    .setParameter(4, row.servicePerPerson()).setParameter(5, row.equipmentPerPerson()).setParameter(6, row.effectiveFrom())
                    .setParameter(7, row.effectiveTo()).setParameter(8, row.source()).executeUpdate();
        }
    }
}
