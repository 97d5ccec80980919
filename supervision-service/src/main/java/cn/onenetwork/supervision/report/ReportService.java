package cn.onenetwork.supervision.report;

import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.supervision.i18n.SupervisionText;
import cn.onenetwork.supervision.replica.AgencyCategory;
import cn.onenetwork.supervision.report.ReportViews.ConstructionRow;
import cn.onenetwork.supervision.report.ReportViews.ConstructionTable;
import cn.onenetwork.supervision.report.ReportViews.DivisionInfo;
import cn.onenetwork.supervision.report.ReportViews.Figures;
import cn.onenetwork.supervision.report.ReportViews.OfficeSpaceRow;
import cn.onenetwork.supervision.report.ReportViews.OfficeSpaceTable;
import cn.onenetwork.supervision.report.ReportViews.OfficeSpaceTotals;
import cn.onenetwork.supervision.report.ReportViews.StaffingColumn;
import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import cn.onenetwork.supervision.report.ReportViews.TechnicalSpaceRow;
import cn.onenetwork.supervision.report.ReportViews.TechnicalSpaceTable;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes the national tables of one division's own level (本级: the buildings registered at that division) as of a day,
 * from the dated read models alone.
 */
@ApplicationScoped
public class ReportService {

    /** A version of a fact true on the day ?2. */
    private static final String AS_OF = " %1$s.valid_from <= ?2 AND (%1$s.valid_to IS NULL OR %1$s.valid_to > ?2) ";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public record Division(String code, String name, String level, String parentCode) {
    }

    public Division division(String code) {
        List<Division> found = divisions("code = ?1", code);
        if (found.isEmpty()) {
            throw ProblemException.notFound(SupervisionText.DIVISION, code);
        }
        return found.get(0);
    }

    /** The divisions directly below one, by code. */
    public List<Division> children(String code) {
        return divisions("parent_code = ?1", code);
    }

    /** The names from the province down to the division, as the national rule names the report's file. */
    public List<String> namePath(String code) {
        List<String> names = new ArrayList<>();
        for (Division d = division(code); d != null && !"CENTRAL".equals(d.level());
                d = d.parentCode() == null ? null : divisions("code = ?1", d.parentCode()).stream().findFirst().orElse(null)) {
            names.add(0, d.name());
        }
        return names;
    }

