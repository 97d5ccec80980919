package cn.onenetwork.maintenance.repair;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.document.DocumentUploads;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.building.RegistryBuilding;
import cn.onenetwork.maintenance.declarant.DeclaringUnit;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.maintenance.parameter.FiguresInForce;
import cn.onenetwork.maintenance.parameter.ParameterService;
import cn.onenetwork.maintenance.plan.PlanItem;
import cn.onenetwork.maintenance.repair.Procedure.Actor;
import cn.onenetwork.maintenance.repair.Procedure.Stage;
import cn.onenetwork.maintenance.repair.ProjectApi.Acceptance;
import cn.onenetwork.maintenance.repair.ProjectApi.Additions;
import cn.onenetwork.maintenance.repair.ProjectApi.Appraisal;
import cn.onenetwork.maintenance.repair.ProjectApi.ContractApproval;
import cn.onenetwork.maintenance.repair.ProjectApi.Declaration;
import cn.onenetwork.maintenance.repair.ProjectApi.DocumentView;
import cn.onenetwork.maintenance.repair.ProjectApi.Establishment;
import cn.onenetwork.maintenance.repair.ProjectApi.Item;
import cn.onenetwork.maintenance.repair.ProjectApi.ProjectPage;
import cn.onenetwork.maintenance.repair.ProjectApi.ProjectView;
import cn.onenetwork.maintenance.repair.ProjectApi.Report;
import cn.onenetwork.maintenance.repair.ProjectApi.StageView;
import cn.onenetwork.maintenance.repair.ProjectApi.Start;
import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
import cn.onenetwork.maintenance.repair.RepairRules.Refusal;
import cn.onenetwork.maintenance.repair.RepairRules.SuspectedSplitting;
import cn.onenetwork.maintenance.room.RegistryRoom;
import cn.onenetwork.rules.DivisionCodes;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Repair projects: a declaration judged by the rules of domain.md §7 with the division's figures in force that day, then
 * the procedure stage by stage, each by the role allowed to take it, with its day, documents, an audit record and an event.
 */
