package cn.onenetwork.property.building;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.sheet.ImportReport;
import cn.onenetwork.property.sheet.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bulk building registration and correction for the caller's own division: the whole file, or nothing. */
@ApplicationScoped
public class BuildingImportService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    BuildingService buildings;

    @Inject
    CallerScope scope;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    ComplianceService compliance;

    public LocalDate today() {
        return compliance.today();
    }

    @Transactional
    public ImportReport importSheet(BuildingSheet.Parsed parsed, boolean dryRun, Locale reader) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        List<Sheet.Error> errors = new ArrayList<>(parsed.errors());
        Map<String, UUID> parcels = new HashMap<>();
        for (Object[] p : rows("SELECT code, id FROM parcel WHERE division_code = ?1", division)) {
            parcels.put((String) p[0], (UUID) p[1]);
        }
        Map<String, UUID> taken = new HashMap<>();
        for (Object[] b : rows("SELECT code, id FROM building WHERE division_code = ?1", division)) {
            taken.put((String) b[0], (UUID) b[1]);
        }
        // Codes that corrections in the file give up, free for another row.
        Map<UUID, String> codeOf = new HashMap<>();
        taken.forEach((code, id) -> codeOf.put(id, code));
        Set<String> released = new HashSet<>();
        parsed.rows().stream().filter(r -> r.id() != null && r.code() != null && codeOf.containsKey(r.id()) && !r.code().equals(codeOf.get(r.id())))
                .forEach(r -> released.add(codeOf.get(r.id())));
        Map<String, Integer> firstRow = new HashMap<>();
        for (BuildingSheet.Row row : parsed.rows()) {
            if (row.parcelCode() != null && !parcels.containsKey(row.parcelCode())) {
                errors.add(new Sheet.Error(row.row(), "parcel_code", PropertyText.NO_PARCEL_CODE_IN_DIVISION.with(division), row.parcelCode()));
            }
            if (row.id() != null && !codeOf.containsKey(row.id())) {
                errors.add(new Sheet.Error(row.row(), "id", PropertyText.NO_BUILDING_ID_IN_DIVISION.with(division), row.id().toString()));
            }
            if (row.code() == null) {
                continue;
            }
            UUID holder = taken.get(row.code());
            if (holder != null && !holder.equals(row.id()) && !released.contains(row.code())) {
                errors.add(new Sheet.Error(row.row(), "code", PropertyText.BUILDING_CODE_TAKEN.with(division), row.code()));
            } else if (firstRow.putIfAbsent(row.code(), row.row()) != null) {
                errors.add(new Sheet.Error(row.row(), "code", PropertyText.TWICE_IN_FILE.with(firstRow.get(row.code())), row.code()));
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(dryRun, parsed.rowsRead(), errors, reader);
        }
        int updates = (int) parsed.rows().stream().filter(r -> r.id() != null).count();
        if (dryRun) {
            return new ImportReport(true, parsed.rowsRead(), parsed.rows().size() - updates, updates, 0, 0, List.of());
        }
        OffsetDateTime now = clock.now();
        List<Outbox.Message> registered = new ArrayList<>();
        List<Outbox.Message> corrected = new ArrayList<>();
        // Corrections are flushed first, so that codes they give up are free for the new buildings (Hibernate would insert first).
        List<Building> correctedBuildings = new ArrayList<>();
        for (BuildingSheet.Row row : parsed.rows().stream().filter(r -> r.id() != null).toList()) {
            Building b = Building.findById(row.id());
            buildings.apply(b, input(row.withStoredPriorRepair(b.priorRepairOn, b.priorRepairEvidence), division, parcels));
            correctedBuildings.add(b);
        }
        entityManager.flush();
        correctedBuildings.forEach(b -> corrected.add(new Outbox.Message(b.id.toString(), BuildingView.of(b))));
        for (BuildingSheet.Row row : parsed.rows().stream().filter(r -> r.id() == null).toList()) {
            Building b = new Building();
            b.id = UUID.randomUUID();
            b.divisionCode = division;
            b.createdAt = now;
            buildings.apply(b, input(row, division, parcels));
            b.persist();
            registered.add(new Outbox.Message(b.id.toString(), BuildingView.of(b)));
        }
        entityManager.flush();
        outbox.publishAll(BuildingView.TOPIC, BuildingView.REGISTERED, registered);
        outbox.publishAll(BuildingView.TOPIC, BuildingView.UPDATED, corrected);
        audit.record("buildings.imported", "division", division, registered.size() + " buildings registered, " + corrected.size() + " corrected");
        return new ImportReport(false, parsed.rowsRead(), registered.size(), corrected.size(), 0, 0, List.of());
    }

    private static BuildingInput input(BuildingSheet.Row row, String division, Map<String, UUID> parcels) {
        return new BuildingInput(division, row.parcelCode() == null ? null : parcels.get(row.parcelCode()), row.code(), row.name(), row.address(),
                row.yearBuilt(), row.completedOn(), row.structure(), row.storeysAbove(), row.storeysBelow(), row.grossFloorArea(), row.usableCoefficient(), row.origin(),
                row.priorRepairOn(), row.priorRepairEvidence());
    }

    /** The buildings in scope as rows of the import sheet. */
    public List<List<Object>> exportRows() {
        Query query = entityManager.createNativeQuery("""
                SELECT b.id, b.code, b.name, b.address, p.code, b.year_built, b.completed_on, b.structure, b.storeys_above, b.storeys_below, b.gross_floor_area,
                       b.usable_coefficient, b.origin, b.prior_repair_on, b.prior_repair_evidence
                FROM building b LEFT JOIN parcel p ON p.id = b.parcel_id
                WHERE b.division_code LIKE ?1 ORDER BY b.division_code, b.code""").setParameter(1, scope.divisionPrefix() + "%");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new BuildingSheet.Row(0, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Integer) r[5],
                (LocalDate) r[6], (String) r[7], (Integer) r[8], (Integer) r[9], (BigDecimal) r[10], (BigDecimal) r[11], BuildingOrigin.valueOf((String) r[12]),
                (LocalDate) r[13], (String) r[14], true).cells())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String division) {
        return entityManager.createNativeQuery(sql).setParameter(1, division).getResultList();
    }
}
