package cn.onenetwork.maintenance.inspection;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.building.RegistryBuilding;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.inspection.InspectionApi.FindingInput;
import cn.onenetwork.maintenance.inspection.InspectionApi.FindingPage;
import cn.onenetwork.maintenance.inspection.InspectionApi.FindingView;
import cn.onenetwork.maintenance.inspection.InspectionApi.InspectionPage;
import cn.onenetwork.maintenance.inspection.InspectionApi.InspectionView;
import cn.onenetwork.maintenance.inspection.InspectionApi.PlanInput;
import cn.onenetwork.maintenance.inspection.InspectionApi.RecordInput;
import cn.onenetwork.maintenance.inspection.InspectionApi.Resolution;
import cn.onenetwork.maintenance.repair.BuildingSystem;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Inspections by building system: planned by the bureau, recorded with findings, each finding remedied by its deadline or overdue. */
@ApplicationScoped
public class InspectionService {

    private static final TypeReference<List<BuildingSystem>> SYSTEMS = new TypeReference<>() { };

    @Inject
    CallerScope scope;

    @Inject
    NumberSequence numbers;

    @Inject
    PlatformClockProvider clock;

    @Inject
    AuditTrail audit;

    @Inject
    JsonColumns json;

    @Inject
    EntityManager entityManager;

    public Inspection visible(UUID id) {
        Inspection inspection = id == null ? null : Inspection.findById(id);
        if (inspection == null || !scope.canSeeDivision(inspection.divisionCode)) {
            throw ProblemException.notFound(MaintenanceText.INSPECTION, id);
        }
        return inspection;
    }

