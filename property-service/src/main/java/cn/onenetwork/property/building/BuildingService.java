package cn.onenetwork.property.building;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.division.Division;
import cn.onenetwork.property.division.DivisionService;
import cn.onenetwork.property.holding.SubLedger;
import cn.onenetwork.property.parcel.ParcelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BuildingService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    DivisionService divisions;

    @Inject
    ParcelService parcels;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    SubLedger subLedger;

    @Inject
    EntityManager entityManager;

    public Building visible(UUID id) {
        Building building = id == null ? null : Building.findById(id);
        if (building == null || !scope.canSeeDivision(building.divisionCode) || !subLedger.mayReadBuilding(building.id)) {
            throw ProblemException.notFound(PropertyText.KIND_BUILDING, id);
        }
        return building;
    }

    public BuildingPage list(String divisionCode, String q, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = subLedger.narrowBuildings(ScopedQuery.of(scope, "divisionCode", null), "id").andEquals("divisionCode", divisionCode).andContains("searchText", q)
                .after("id", Cursors.decodeUuid(cursor));
        List<Building> rows = Building.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<BuildingView> page = Cursors.slice(rows, size, BuildingView::of, BuildingView::id);
        return new BuildingPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Building register(BuildingInput input) {
        Division division = divisions.visible(input.divisionCode());
        scope.requireOwnLevel(division.code);
        if (Building.count("divisionCode = ?1 and code = ?2", division.code, input.code()) > 0) {
            throw ProblemException.conflict("DUPLICATE_BUILDING_CODE", PropertyText.DUPLICATE_BUILDING_CODE.with(division.code, input.code()));
        }
        Building b = new Building();
        b.id = UUID.randomUUID();
        b.divisionCode = division.code;
        b.createdAt = clock.now();
        apply(b, input);
        b.persistAndFlush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.REGISTERED, BuildingView.of(b));
        audit.record("building.registered", "building", b.id, b.code + " " + b.name);
        return b;
    }

    /** Corrects a building: a mistyped address, floor area or code. It stays in its division (a move is a new registration). */
    @Transactional
    public Building update(UUID id, String ifMatch, BuildingInput input) {
        Building b = visible(id);
        scope.requireOwnLevel(b.divisionCode);
        Etags.requireMatch(ifMatch, b.version);
        requireNotDisposed(b);
        DivisionService.requireUnchanged(PropertyText.KIND_BUILDING, b.divisionCode, input.divisionCode());
        if (!b.code.equals(input.code()) && Building.count("divisionCode = ?1 and code = ?2", b.divisionCode, input.code()) > 0) {
            throw ProblemException.conflict("DUPLICATE_BUILDING_CODE", PropertyText.DUPLICATE_BUILDING_CODE.with(b.divisionCode, input.code()));
        }
        apply(b, input);
        entityManager.flush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.UPDATED, BuildingView.of(b));
        audit.record("building.updated", "building", b.id, b.code + " " + b.name + ", " + b.address + ", " + b.grossFloorArea + " m²");
        return b;
    }

    /** Allocation completed the building's disposal: it is history from that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disposed(Building b, LocalDate on, String method, String reference) {
        b.disposedOn = on;
        b.disposalMethod = method;
        b.disposalReference = reference;
        b.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.DISPOSED, BuildingView.of(b));
        audit.record("building.disposed", "building", b.id, b.code + " " + method + " " + reference + " on " + on);
    }

    /** Allocation signed or ended the lease the premises are held under. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leaseRecorded(Building b, String leaseNumber, LocalDate endsOn) {
        b.leaseNumber = leaseNumber;
        b.leaseEndsOn = endsOn;
        b.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.LEASE_RECORDED, BuildingView.of(b));
        audit.record("building.lease-recorded", "building", b.id, b.code + " " + leaseNumber + " until " + endsOn);
    }

    /** Maintenance accepted a medium or major repair of the building on that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repairRecorded(Building b, LocalDate acceptedOn, String projectNumber) {
        if (b.lastMediumOrMajorRepairOn != null && !acceptedOn.isAfter(b.lastMediumOrMajorRepairOn)) {
            return;
        }
        b.lastMediumOrMajorRepairOn = acceptedOn;
        b.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.REPAIR_RECORDED, BuildingView.of(b));
        audit.record("building.repair-recorded", "building", b.id, b.code + " " + projectNumber + " accepted on " + acceptedOn);
    }

    public static void requireNotDisposed(Building b) {
        if (b.disposedOn != null) {
            throw ProblemException.conflict("BUILDING_DISPOSED", PropertyText.BUILDING_DISPOSED.with(b.code, b.disposedOn, b.disposalReference));
        }
    }

    /** Writes a building's registered facts, its parcel checked; also for sheet rows that register or correct a building. */
    void apply(Building b, BuildingInput input) {
        // Read before the building changes, so that the query's flush writes no half-applied correction.
        LocalDate accepted = !entityManager.contains(b) ? null : (LocalDate) entityManager.createNativeQuery(
                "SELECT max(completed_on) FROM building_repair WHERE building_id = ?1 AND repair_class <> 'ROUTINE'").setParameter(1, b.id).getSingleResult();
        b.parcelId = input.parcelId() == null ? null : parcels.forBuilding(input.parcelId(), b.divisionCode).id;
        b.code = input.code();
        b.name = input.name().strip();
        b.address = input.address().strip();
        if (input.completedOn() != null && input.yearBuilt() != null && input.completedOn().getYear() != input.yearBuilt()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.COMPLETED_IN_YEAR_BUILT.with(),
                    List.of(new Violation("completedOn", PropertyText.MUST_BE_IN_YEAR.with(input.yearBuilt()), input.completedOn().toString())));
        }
        b.yearBuilt = input.yearBuilt() != null || input.completedOn() == null ? input.yearBuilt() : Integer.valueOf(input.completedOn().getYear());
        b.completedOn = input.completedOn();
        b.structure = input.structure();
        b.storeysAbove = input.storeysAbove();
        b.storeysBelow = input.storeysBelow();
        b.grossFloorArea = input.grossFloorArea();
        b.usableCoefficient = input.usableCoefficient();
        b.origin = input.origin();
        priorRepair(b, input.priorRepairOn(), input.priorRepairEvidence(), accepted);
        b.updatedAt = clock.now();
    }

    /** The prior repair with its evidence, and the last repair the 15-year rule counts from: the later of it and the platform's acceptances. */
    private static void priorRepair(Building b, LocalDate on, String evidence, LocalDate accepted) {
        String known = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if ((on == null) != (known == null)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.PRIOR_REPAIR_WITH_EVIDENCE.with(),
                    List.of(on == null ? Violation.of("priorRepairOn", PropertyText.PRIOR_REPAIR_DAY, null)
                            : Violation.of("priorRepairEvidence", PropertyText.PRIOR_REPAIR_DOCUMENT, null)));
        }
        if (on != null && b.completedOn != null && on.isBefore(b.completedOn)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.REPAIR_AFTER_COMPLETION.with(b.completedOn),
                    List.of(new Violation("priorRepairOn", PropertyText.ON_OR_AFTER.with(b.completedOn), on.toString())));
        }
        b.priorRepairOn = on;
        b.priorRepairEvidence = known;
        b.lastMediumOrMajorRepairOn = accepted == null || (on != null && on.isAfter(accepted)) ? on : accepted;
    }

    @Transactional
    public Floor addFloor(UUID buildingId, String label) {
        Building building = visible(buildingId);
        scope.requireOwnLevel(building.divisionCode);
        if (Floor.count("buildingId = ?1 and label = ?2", buildingId, label.strip()) > 0) {
            throw ProblemException.conflict("DUPLICATE_FLOOR", PropertyText.DUPLICATE_FLOOR.with(building.code, label.strip()));
        }
        Floor floor = new Floor();
        floor.id = UUID.randomUUID();
        floor.buildingId = buildingId;
        floor.label = label.strip();
        floor.persistAndFlush();
        outbox.publish(BuildingView.TOPIC, buildingId.toString(), BuildingView.FLOOR_ADDED, FloorView.of(floor));
        audit.record("floor.added", "building", buildingId, floor.label);
        return floor;
    }

    @Transactional
    public Floor renameFloor(UUID buildingId, UUID floorId, String ifMatch, String label) {
        Building building = visible(buildingId);
        scope.requireOwnLevel(building.divisionCode);
        Floor floor = floorId == null ? null : Floor.findById(floorId);
        if (floor == null || !floor.buildingId.equals(building.id)) {
            throw ProblemException.notFound(PropertyText.KIND_FLOOR, floorId);
        }
        Etags.requireMatch(ifMatch, floor.version);
        String renamed = label.strip();
        if (!floor.label.equals(renamed) && Floor.count("buildingId = ?1 and label = ?2", buildingId, renamed) > 0) {
            throw ProblemException.conflict("DUPLICATE_FLOOR", PropertyText.DUPLICATE_FLOOR.with(building.code, renamed));
        }
        String before = floor.label;
        floor.label = renamed;
        entityManager.flush();
        outbox.publish(BuildingView.TOPIC, buildingId.toString(), BuildingView.FLOOR_RENAMED, FloorView.of(floor));
        audit.record("floor.renamed", "building", buildingId, before + " → " + renamed);
        return floor;
    }

    public List<FloorView> floors(UUID buildingId) {
        visible(buildingId);
        return Floor.<Floor>list("buildingId = ?1 order by label", buildingId).stream().map(FloorView::of).toList();
    }
}