    private List<Division> divisions(String condition, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT code, name, level, parent_code FROM division_replica WHERE " + condition
                + " ORDER BY code").setParameter(1, code).getResultList();
        return rows.stream().map(r -> new Division((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** GB/T 2260's six digits padded to the 12-digit statistical division code. */
    public static String statisticalCode(String code) {
        return (code + "000000000000").substring(0, 12);
    }

    /** The four tables of a division's own level as of a day, rendered for a reader (the remarks are in its language). */
    public StatisticsTables tables(String divisionCode, LocalDate day, Locale reader) {
        Division division = division(divisionCode);
        List<Building> buildings = buildings(divisionCode, day);
        Map<UUID, List<Share>> shares = shares(divisionCode, day);
        Set<UUID> agencyIds = new HashSet<>();
        shares.values().forEach(list -> list.forEach(s -> {
            if (s.agencyId() != null) {
                agencyIds.add(s.agencyId());
            }
        }));
        List<Construction> projects = constructions(divisionCode, day);
        projects.forEach(p -> {
            if (p.agencyId() != null) {
                agencyIds.add(p.agencyId());
            }
        });
        Map<UUID, Unit> units = units(agencyIds, day);
        List<String> ranks = StaffingColumns.of(division.level());

        List<OfficeSpaceRow> officeRows = new ArrayList<>();
        List<TechnicalSpaceRow> technicalRows = new ArrayList<>();
        Set<UUID> parcelsCounted = new HashSet<>();
        Set<UUID> unitsCounted = new HashSet<>();
        Map<String, Integer> staffingTotals = new LinkedHashMap<>();
        ranks.forEach(rank -> staffingTotals.put(rank, 0));
        BigDecimal land = Areas.ZERO;
        BigDecimal gross = Areas.ZERO;
        BigDecimal officeBuilding = Areas.ZERO;
        BigDecimal technicalBuilding = Areas.ZERO;
        BigDecimal office = Areas.ZERO;
        BigDecimal service = Areas.ZERO;
        BigDecimal equipment = Areas.ZERO;
        BigDecimal ancillary = Areas.ZERO;
        BigDecimal technicalBuildingsGross = Areas.ZERO;
        int staffingTotal = 0;
        int officeBuildings = 0;
        for (Building b : buildings) {
            List<Share> of = shares.getOrDefault(b.id(), List.of());
            TitleRegistration title = TitleRegistration.of(b.titleState(), b.recordsHandedOver(), b.leased());
            BigDecimal landArea = b.parcelId() != null && parcelsCounted.add(b.parcelId()) ? Areas.of(b.landArea()) : Areas.ZERO;
            if (!of.isEmpty() && of.stream().allMatch(s -> "TECHNICAL".equals(s.category()))) {
                Map<UUID, BigDecimal> byUnit = new HashMap<>();
                of.forEach(s -> {
                    if (s.agencyId() != null) {
                        byUnit.merge(s.agencyId(), s.buildingArea(), BigDecimal::add);
                    }
                });
                String main = byUnit.entrySet().stream().max(Map.Entry.<UUID, BigDecimal>comparingByValue().thenComparing(e -> e.getKey().toString()))
                        .map(e -> units.get(e.getKey())).map(Unit::name).orElse(null);
                technicalRows.add(new TechnicalSpaceRow(technicalRows.size() + 1, b.id(), b.address(), division.name(), b.landArea() == null ? null
                        : Areas.of(b.landArea()), Areas.of(b.grossFloorArea()), main, title, b.yearBuilt(), null));
                technicalBuildingsGross = technicalBuildingsGross.add(Areas.of(b.grossFloorArea()));
                continue;
            }
            officeBuildings++;
            int serial = officeBuildings;
            BigDecimal buildingOffice = sum(of, s -> !"TECHNICAL".equals(s.category()), Share::buildingArea);
            BigDecimal buildingTechnical = sum(of, s -> "TECHNICAL".equals(s.category()), Share::buildingArea);
            land = land.add(landArea);
            gross = gross.add(Areas.of(b.grossFloorArea()));
            officeBuilding = officeBuilding.add(buildingOffice);
            technicalBuilding = technicalBuilding.add(buildingTechnical);
            Map<UUID, List<Share>> byUnit = new LinkedHashMap<>();
            of.stream().sorted(Comparator.comparing((Share s) -> s.agencyId() == null ? 1 : 0).thenComparing(s -> unitName(units, s.agencyId())))
                    .forEach(s -> byUnit.computeIfAbsent(s.agencyId(), k -> new ArrayList<>()).add(s));
            if (byUnit.isEmpty()) {
                byUnit.put(null, List.of());
            }
            for (Map.Entry<UUID, List<Share>> entry : byUnit.entrySet()) {
                List<Share> unitShares = entry.getValue();
                Unit unit = entry.getKey() == null ? null : units.get(entry.getKey());
                BigDecimal o = sum(unitShares, s -> "OFFICE".equals(s.category()), Share::useArea);
                BigDecimal sv = sum(unitShares, s -> "SERVICE".equals(s.category()), Share::useArea);
                BigDecimal eq = sum(unitShares, s -> "EQUIPMENT".equals(s.category()), Share::useArea);
                BigDecimal an = sum(unitShares, s -> "ANCILLARY".equals(s.category()), Share::buildingArea);
                office = office.add(o);
                service = service.add(sv);
                equipment = equipment.add(eq);
                ancillary = ancillary.add(an);
                Map<String, Integer> staffing = new LinkedHashMap<>();
                ranks.forEach(rank -> staffing.put(rank, unit == null ? 0 : unit.staffing().getOrDefault(rank, 0)));
                int unitStaffing = unit == null ? 0 : unit.staffing().values().stream().mapToInt(Integer::intValue).sum();
                if (unit != null && unitsCounted.add(unit.id())) {
                    staffing.forEach((rank, n) -> staffingTotals.merge(rank, n, Integer::sum));
                    staffingTotal += unitStaffing;
                }
                String remark = unit == null ? SupervisionText.ROOMS_HELD_BY_NO_UNIT.with().render(reader) : null;
                officeRows.add(new OfficeSpaceRow(serial, b.id(), b.code(), b.address(), division.name(), b.landArea() == null ? null : Areas.of(b.landArea()),
                        Areas.of(b.grossFloorArea()), buildingOffice, buildingTechnical, unit == null ? null : unit.id(), unit == null ? null : unit.name(),
                        unit == null ? null : unit.category(), staffing, unitStaffing, o, sv, eq, o.add(sv).add(eq), an, title, b.yearBuilt(), b.leased(),
                        remark));
            }
        }
        List<ConstructionRow> constructionRows = new ArrayList<>();
        BigDecimal scale = Areas.ZERO;
        BigDecimal investment = Areas.ZERO;
        for (Construction p : projects) {
            Unit unit = p.agencyId() == null ? null : units.get(p.agencyId());
            constructionRows.add(new ConstructionRow(constructionRows.size() + 1, p.id(), p.projectName(), p.approvingDepartment(), p.builder(),
                    unit == null ? null : unit.name(), p.site(), p.plannedArea() == null ? null : Areas.of(p.plannedArea()),
                    p.estimatedInvestment() == null ? null : Areas.of(p.estimatedInvestment()), Labels.of(p.status(), reader)));
            scale = scale.add(Areas.of(p.plannedArea()));
            investment = investment.add(Areas.of(p.estimatedInvestment()));
        }
        Figures figures = new Figures(land, gross, officeBuilding, technicalBuilding, staffingTotal, office, service, equipment, office.add(service).add(equipment),
                ancillary, technicalRows.size(), technicalBuildingsGross, constructionRows.size(), scale, investment);
        List<StaffingColumn> columns = ranks.stream().map(rank -> new StaffingColumn(rank, Labels.rank(division.level(), rank, reader))).toList();
        return new StatisticsTables(new DivisionInfo(division.code(), statisticalCode(division.code()), division.name(), division.level(), null, null, null), day,
                new OfficeSpaceTable(columns, officeRows, new OfficeSpaceTotals(officeBuildings, unitsCounted.size(), figures, staffingTotals)),
                new TechnicalSpaceTable(technicalRows), new ConstructionTable(constructionRows));
    }

    private static String unitName(Map<UUID, Unit> units, UUID id) {
        Unit unit = id == null ? null : units.get(id);
        return unit == null ? "" : unit.name();
    }

    private static BigDecimal sum(List<Share> shares, java.util.function.Predicate<Share> which, java.util.function.Function<Share, BigDecimal> area) {
        return shares.stream().filter(which).map(area).reduce(Areas.ZERO, BigDecimal::add);
    }

    record Building(UUID id, String code, String address, Integer yearBuilt, BigDecimal grossFloorArea, boolean leased, UUID parcelId, BigDecimal landArea,
            String titleState, boolean recordsHandedOver) {
    }

    /** The rooms of one category one unit (or nobody) holds in a building: their use and building areas. */
    record Share(UUID agencyId, String category, BigDecimal useArea, BigDecimal buildingArea) {
    }

    record Unit(UUID id, String name, AgencyCategory category, Map<String, Integer> staffing) {
    }

    record Construction(UUID id, String projectName, String approvingDepartment, String builder, UUID agencyId, String site, BigDecimal plannedArea,
            BigDecimal estimatedInvestment, ConstructionStatus status) {
    }

    private List<Building> buildings(String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT b.id, b.code, b.address, b.year_built, b.gross_floor_area, b.origin, b.parcel_id, p.land_area, t.state, t.records_handed_over
                FROM building_version b
                LEFT JOIN parcel_version p ON p.id = b.parcel_id AND""" + AS_OF.formatted("p") + """
                LEFT JOIN LATERAL (SELECT t.state, t.records_handed_over FROM title_version t WHERE t.building_id = b.id AND""" + AS_OF.formatted("t") + """
                    ORDER BY t.valid_from DESC, t.id LIMIT 1) t ON true
                WHERE b.division_code = ?1 AND""" + AS_OF.formatted("b") + """
                    AND (b.disposed_on IS NULL OR b.disposed_on > ?2)
                ORDER BY b.code, b.id
                """).setParameter(1, divisionCode).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new Building((UUID) r[0], (String) r[1], (String) r[2], (Integer) r[3], (BigDecimal) r[4], "LEASED".equals(r[5]),
                (UUID) r[6], (BigDecimal) r[7], (String) r[8], Boolean.TRUE.equals(r[9]))).toList();
    }

    private Map<UUID, List<Share>> shares(String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.building_id, h.agency_id, r.category, sum(r.use_area), sum(coalesce(r.building_area, r.use_area))
                FROM building_version b
                JOIN room_version r ON r.building_id = b.id AND""" + AS_OF.formatted("r") + """
                    AND (r.retired_on IS NULL OR r.retired_on > ?2)
                LEFT JOIN holding_replica h ON h.room_id = r.id AND h.from_date <= ?2 AND (h.to_date IS NULL OR h.to_date > ?2)
                WHERE b.division_code = ?1 AND""" + AS_OF.formatted("b") + """
                    AND (b.disposed_on IS NULL OR b.disposed_on > ?2)
                GROUP BY r.building_id, h.agency_id, r.category
                """).setParameter(1, divisionCode).setParameter(2, day).getResultList();
        Map<UUID, List<Share>> shares = new HashMap<>();
        rows.forEach(r -> shares.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                .add(new Share((UUID) r[1], (String) r[2], Areas.of((BigDecimal) r[3]), Areas.of((BigDecimal) r[4]))));
        return shares;
    }

    private Map<UUID, Unit> units(Set<UUID> ids, LocalDate day) {
        Map<UUID, Unit> units = new HashMap<>();
        if (ids.isEmpty()) {
            return units;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT a.id, a.name, a.category, CAST(a.approved_staffing AS text) FROM agency_version a "
                + "WHERE a.id IN (?1) AND" + AS_OF.formatted("a")).setParameter(1, ids).setParameter(2, day).getResultList();
        for (Object[] r : rows) {
            try {
                Map<String, Integer> staffing = json.readValue((String) r[3], new TypeReference<Map<String, Integer>>() {
                });
                units.put((UUID) r[0], new Unit((UUID) r[0], (String) r[1], AgencyCategory.valueOf((String) r[2]), staffing));
            } catch (IOException e) {
                throw new IllegalStateException("agency_version " + r[0] + " holds staffing that is not JSON", e);
            }
        }
        return units;
    }

    private List<Construction> constructions(String divisionCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.id, c.project_name, c.approving_department, c.builder, c.agency_id, c.site, c.planned_area, c.estimated_investment, c.status
                FROM construction_version c
                WHERE c.division_code = ?1 AND""" + AS_OF.formatted("c") + """
                    AND c.status IN ('NECESSARY', 'HANDED_OFF')
                ORDER BY c.number
                """).setParameter(1, divisionCode).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new Construction((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (BigDecimal) r[6], (BigDecimal) r[7], ConstructionStatus.valueOf((String) r[8]))).toList();
    }
}
