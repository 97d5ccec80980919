package cn.onenetwork.property.building;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.scope.CallerScope;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bulk building registration for the caller's own division: the whole file, or nothing. */
@ApplicationScoped
public class BuildingImportService {

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
    public ImportReport importSheet(BuildingSheet.Parsed parsed, boolean dryRun) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        List<Sheet.Error> errors = new ArrayList<>(parsed.errors());
        Map<String, UUID> parcels = new HashMap<>();
        for (Object[] p : rows("SELECT code, id FROM parcel WHERE division_code = ?1", division)) {
            parcels.put((String) p[0], (UUID) p[1]);
        }
        Set<String> taken = new HashSet<>();
        for (Object[] b : rows("SELECT code, id FROM building WHERE division_code = ?1", division)) {
            taken.add((String) b[0]);
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (BuildingSheet.Row row : parsed.rows()) {
            if (row.parcelCode() != null && !parcels.containsKey(row.parcelCode())) {
                errors.add(new Sheet.Error(row.row(), "parcel_code", "no parcel with this code in division " + division, row.parcelCode()));
            }
            if (row.code() == null) {
                continue;
            }
            if (taken.contains(row.code())) {
                errors.add(new Sheet.Error(row.row(), "code", "division " + division + " already has a building with this code", row.code()));
            } else if (firstRow.putIfAbsent(row.code(), row.row()) != null) {
                errors.add(new Sheet.Error(row.row(), "code", "appears twice in the file (first in row " + firstRow.get(row.code()) + ")", row.code()));
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(dryRun, parsed.rowsRead(), errors);
        }
        if (dryRun) {
            return new ImportReport(true, parsed.rowsRead(), parsed.rows().size(), 0, 0, 0, List.of());
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Outbox.Message> events = new ArrayList<>();
        for (BuildingSheet.Row row : parsed.rows()) {
            Building b = new Building();
            b.id = UUID.randomUUID();
            b.divisionCode = division;
            b.parcelId = row.parcelCode() == null ? null : parcels.get(row.parcelCode());
            b.code = row.code();
            b.name = row.name();
            b.address = row.address();
            b.yearBuilt = row.yearBuilt();
            b.structure = row.structure();
            b.storeysAbove = row.storeysAbove();
            b.storeysBelow = row.storeysBelow();
            b.grossFloorArea = row.grossFloorArea();
            b.usableCoefficient = row.usableCoefficient();
            b.origin = row.origin();
            b.createdAt = now;
            b.updatedAt = now;
            b.persist();
            events.add(new Outbox.Message(b.id.toString(), BuildingView.of(b)));
        }
        entityManager.flush();
        outbox.publishAll(BuildingView.TOPIC, BuildingView.REGISTERED, events);
        audit.record("buildings.imported", "division", division, events.size() + " buildings");
        return new ImportReport(false, parsed.rowsRead(), events.size(), 0, 0, 0, List.of());
    }

    /** The buildings in scope as rows of the import sheet. */
    public List<List<Object>> exportRows() {
        Query query = entityManager.createNativeQuery("""
                SELECT b.code, b.name, b.address, p.code, b.year_built, b.structure, b.storeys_above, b.storeys_below, b.gross_floor_area,
                       b.usable_coefficient, b.origin
                FROM building b LEFT JOIN parcel p ON p.id = b.parcel_id
                WHERE b.division_code LIKE ?1 ORDER BY b.division_code, b.code""").setParameter(1, scope.divisionPrefix() + "%");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new BuildingSheet.Row(0, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                (String) r[5], (Integer) r[6], (Integer) r[7], (BigDecimal) r[8], (BigDecimal) r[9], BuildingOrigin.valueOf((String) r[10])).cells())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String division) {
        return entityManager.createNativeQuery(sql).setParameter(1, division).getResultList();
    }
}