    public InspectionPage list(UUID buildingId, Inspection.Status status, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        StringBuilder where = new StringBuilder("divisionCode like :scope");
        Parameters params = Parameters.with("scope", scope.divisionPrefix() + "%");
        if (buildingId != null) {
            where.append(" and buildingId = :building");
            params.and("building", buildingId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        UUID after = Cursors.decodeUuid(cursor);
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", after);
        }
        List<Inspection> rows = Inspection.find(where + " order by id", params).page(0, size + 1).list();
        Map<UUID, List<FindingView>> findings = findings(rows.stream().map(i -> i.id).toList());
        Cursors.Slice<InspectionView> page = Cursors.slice(rows, size, i -> view(i, findings.getOrDefault(i.id, List.of())), InspectionView::id);
        return new InspectionPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Inspection plan(PlanInput input) {
        RegistryBuilding building = RegistryBuilding.findById(input.buildingId());
        if (building == null || !scope.canSeeDivision(building.divisionCode)) {
            throw ProblemException.notFound(MaintenanceText.BUILDING, input.buildingId());
        }
        scope.requireOwnLevel(building.divisionCode);
        if (building.disposedOn != null) {
            throw ProblemException.conflict("BUILDING_DISPOSED", MaintenanceText.BUILDING_NOT_INSPECTED.with(building.name, building.disposedOn));
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.number = numbers.next(building.divisionCode, "JC", input.plannedOn().getYear());
        inspection.divisionCode = building.divisionCode;
        inspection.buildingId = building.id;
        inspection.systems = json.write(List.copyOf(new LinkedHashSet<>(input.systems())));
        inspection.plannedOn = input.plannedOn();
        inspection.status = Inspection.Status.PLANNED;
        inspection.createdAt = OffsetDateTime.now(clock.getClock());
        inspection.updatedAt = inspection.createdAt;
        inspection.persist();
        audit.record("inspection.planned", "inspection", inspection.id, inspection.number + " " + building.code + " on " + inspection.plannedOn);
        return inspection;
    }

    /** Corrects a planned inspection's systems and day. */
    @Transactional
    public Inspection replan(UUID id, String ifMatch, PlanInput input) {
        Inspection inspection = planned(id, ifMatch);
        if (!inspection.buildingId.equals(input.buildingId())) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.INSPECTION_STAYS_WITH_BUILDING.with(),
                    List.of(new Violation("buildingId", MaintenanceText.THE_INSPECTIONS_BUILDING.with(inspection.buildingId), input.buildingId().toString())));
        }
        inspection.systems = json.write(List.copyOf(new LinkedHashSet<>(input.systems())));
        inspection.plannedOn = input.plannedOn();
        inspection.updatedAt = OffsetDateTime.now(clock.getClock());
        audit.record("inspection.replanned", "inspection", inspection.id, inspection.number + " on " + inspection.plannedOn);
        entityManager.flush();
        return inspection;
    }

    @Transactional
    public Inspection cancel(UUID id, String ifMatch, InspectionApi.Cancellation input) {
        Inspection inspection = planned(id, ifMatch);
        inspection.status = Inspection.Status.CANCELLED;
        inspection.cancelledOn = input.cancelledOn();
        inspection.cancellationReason = input.reason().strip();
        inspection.updatedAt = OffsetDateTime.now(clock.getClock());
        audit.record("inspection.cancelled", "inspection", inspection.id, inspection.number + " on " + inspection.cancelledOn + ": " + inspection.cancellationReason);
        entityManager.flush();
        return inspection;
    }

    private Inspection planned(UUID id, String ifMatch) {
        Inspection inspection = visible(id);
        scope.requireOwnLevel(inspection.divisionCode);
        Etags.requireMatch(ifMatch, inspection.version);
        if (inspection.status != Inspection.Status.PLANNED) {
            throw ProblemException.conflict("INSPECTION_NOT_PLANNED", MaintenanceText.INSPECTION_NOT_PLANNED.with(inspection.number, inspection.status));
        }
        return inspection;
    }

    @Transactional
    public Inspection record(UUID id, String ifMatch, RecordInput input) {
        Inspection inspection = planned(id, ifMatch);
        List<BuildingSystem> systems = json.read(inspection.systems, SYSTEMS);
        for (int i = 0; i < input.findings().size(); i++) {
            FindingInput f = input.findings().get(i);
            if (!systems.contains(f.system())) {
                throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.SYSTEM_NOT_INSPECTED.with(f.system(), systems),
                        List.of(new Violation("findings[" + i + "].system", PlatformText.ONE_OF.with(systems), f.system().name())));
            }
            if (f.remediateBy().isBefore(input.performedOn())) {
                throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.REMEDIATION_BEFORE_INSPECTION.with(),
                        List.of(new Violation("findings[" + i + "].remediateBy", MaintenanceText.ON_OR_AFTER.with(input.performedOn()), f.remediateBy().toString())));
            }
        }
        inspection.performedOn = input.performedOn();
        inspection.inspector = input.inspector().strip();
        inspection.status = Inspection.Status.RECORDED;
        inspection.updatedAt = OffsetDateTime.now(clock.getClock());
        for (FindingInput f : input.findings()) {
            Finding finding = new Finding();
            finding.id = UUID.randomUUID();
            finding.inspectionId = inspection.id;
            finding.buildingId = inspection.buildingId;
            finding.divisionCode = inspection.divisionCode;
            finding.system = f.system();
            finding.severity = f.severity();
            finding.description = f.description().strip();
            finding.remediationCost = f.remediationCost();
            finding.remediateBy = f.remediateBy();
            finding.persist();
        }
        audit.record("inspection.recorded", "inspection", inspection.id, inspection.number + " on " + inspection.performedOn + ": "
                + input.findings().size() + " findings");
        entityManager.flush();
        return inspection;
    }

    /** Findings in scope, earliest deadline first; overdue ones are open past their deadline. */
    public FindingPage findings(UUID buildingId, Finding.Severity severity, Boolean open, boolean overdue, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        LocalDate today = clock.today();
        StringBuilder where = new StringBuilder("divisionCode like :scope");
        Parameters params = Parameters.with("scope", scope.divisionPrefix() + "%");
        if (buildingId != null) {
            where.append(" and buildingId = :building");
            params.and("building", buildingId);
        }
        if (severity != null) {
            where.append(" and severity = :severity");
            params.and("severity", severity);
        }
        if (overdue) {
            where.append(" and resolvedOn is null and remediateBy < :today");
            params.and("today", today);
        } else if (open != null) {
            where.append(open ? " and resolvedOn is null" : " and resolvedOn is not null");
        }
        String after = cursor == null ? null : Cursors.decode(cursor);
        if (after != null) {
            String[] key = after.split("\\|");
            try {
                params.and("afterDay", LocalDate.parse(key[0])).and("afterId", UUID.fromString(key[1]));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("INVALID_CURSOR", PlatformText.INVALID_CURSOR.with(), List.of(Violation.of("cursor", PlatformText.NOT_A_CURSOR, cursor)));
            }
            where.append(" and (remediateBy > :afterDay or (remediateBy = :afterDay and id > :afterId))");
        }
        List<Finding> rows = Finding.find(where + " order by remediateBy, id", params).page(0, size + 1).list();
        Cursors.Slice<FindingView> page = Cursors.slice(rows, size, f -> view(f, today), f -> f.remediateBy() + "|" + f.id());
        return new FindingPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Finding resolve(UUID id, String ifMatch, Resolution input) {
        Finding finding = id == null ? null : Finding.findById(id);
        if (finding == null || !scope.canSeeDivision(finding.divisionCode)) {
            throw ProblemException.notFound(MaintenanceText.FINDING, id);
        }
        scope.requireOwnLevel(finding.divisionCode);
        Etags.requireMatch(ifMatch, finding.version);
        if (finding.resolvedOn != null) {
            throw ProblemException.conflict("FINDING_RESOLVED", MaintenanceText.FINDING_RESOLVED.with(finding.resolvedOn, finding.resolution));
        }
        Inspection inspection = Inspection.findById(finding.inspectionId);
        if (input.resolvedOn().isBefore(inspection.performedOn)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.RESOLVED_BEFORE_INSPECTION.with(),
                    List.of(new Violation("resolvedOn", MaintenanceText.ON_OR_AFTER.with(inspection.performedOn), input.resolvedOn().toString())));
        }
        finding.resolvedOn = input.resolvedOn();
        finding.resolution = input.resolution().strip();
        audit.record("inspection-finding.resolved", "inspection-finding", finding.id, finding.system + " on " + finding.resolvedOn);
        entityManager.flush();
        return finding;
    }

    public InspectionView view(Inspection i) {
        return view(i, findings(List.of(i.id)).getOrDefault(i.id, List.of()));
    }

    /** The findings of a page of inspections, by inspection, in one query. */
    private Map<UUID, List<FindingView>> findings(List<UUID> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = clock.today();
        return Finding.<Finding>list("inspectionId in ?1 order by remediateBy, id", inspectionIds).stream()
                .collect(Collectors.groupingBy(f -> f.inspectionId, Collectors.mapping(f -> view(f, today), Collectors.toList())));
    }

    private InspectionView view(Inspection i, List<FindingView> findings) {
        return new InspectionView(i.id, i.number, i.divisionCode, i.buildingId, json.read(i.systems, SYSTEMS), i.plannedOn, i.performedOn, i.inspector, i.status,
                i.cancelledOn, i.cancellationReason, findings, i.version);
    }

    public static FindingView view(Finding f, LocalDate today) {
        return new FindingView(f.id, f.inspectionId, f.buildingId, f.divisionCode, f.system, f.severity, f.description, f.remediationCost, f.remediateBy,
                f.resolvedOn, f.resolution, f.resolvedOn == null && f.remediateBy.isBefore(today), f.version);
    }
}
