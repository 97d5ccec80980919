package cn.onenetwork.property.building;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.property.division.Division;
import cn.onenetwork.property.division.DivisionService;
import cn.onenetwork.property.parcel.ParcelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BuildingService {

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

    public Building visible(UUID id) {
        Building building = id == null ? null : Building.findById(id);
        if (building == null || !scope.canSeeDivision(building.divisionCode)) {
            throw ProblemException.notFound("Building", id);
        }
        return building;
    }

    public BuildingPage list(String divisionCode, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", null).andEquals("divisionCode", divisionCode).after("id", Cursors.decodeUuid(cursor));
        List<Building> rows = Building.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<BuildingView> page = Cursors.slice(rows, size, BuildingView::of, BuildingView::id);
        return new BuildingPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Building register(BuildingInput input) {
        Division division = divisions.visible(input.divisionCode());
        scope.requireOwnLevel(division.code);
        if (Building.count("divisionCode = ?1 and code = ?2", division.code, input.code()) > 0) {
            throw ProblemException.conflict("DUPLICATE_BUILDING_CODE", "Division " + division.code + " already has a building with code " + input.code());
        }
        Building b = new Building();
        b.id = UUID.randomUUID();
        b.divisionCode = division.code;
        b.parcelId = input.parcelId() == null ? null : parcels.forBuilding(input.parcelId(), division.code).id;
        b.code = input.code();
        b.name = input.name().strip();
        b.address = input.address().strip();
        b.yearBuilt = input.yearBuilt();
        b.structure = input.structure();
        b.storeysAbove = input.storeysAbove();
        b.storeysBelow = input.storeysBelow();
        b.grossFloorArea = input.grossFloorArea();
        b.usableCoefficient = input.usableCoefficient();
        b.origin = input.origin();
        b.createdAt = OffsetDateTime.now();
        b.updatedAt = b.createdAt;
        b.persistAndFlush();
        outbox.publish(BuildingView.TOPIC, b.id.toString(), BuildingView.REGISTERED, BuildingView.of(b));
        audit.record("building.registered", "building", b.id, b.code + " " + b.name);
        return b;
    }

    @Transactional
    public Floor addFloor(UUID buildingId, String label) {
        Building building = visible(buildingId);
        scope.requireOwnLevel(building.divisionCode);
        if (Floor.count("buildingId = ?1 and label = ?2", buildingId, label.strip()) > 0) {
            throw ProblemException.conflict("DUPLICATE_FLOOR", "Building " + building.code + " already has floor " + label.strip());
        }
        Floor floor = new Floor();
        floor.id = UUID.randomUUID();
        floor.buildingId = buildingId;
        floor.label = label.strip();
        floor.persist();
        audit.record("floor.added", "building", buildingId, floor.label);
        return floor;
    }

    public List<FloorView> floors(UUID buildingId) {
        visible(buildingId);
        return Floor.<Floor>list("buildingId = ?1 order by label", buildingId).stream().map(FloorView::of).toList();
    }
}