@ApplicationScoped
public class ProjectService {

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() { };
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<RepairGround>> GROUNDS = new TypeReference<>() { };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };
    /** V4's partial unique index behind the splitting rule; any other constraint failing is not splitting. */
    private static final String ONE_PER_UNIT_ADDRESS_YEAR = "repair_project_one_per_unit_address_year";

    @Inject
    CallerScope scope;

    @Inject
    ParameterService parameters;

    @Inject
    NumberSequence numbers;

    @Inject
    PlatformClockProvider clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    JsonColumns json;

    @Inject
    EntityManager entityManager;

    @Inject
    ReaderLanguage reader;

    @ConfigProperty(name = "onenetwork.documents.max-bytes")
    long maxDocumentBytes;

    @ConfigProperty(name = "onenetwork.documents.content-types")
    List<String> documentTypes;

    public RepairProject visible(UUID id) {
        RepairProject project = id == null ? null : RepairProject.findById(id);
        if (project == null || !scope.canRead(project.divisionCode, project.agencyCode)) {
            throw ProblemException.notFound(MaintenanceText.REPAIR_PROJECT, id);
        }
        return project;
    }

    public ProjectPage list(ProjectStatus status, RepairClass repairClass, UUID buildingId, UUID agencyId, Integer planYear, String q, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("status", status).andEquals("repairClass", repairClass)
                .andEquals("buildingId", buildingId).andEquals("agencyId", agencyId).andEquals("planYear", planYear).andContains("searchText", q)
                .after("id", Cursors.decodeUuid(cursor));
        List<RepairProject> rows = RepairProject.find(query.query(), query.params()).page(0, size + 1).list();
        Details details = details(rows.stream().map(p -> p.id).toList());
        Locale language = reader.get();
        Cursors.Slice<ProjectView> page = Cursors.slice(rows, size, p -> view(p, details, language), ProjectView::id);
        return new ProjectPage(page.items(), page.nextCursor());
    }

    @Transactional
    public RepairProject declare(Declaration input) {
        DeclaringUnit unit = DeclaringUnit.findById(input.agencyId());
        if (unit == null || !scope.canRead(unit.divisionCode, unit.creditCode)) {
            throw ProblemException.notFound(MaintenanceText.DECLARING_UNIT, input.agencyId());
        }
        if (!scope.isAgencyUser()) {
            scope.requireOwnLevel(unit.divisionCode);
        }
        RegistryBuilding building = building(input.buildingId());
        LocalDate today = clock.today();
        if (unit.dissolvedOn != null && !today.isBefore(unit.dissolvedOn)) {
            throw ProblemException.conflict("AGENCY_DISSOLVED", MaintenanceText.AGENCY_DISSOLVED.with(unit.name, unit.dissolvedOn));
        }
        FiguresInForce figures = parameters.inForce(unit.divisionCode, today);
        RepairClass repairClass = input.repairClass();
        int planYear = planYear(repairClass, input.planYear(), today);
        List<Item> items = input.items().stream().map(i -> new Item(i.system(), i.description().strip(), i.itemClass() == null ? repairClass : i.itemClass(),
                i.estimatedCost())).toList();
        BigDecimal extension = input.extensionArea() == null ? BigDecimal.ZERO.setScale(2) : input.extensionArea();
        BigDecimal estimate = total(items);
        if (repairClass != RepairClass.ROUTINE && building.completedOn == null) {
            throw ProblemException.businessRule("COMPLETION_DATE_UNKNOWN", MaintenanceText.COMPLETION_DATE_UNKNOWN.with(building.name),
                    List.of(Violation.of("buildingId", MaintenanceText.BUILDING_WITH_COMPLETION_DATE, building.id.toString())));
        }
        String existing = RepairProject.<RepairProject>find("agencyId = ?1 and buildingId = ?2 and planYear = ?3 and repairClass <> ?4 and status not in ?5",
                unit.id, building.id, planYear, RepairClass.ROUTINE, Set.of(ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN))
                .firstResultOptional().map(p -> p.number).orElse(null);
        Optional<UUID> user = user(building, unit.id);
        refuseIfAny(RepairRules.unitUsesBuilding(user.filter(unit.id::equals).isPresent(), user.isPresent(), !scope.isAgencyUser(), unit.name,
                building.place()),
                RepairRules.groundsAllowed(input.grounds()),
                RepairRules.declaredInTime(repairClass, planYear, today, figures.deadline()),
                repairClass == RepairClass.ROUTINE ? Optional.empty()
                        : RepairRules.classAllowed(repairClass, building.completedOn, lastMediumOrMajorRepair(building), today, figures.rules()),
                RepairRules.extensionAllowed(repairClass, building.grossFloorArea, extension, figures.rules()),
                RepairRules.itemsMatchClass(repairClass, items.stream().map(Item::itemClass).toList()),
                RepairRules.routineBelowSmallBand(repairClass, estimate, figures.rules()),
                RepairRules.notSplit(repairClass, existing, building.place(), planYear));
        List<UUID> rooms = rooms(building, unit, input.roomIds(), "roomIds");
        Optional<SuspectedSplitting> splitting = repairClass != RepairClass.ROUTINE ? Optional.empty()
                : RepairRules.routineSplitting(repairClass, routineTotal(unit, building, planYear), estimate, figures.rules());
        RepairProject p = new RepairProject();
        p.id = UUID.randomUUID();
        p.number = numbers.next(unit.divisionCode, "WX", today.getYear());
        p.agencyId = unit.id;
        p.agencyCode = unit.creditCode;
        p.divisionCode = unit.divisionCode;
        p.buildingId = building.id;
        p.repairClass = repairClass;
        p.planYear = planYear;
        p.title = input.title().strip();
        p.description = input.description().strip();
        p.grounds = json.write(List.copyOf(new LinkedHashSet<>(input.grounds())));
        p.hazardLevel = input.hazardLevel() == null ? HazardLevel.NONE : input.hazardLevel();
        p.hazards = json.write(input.hazards() == null ? List.of() : input.hazards().stream().map(String::strip).toList());
        p.energyUseIntensity = input.energyUseIntensity();
        p.extensionArea = extension;
        p.roomIds = json.write(rooms);
        p.items = json.write(items);
        p.estimatedCost = estimate;
        p.costBand = RepairRules.band(estimate, figures.rules());
        p.splitSuspected = splitting.isPresent();
        p.splitRoutineTotal = splitting.map(SuspectedSplitting::routineTotal).orElse(null);
        p.splitMediumFrom = splitting.map(SuspectedSplitting::mediumFrom).orElse(null);
        p.status = ProjectStatus.DECLARED;
        p.declaredOn = today;
        p.createdAt = OffsetDateTime.now(clock.getClock());
        p.updatedAt = p.createdAt;
        try {
            p.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (!ONE_PER_UNIT_ADDRESS_YEAR.equals(e.getConstraintName())) {
                throw e;
            }
            // Another declaration for the same unit, address and year committed between the check above and this insert.
            throw refusal(RepairRules.splitJustDeclared(building.place(), planYear));
        }
        stage(p, "DECLARE", today, null, List.of(), ProjectView.DECLARED);
        return p;
    }

    /** A unit using a room of the building: the declaring unit if it does, another if only others do, none if the building is unused. */
    private Optional<UUID> user(RegistryBuilding building, UUID unitId) {
        List<?> users = entityManager.createNativeQuery("""
                SELECT h.agency_id FROM room_holding h JOIN registry_room r ON r.id = h.room_id
                WHERE r.building_id = ?1 AND h.to_date IS NULL ORDER BY h.agency_id = ?2 DESC LIMIT 1""").setParameter(1, building.id)
                .setParameter(2, unitId).getResultList();
        return users.stream().map(UUID.class::cast).findFirst();
    }

    /** What the unit's routine declarations at the building that year come to: the actual cost once reported, the estimate until then. */
    private BigDecimal routineTotal(DeclaringUnit unit, RegistryBuilding building, int planYear) {
        return entityManager.createQuery("""
                select coalesce(sum(coalesce(p.actualCost, p.estimatedCost)), 0) from RepairProject p
                where p.agencyId = ?1 and p.buildingId = ?2 and p.planYear = ?3 and p.repairClass = ?4 and p.status not in ?5""", BigDecimal.class)
                .setParameter(1, unit.id).setParameter(2, building.id).setParameter(3, planYear).setParameter(4, RepairClass.ROUTINE)
                .setParameter(5, Set.of(ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN)).getSingleResult();
    }

    /** 合并申报: the bureau merges further work into a project not yet established, instead of a second project. */
    @Transactional
    public RepairProject addWork(UUID id, String ifMatch, Additions input) {
        RepairProject p = take(id, ifMatch, Stage.ADD_WORK);
        List<Item> added = input.items().stream().map(i -> new Item(i.system(), i.description().strip(), i.itemClass() == null ? p.repairClass : i.itemClass(),
                i.estimatedCost())).toList();
        refuseIfAny(RepairRules.itemsMatchClass(p.repairClass, added.stream().map(Item::itemClass).toList()));
        List<Item> items = new ArrayList<>(json.read(p.items, ITEMS));
        items.addAll(added);
        LinkedHashSet<UUID> rooms = new LinkedHashSet<>(json.read(p.roomIds, IDS));
        rooms.addAll(rooms(RegistryBuilding.findById(p.buildingId), DeclaringUnit.findById(p.agencyId), input.roomIds(), "roomIds"));
        p.items = json.write(items);
        p.roomIds = json.write(List.copyOf(rooms));
        p.estimatedCost = total(items);
        p.costBand = RepairRules.band(p.estimatedCost, figures(p).rules());
        stage(p, Stage.ADD_WORK.name(), clock.today(), input.comment(), List.of(), ProjectView.CHANGED);
        return p;
    }

    /** 更正: the declaration's text and facts, before establishment; audited and published like every stage. */
    @Transactional
    public RepairProject correct(UUID id, String ifMatch, ProjectApi.Correction input) {
        RepairProject p = take(id, ifMatch, Stage.CORRECT);
        p.title = input.title().strip();
        p.description = input.description().strip();
        p.hazardLevel = input.hazardLevel();
        p.hazards = json.write(input.hazards() == null ? List.of() : input.hazards().stream().map(String::strip).toList());
        p.energyUseIntensity = input.energyUseIntensity();
        stage(p, Stage.CORRECT.name(), clock.today(), input.comment(), List.of(), ProjectView.CHANGED);
        return p;
    }

    @Transactional
    public RepairProject appraise(UUID id, String ifMatch, Appraisal input) {
        RepairProject p = take(id, ifMatch, Stage.APPRAISE);
        notBefore("appraisedOn", input.appraisedOn(), p.declaredOn, MaintenanceText.THE_DECLARATION);
        List<UUID> documents = documents(p, input.documentIds(), null);
        if (input.hazardLevel() != null) {
            p.hazardLevel = input.hazardLevel();
        }
        p.appraisedOn = input.appraisedOn();
        p.status = ProjectStatus.APPRAISED;
        stage(p, Stage.APPRAISE.name(), input.appraisedOn(), input.appraiser().strip() + ": " + input.conclusion().strip(), documents, ProjectView.CHANGED);
        return p;
    }

    @Transactional
    public RepairProject establish(UUID id, String ifMatch, Establishment input) {
        RepairProject p = take(id, ifMatch, Stage.ESTABLISH);
        List<UUID> documents = documents(p, input.documentIds(), null);
        p.approvalReference = input.approvalReference().strip();
        p.establishedOn = clock.today();
        p.status = ProjectStatus.ESTABLISHED;
        stage(p, Stage.ESTABLISH.name(), p.establishedOn, input.comment(), documents, ProjectView.APPROVED);
        return p;
    }

    @Transactional
    public RepairProject reject(UUID id, String ifMatch, String comment) {
        RepairProject p = take(id, ifMatch, Stage.REJECT);
        p.status = ProjectStatus.REJECTED;
        stage(p, Stage.REJECT.name(), clock.today(), comment, List.of(), ProjectView.CHANGED);
        return p;
    }

    @Transactional
    public RepairProject withdraw(UUID id, String ifMatch, String comment) {
        RepairProject p = take(id, ifMatch, Stage.WITHDRAW);
        p.status = ProjectStatus.WITHDRAWN;
        stage(p, Stage.WITHDRAW.name(), clock.today(), comment, List.of(), ProjectView.CHANGED);
        return p;
    }

    /** 计划安排: an approved annual plan funds the project; called by the plan's approval in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planned(RepairProject p, LocalDate on, String planReference) {
        Procedure.check(Stage.PLAN, p.repairClass, p.status).ifPresent(o -> {
            throw ProblemException.conflict(o.code(), MaintenanceText.OF_PROJECT.with(p.number, o.detail()));
        });
        p.plannedOn = on;
        p.status = ProjectStatus.PLANNED;
        stage(p, Stage.PLAN.name(), on, planReference, List.of(), ProjectView.PLANNED);
    }

    @Transactional
    public RepairProject start(UUID id, String ifMatch, Start input) {
        RepairProject p = take(id, ifMatch, Stage.START);
        notBefore("startedOn", input.startedOn(), p.plannedOn, MaintenanceText.THE_PLAN);
        String tender = input.tenderReference() == null || input.tenderReference().isBlank() ? null : input.tenderReference().strip();
        refuseIfAny(RepairRules.tenderNamed(p.estimatedCost, input.contractCost(), tender != null, figures(p).rules()),
                RepairRules.contractWithinPlan(input.contractCost(), plannedAmount(p), p.approvedContractCost));
        List<UUID> documents = documents(p, input.documentIds(), null);
        p.contractor = input.contractor().strip();
        p.contractCost = input.contractCost();
        p.tenderReference = tender;
        p.startedOn = input.startedOn();
        p.status = ProjectStatus.IN_PROGRESS;
        stage(p, Stage.START.name(), input.startedOn(), input.comment(), documents, ProjectView.STARTED);
        return p;
    }

    /** 超计划合同审批: the approving bureau approves a contract above the planned amount before the works start under it. */
    @Transactional
    public RepairProject approveContract(UUID id, String ifMatch, ContractApproval input) {
        RepairProject p = take(id, ifMatch, Stage.APPROVE_CONTRACT,
                project -> RepairRules.contractApprovalBand(project.estimatedCost, input.contractCost(), figures(project).rules()));
        BigDecimal planned = plannedAmount(p);
        if (input.contractCost().compareTo(planned) <= 0) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.CONTRACT_WITHIN_PLAN.with(p.number, planned),
                    List.of(new Violation("contractCost", MaintenanceText.ABOVE_AMOUNT.with(planned), input.contractCost().toPlainString())));
        }
        List<UUID> documents = documents(p, input.documentIds(), null);
        p.approvedContractCost = input.contractCost();
        p.contractApprovalReference = input.approvalReference().strip();
        stage(p, Stage.APPROVE_CONTRACT.name(), clock.today(), p.contractApprovalReference + ": " + p.approvedContractCost.toPlainString() + " 元"
                + (input.comment() == null || input.comment().isBlank() ? "" : "; " + input.comment().strip()), documents, ProjectView.CHANGED);
        return p;
    }

    /** What the approved annual plan funds the project with. */
    private static BigDecimal plannedAmount(RepairProject p) {
        PlanItem item = PlanItem.findById(p.id);
        if (item == null) {
            throw new IllegalStateException(p.number + " is " + p.status + " without a line in an annual plan");
        }
        return item.amount;
    }

    @Transactional
    public RepairProject accept(UUID id, String ifMatch, Acceptance input) {
        RepairProject p = take(id, ifMatch, Stage.ACCEPT);
        notBefore("acceptedOn", input.acceptedOn(), p.startedOn, MaintenanceText.THE_WORKS_START);
        List<UUID> documents = documents(p, input.documentIds(), ProjectDocument.Kind.ACCEPTANCE);
        p.actualCost = input.actualCost();
        p.acceptedOn = input.acceptedOn();
        p.status = ProjectStatus.COMPLETED;
        stage(p, Stage.ACCEPT.name(), input.acceptedOn(), input.comment(), documents, ProjectView.COMPLETED);
        return p;
    }

    @Transactional
    public RepairProject report(UUID id, String ifMatch, Report input) {
        RepairProject p = take(id, ifMatch, Stage.REPORT);
        notBefore("completedOn", input.completedOn(), p.declaredOn, MaintenanceText.THE_DECLARATION);
        refuseIfAny(RepairRules.routineCostBelowSmallBand(input.actualCost(), figures(p).rules()));
        List<UUID> documents = documents(p, input.documentIds(), null);
        p.actualCost = input.actualCost();
        p.acceptedOn = input.completedOn();
        p.status = ProjectStatus.COMPLETED;
        stage(p, Stage.REPORT.name(), input.completedOn(), input.comment(), documents, ProjectView.COMPLETED);
        return p;
    }

    @Transactional
    public ProjectDocument store(UUID id, ProjectDocument.Kind kind, String fileName, String contentType, String expectedSha256, byte[] content) {
        RepairProject p = visible(id);
        requireActor(p, Actor.UNIT_OR_BUREAU, p.costBand);
        DocumentUploads.Checked checked = DocumentUploads.check(contentType, content, fileName, expectedSha256, documentTypes, maxDocumentBytes);
        ProjectDocument d = new ProjectDocument();
        d.id = UUID.randomUUID();
        d.projectId = p.id;
        d.divisionCode = p.divisionCode;
        d.kind = kind;
        d.fileName = checked.fileName();
        d.contentType = checked.contentType();
        d.sizeBytes = content.length;
        d.sha256 = checked.sha256();
        d.content = content;
        d.uploadedBy = scope.subject();
        d.uploadedAt = OffsetDateTime.now(clock.getClock());
        d.persist();
        audit.record("repair-project.document-stored", "repair-project", p.id, kind + " " + d.fileName + " " + d.sha256);
        return d;
    }

    public ProjectDocument document(UUID projectId, UUID documentId) {
        RepairProject p = visible(projectId);
        ProjectDocument d = documentId == null ? null : ProjectDocument.findById(documentId);
        if (d == null || !d.projectId.equals(p.id)) {
            throw ProblemException.notFound(MaintenanceText.DOCUMENT, documentId);
        }
        return d;
    }

    /** The project as its reader reads it, splitting explained in the reader's language. */
    public ProjectView view(RepairProject p) {
        return view(p, details(List.of(p.id)), reader.get());
    }

    /** The stages and documents of a page of projects, by project: two queries whatever the page's size. */
    private record Details(Map<UUID, List<StageView>> stages, Map<UUID, List<DocumentView>> documents) {
    }

    private Details details(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return new Details(Map.of(), Map.of());
        }
        Map<UUID, List<StageView>> stages = ProjectStage.<ProjectStage>list("projectId in ?1 order by id", projectIds).stream()
                .collect(Collectors.groupingBy(s -> s.projectId, Collectors.mapping(s -> new StageView(s.stage, s.status, s.actedOn, s.actor, s.comment,
                        json.read(s.documents, IDS), s.occurredAt), Collectors.toList())));
        // The columns a view shows, not the entities, whose content may run to megabytes.
        Map<UUID, List<DocumentView>> documents = entityManager.createQuery("""
                select d.projectId, d.id, d.kind, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt
                from ProjectDocument d where d.projectId in ?1 order by d.uploadedAt""", Object[].class).setParameter(1, projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(d -> (UUID) d[0], Collectors.mapping(d -> new DocumentView((UUID) d[1], (ProjectDocument.Kind) d[2], (String) d[3],
                        (String) d[4], (Long) d[5], (String) d[6], (OffsetDateTime) d[7]), Collectors.toList())));
        return new Details(stages, documents);
    }

    /** With {@code language} null, the view an event carries: figures and codes, no prose. */
    private ProjectView view(RepairProject p, Details details, Locale language) {
        List<StageView> stages = details.stages().getOrDefault(p.id, List.of());
        List<DocumentView> documents = details.documents().getOrDefault(p.id, List.of());
        BigDecimal variance = p.actualCost == null ? null : p.actualCost.subtract(p.estimatedCost);
        BigDecimal variancePercent = variance == null || p.estimatedCost.signum() == 0 ? null
                : variance.multiply(new BigDecimal("100")).divide(p.estimatedCost, 2, RoundingMode.HALF_UP);
        return new ProjectView(p.id, p.number, p.agencyId, p.agencyCode, p.divisionCode, p.buildingId, p.repairClass, p.planYear, p.title, p.description,
                json.read(p.grounds, GROUNDS), p.hazardLevel, json.read(p.hazards, TEXTS), p.energyUseIntensity, p.extensionArea, json.read(p.roomIds, IDS),
                json.read(p.items, ITEMS), p.estimatedCost, p.costBand, p.costBand.tendered() || p.tenderReference != null, p.splitSuspected,
                splitting(p, language), approvingDivision(p.divisionCode, p.costBand), p.contractCost, p.approvedContractCost,
                p.contractApprovalReference, p.actualCost, variance,
                variancePercent, p.contractor, p.tenderReference, p.approvalReference, p.status, Procedure.next(p.repairClass, p.status).orElse(null),
                p.declaredOn, p.appraisedOn, p.establishedOn, p.plannedOn, p.startedOn, p.acceptedOn, stages, documents, p.version);
    }

    private static ProjectApi.Splitting splitting(RepairProject p, Locale language) {
        if (p.splitRoutineTotal == null) {
            return null;
        }
        return new ProjectApi.Splitting(p.splitRoutineTotal, p.splitMediumFrom, language == null ? null
                : new SuspectedSplitting(p.splitRoutineTotal, p.splitMediumFrom).explain(p.planYear).render(language));
    }

    /** The bureau that approves a project of a band: its own division's for small and medium, the level above's for large. */
    static String approvingDivision(String divisionCode, CostBand band) {
        if (!Procedure.approvedAbove(band)) {
            return divisionCode;
        }
        String above = DivisionCodes.levelAbove(divisionCode);
        return above == null || DivisionCodes.NATIONAL.equals(above) ? divisionCode : above;
    }

    /** The figures a project is judged by throughout: those in force for its division on the day it was declared. */
    private FiguresInForce figures(RepairProject p) {
        return parameters.inForce(p.divisionCode, p.declaredOn);
    }

    /** The day of the building's last medium or major repair: the registry's record, or a later acceptance here not yet reflected there. */
    public LocalDate lastMediumOrMajorRepair(RegistryBuilding building) {
        LocalDate here = entityManager.createQuery("select max(p.acceptedOn) from RepairProject p where p.buildingId = ?1 and p.repairClass <> ?2 and p.status = ?3",
                LocalDate.class).setParameter(1, building.id).setParameter(2, RepairClass.ROUTINE).setParameter(3, ProjectStatus.COMPLETED).getSingleResult();
        LocalDate registry = building.lastMediumOrMajorRepairOn;
        return here == null ? registry : registry == null || here.isAfter(registry) ? here : registry;
    }

    private RepairProject take(UUID id, String ifMatch, Stage stage) {
        return take(id, ifMatch, stage, p -> p.costBand);
    }

    /** With the band whose bureau approves the stage, read from the project. */
    private RepairProject take(UUID id, String ifMatch, Stage stage, Function<RepairProject, CostBand> approvalBand) {
        RepairProject p = visible(id);
        requireActor(p, stage.actor, approvalBand.apply(p));
        Etags.requireMatch(ifMatch, p.version);
        Procedure.check(stage, p.repairClass, p.status).ifPresent(o -> {
            throw ProblemException.conflict(o.code(), MaintenanceText.OF_PROJECT.with(p.number, o.detail()));
        });
        return p;
    }

    private void requireActor(RepairProject p, Actor actor, CostBand approvalBand) {
        switch (actor) {
            case UNIT_OR_BUREAU -> {
                if (!scope.isAgencyUser()) {
                    scope.requireOwnLevel(p.divisionCode);
                }
            }
            case BUREAU -> scope.requireOwnLevel(p.divisionCode);
            case APPROVING_BUREAU -> {
                String approving = approvingDivision(p.divisionCode, approvalBand);
                if (!scope.isAgencyUser() && scope.divisionCode().equals(approving)) {
                    scope.requireOwnLevel(approving);
                    return;
                }
                throw ProblemException.forbidden("NOT_THE_APPROVING_BUREAU", (approvalBand == p.costBand ? MaintenanceText.NOT_THE_APPROVING_BUREAU
                        : MaintenanceText.NOT_THE_APPROVING_BUREAU_FOR_CONTRACT).with(MaintenanceText.label(approvalBand), p.divisionCode, p.estimatedCost, approving));
            }
        }
    }

    private RegistryBuilding building(UUID id) {
        RegistryBuilding building = RegistryBuilding.findById(id);
        if (building == null || !scope.canSeeDivision(building.divisionCode)) {
            throw ProblemException.notFound(MaintenanceText.BUILDING, id);
        }
        if (building.disposedOn != null) {
            throw ProblemException.conflict("BUILDING_DISPOSED", MaintenanceText.BUILDING_NOT_REPAIRED.with(building.name, building.disposedOn));
        }
        return building;
    }

    /** The rooms named: each once, of the building, standing, and not held by another unit. */
    private List<UUID> rooms(RegistryBuilding building, DeclaringUnit unit, List<UUID> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        List<UUID> rooms = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < rooms.size(); i++) {
            RegistryRoom room = RegistryRoom.findById(rooms.get(i));
            if (room == null || !room.buildingId.equals(building.id) || room.retiredOn != null) {
                throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.ROOM_NOT_OF_BUILDING.with(rooms.get(i), building.name),
                        List.of(Violation.of(field + "[" + i + "]", MaintenanceText.STANDING_ROOM_OF_BUILDING, rooms.get(i).toString())));
            }
            @SuppressWarnings("unchecked")
            List<String> holders = entityManager.createNativeQuery("SELECT agency_code FROM room_holding WHERE room_id = ?1 AND to_date IS NULL AND agency_id <> ?2")
                    .setParameter(1, room.id).setParameter(2, unit.id).getResultList();
            if (!holders.isEmpty()) {
                throw ProblemException.businessRule("ROOM_HELD_BY_ANOTHER_UNIT", MaintenanceText.ROOM_HELD_BY_ANOTHER_UNIT.with(room.number, holders.get(0)),
                        List.of(Violation.of(field + "[" + i + "]", MaintenanceText.ROOM_OF_UNIT, room.id.toString())));
            }
        }
        return rooms;
    }

    /** The documents a stage rests on: the project's own; with a kind, at least one of that kind. */
    private List<UUID> documents(RepairProject p, List<UUID> ids, ProjectDocument.Kind required) {
        List<UUID> documents = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        boolean kindFound = required == null;
        for (int i = 0; i < documents.size(); i++) {
            ProjectDocument d = ProjectDocument.findById(documents.get(i));
            if (d == null || !d.projectId.equals(p.id)) {
                throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.DOCUMENT_NOT_OF_PROJECT.with(documents.get(i), p.number),
                        List.of(Violation.of("documentIds[" + i + "]", MaintenanceText.DOCUMENT_OF_PROJECT, documents.get(i).toString())));
            }
            kindFound |= d.kind == required;
        }
        if (!kindFound) {
            throw ProblemException.businessRule("ACCEPTANCE_RECORD_REQUIRED", MaintenanceText.ACCEPTANCE_RECORD_REQUIRED.with(p.number));
        }
        return documents;
    }

    private static int planYear(RepairClass repairClass, Integer asked, LocalDate today) {
        if (repairClass == RepairClass.ROUTINE) {
            if (asked != null && asked != today.getYear()) {
                throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.ROUTINE_THIS_YEAR.with(),
                        List.of(new Violation("planYear", MaintenanceText.ABSENT_OR_YEAR.with(today.getYear()), asked.toString())));
            }
            return today.getYear();
        }
        if (asked == null || asked < today.getYear()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.MEDIUM_OR_MAJOR_FROM_THIS_YEAR.with(),
                    List.of(new Violation("planYear", MaintenanceText.FROM_YEAR.with(today.getYear()), asked == null ? null : asked.toString())));
        }
        return asked;
    }

    private static void notBefore(String field, LocalDate day, LocalDate earliest, MaintenanceText what) {
        if (earliest != null && day.isBefore(earliest)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.DAY_BEFORE.with(field, what.with(), earliest),
                    List.of(new Violation(field, MaintenanceText.ON_OR_AFTER.with(earliest), day.toString())));
        }
    }

    private static BigDecimal total(List<Item> items) {
        return items.stream().map(Item::estimatedCost).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    @SafeVarargs
    private static void refuseIfAny(Optional<Refusal>... checks) {
        for (Optional<Refusal> check : checks) {
            if (check.isPresent()) {
                throw refusal(check.get());
            }
        }
    }

    static ProblemException refusal(Refusal r) {
        return ProblemException.businessRule(r.code(), MaintenanceText.REFUSAL.with(r.detail(), r.rule().with()), List.of(Violation.of(r.field(), r.rule(), r.value())));
    }

    private void stage(RepairProject p, String stage, LocalDate on, String comment, List<UUID> documents, String eventType) {
        p.updatedAt = OffsetDateTime.now(clock.getClock());
        ProjectStage s = new ProjectStage();
        s.projectId = p.id;
        s.stage = stage;
        s.status = p.status.name();
        s.actedOn = on;
        s.actor = scope.subject() == null ? AuditTrail.SYSTEM_ACTOR : scope.subject();
        s.comment = comment == null || comment.isBlank() ? null : comment.strip();
        s.documents = json.write(documents);
        s.occurredAt = p.updatedAt;
        s.persist();
        entityManager.flush();
        outbox.publish(ProjectView.TOPIC, p.id.toString(), eventType, view(p, details(List.of(p.id)), null));
        audit.record("repair-project." + stage.toLowerCase(Locale.ROOT), "repair-project", p.id, p.number + " " + p.status + " on " + on);
    }
}
