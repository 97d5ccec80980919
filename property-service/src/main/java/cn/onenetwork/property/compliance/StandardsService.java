package cn.onenetwork.property.compliance;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.rules.DivisionCodes;
import cn.onenetwork.property.compliance.StandardsApi.AreaStandardInput;
import cn.onenetwork.property.compliance.StandardsApi.AreaStandardView;
import cn.onenetwork.property.compliance.StandardsApi.SpaceAllowanceInput;
import cn.onenetwork.property.compliance.StandardsApi.SpaceAllowanceView;
import cn.onenetwork.property.division.Division;
import cn.onenetwork.property.division.DivisionService;
import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.property.organisation.RankTitles;
import cn.onenetwork.rules.StandardsInForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The standards and allowances as versioned data. A division writes rows for itself and its subtree; a new row
 * closes the one it replaces on its first day, so a check is always made against the row in force on the day checked.
 */
@ApplicationScoped
public class StandardsService {

    @Inject
    CallerScope scope;

    @Inject
    DivisionService divisions;

    @Inject
    RankTitles ranks;

    @Inject
    AreaStandards standards;

    @Inject
    ComplianceService compliance;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /** The rows that apply in the caller's scope: national ones, those of divisions above it, and those of its subtree. */
    private static final String AREA_STANDARD_COLUMNS = "SELECT id, level, rank_code, division_code, office_area, effective_from, effective_to, source "
            + "FROM area_standard";
    private static final String ALLOWANCE_COLUMNS = "SELECT id, level, division_code, service_per_person, equipment_per_person, effective_from, "
            + "effective_to, source FROM space_allowance";

    public List<AreaStandardView> areaStandards(AdministrativeLevel level) {
        return rows(AREA_STANDARD_COLUMNS, level, "rank_code, ").stream().filter(r -> applies((String) r[3])).map(StandardsService::areaStandard).toList();
    }

    public List<SpaceAllowanceView> allowances(AdministrativeLevel level) {
        return rows(ALLOWANCE_COLUMNS, level, "").stream().filter(r -> applies((String) r[2])).map(StandardsService::allowance).toList();
    }

    private static AreaStandardView areaStandard(Object[] r) {
        return new AreaStandardView(((Number) r[0]).longValue(), AdministrativeLevel.valueOf((String) r[1]), (String) r[2], (String) r[3],
                (BigDecimal) r[4], (LocalDate) r[5], (LocalDate) r[6], (String) r[7]);
    }

    private static SpaceAllowanceView allowance(Object[] r) {
        return new SpaceAllowanceView(((Number) r[0]).longValue(), AdministrativeLevel.valueOf((String) r[1]), (String) r[2], (BigDecimal) r[3],
                (BigDecimal) r[4], (LocalDate) r[5], (LocalDate) r[6], (String) r[7]);
    }

    /** The rows a change wrote, the closed ones first and the new one last, as allocation's replica receives them. */
    @SuppressWarnings("unchecked")
    private List<AreaStandardView> areaStandardRows(List<Long> closed, long added) {
        return ((List<Object[]>) entityManager.createNativeQuery(AREA_STANDARD_COLUMNS + " WHERE id = ANY(?1) ORDER BY id = ?2, id")
                .setParameter(1, ids(closed, added)).setParameter(2, added).getResultList()).stream().map(StandardsService::areaStandard).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SpaceAllowanceView> allowanceRows(List<Long> closed, long added) {
        return ((List<Object[]>) entityManager.createNativeQuery(ALLOWANCE_COLUMNS + " WHERE id = ANY(?1) ORDER BY id = ?2, id")
                .setParameter(1, ids(closed, added)).setParameter(2, added).getResultList()).stream().map(StandardsService::allowance).toList();
    }

    private static Long[] ids(List<Long> closed, long added) {
        List<Long> all = new ArrayList<>(closed);
        all.add(added);
        return all.toArray(Long[]::new);
    }

    @Transactional
    public AreaStandardView setAreaStandard(AreaStandardInput input) {
        Division division = ownDivision();
        requireFromToday(input.effectiveFrom());
        List<String> known = ranks.codes(input.level());
        if (!known.contains(input.rankCode())) {
            throw ProblemException.businessRule("UNKNOWN_RANK", PropertyText.UNKNOWN_RANK.with(input.rankCode(), PropertyText.label("LEVEL", input.level()).with()),
                    List.of(new Violation("rankCode", PropertyText.USE_ONE_OF.with(String.join(", ", known)), input.rankCode())));
        }
        BigDecimal ceiling = input.level() == AdministrativeLevel.TOWNSHIP
                ? standards.officeArea(AdministrativeLevel.COUNTY, StandardsInForce.TOWNSHIP_CEILING_RANK, division.code, input.effectiveFrom())
                : division.parentCode == null ? null : standards.officeArea(input.level(), input.rankCode(), division.parentCode, input.effectiveFrom());
        if (ceiling != null && input.officeArea().compareTo(ceiling) > 0) {
            throw ProblemException.businessRule("STANDARD_ABOVE_CEILING", (input.level() == AdministrativeLevel.TOWNSHIP
                    ? PropertyText.STANDARD_ABOVE_COUNTY_DEPUTY : PropertyText.STANDARD_ABOVE_PARENT).with(input.officeArea(), ceiling),
                    List.of(new Violation("officeArea", PropertyText.MUST_NOT_EXCEED.with(ceiling), input.officeArea().toPlainString())));
        }
        String divisionCode = DivisionCodes.NATIONAL.equals(division.code) ? null : division.code;
        List<Long> closed = closePrevious("area_standard", "level = ?1 AND rank_code = ?4", divisionCode, input.level(), input.effectiveFrom(),
                input.rankCode());
        Number id = (Number) entityManager.createNativeQuery("""
                INSERT INTO area_standard (level, rank_code, division_code, office_area, effective_from, source)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id
                """).setParameter(1, input.level().name()).setParameter(2, input.rankCode()).setParameter(3, divisionCode)
                .setParameter(4, input.officeArea()).setParameter(5, input.effectiveFrom()).setParameter(6, input.source().strip())
                .getSingleResult();
        audit.record("area-standard.set", "division", division.code, input.level() + " " + input.rankCode() + " " + input.officeArea()
                + " m² from " + input.effectiveFrom());
        List<AreaStandardView> changed = areaStandardRows(closed, id.longValue());
        changed.forEach(row -> outbox.publish(AreaStandardView.TOPIC, "area-standard:" + row.id(), AreaStandardView.RECORDED, row));
        return changed.get(changed.size() - 1);
    }

    @Transactional
    public SpaceAllowanceView setAllowance(SpaceAllowanceInput input) {
        Division division = ownDivision();
        requireFromToday(input.effectiveFrom());
        String divisionCode = DivisionCodes.NATIONAL.equals(division.code) ? null : division.code;
        List<Long> closed = closePrevious("space_allowance", "level = ?1", divisionCode, input.level(), input.effectiveFrom(), null);
        Number id = (Number) entityManager.createNativeQuery("""
                INSERT INTO space_allowance (level, division_code, service_per_person, equipment_per_person, effective_from, source)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id
                """).setParameter(1, input.level().name()).setParameter(2, divisionCode).setParameter(3, input.servicePerPerson())
                .setParameter(4, input.equipmentPerPerson()).setParameter(5, input.effectiveFrom()).setParameter(6, input.source().strip())
                .getSingleResult();
        audit.record("space-allowance.set", "division", division.code, input.level() + " service " + input.servicePerPerson() + " + equipment "
                + input.equipmentPerPerson() + " m² per post from " + input.effectiveFrom());
        List<SpaceAllowanceView> changed = allowanceRows(closed, id.longValue());
        changed.forEach(row -> outbox.publish(AreaStandardView.TOPIC, "space-allowance:" + row.id(), SpaceAllowanceView.RECORDED, row));
        return changed.get(changed.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, AdministrativeLevel level, String orderKey) {
        Query query = entityManager.createNativeQuery(select + (level == null ? "" : " WHERE level = ?1")
                + " ORDER BY level, " + orderKey + "division_code NULLS FIRST, effective_from");
        if (level != null) {
            query.setParameter(1, level.name());
        }
        return query.getResultList();
    }

    /** A row of the nation, of a division above the caller's, or of the caller's subtree. */
    private boolean applies(String divisionCode) {
        return divisionCode == null || DivisionCodes.covers(divisionCode, scope.divisionCode()) || scope.canSeeDivision(divisionCode);
    }

    /** The caller's own division; the central division's rows are the national ones (division_code NULL). */
    private Division ownDivision() {
        Division division = divisions.visible(scope.divisionCode());
        scope.requireOwnLevel(division.code);
        return division;
    }

    private void requireFromToday(LocalDate effectiveFrom) {
        if (effectiveFrom.isBefore(compliance.today())) {
            throw ProblemException.businessRule("RETROACTIVE_STANDARD", PropertyText.RETROACTIVE_STANDARD.with(),
                    List.of(Violation.of("effectiveFrom", PropertyText.TODAY_OR_LATER, effectiveFrom.toString())));
        }
    }

    /** Ends the division's row in force on {@code from} (and refuses a second row for the same first day); the ids of the rows ended. */
    @SuppressWarnings("unchecked")
    private List<Long> closePrevious(String table, String key, String divisionCode, AdministrativeLevel level, LocalDate from, String rankCode) {
        String sameDivision = " AND coalesce(division_code, '') = ?2";
        Query clash = entityManager.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + key + sameDivision
                + " AND effective_from >= ?3");
        Query close = entityManager.createNativeQuery("UPDATE " + table + " SET effective_to = ?3 WHERE " + key + sameDivision
                + " AND effective_from < ?3 AND (effective_to IS NULL OR effective_to > ?3) RETURNING id");
        for (Query q : List.of(clash, close)) {
            q.setParameter(1, level.name()).setParameter(2, divisionCode == null ? "" : divisionCode).setParameter(3, from);
            if (rankCode != null) {
                q.setParameter(4, rankCode);
            }
        }
        if (((Number) clash.getSingleResult()).longValue() > 0) {
            throw ProblemException.conflict("STANDARD_ALREADY_SCHEDULED", PropertyText.STANDARD_ALREADY_SCHEDULED.with(from));
        }
        return ((List<Number>) close.getResultList()).stream().map(Number::longValue).toList();
    }
}
