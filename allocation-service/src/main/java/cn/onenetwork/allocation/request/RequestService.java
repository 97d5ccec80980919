package cn.onenetwork.allocation.request;

import cn.onenetwork.allocation.certificate.CertificateService;
import cn.onenetwork.allocation.holding.HoldingApi.HoldingInput;
import cn.onenetwork.allocation.holding.HoldingBasis;
import cn.onenetwork.allocation.holding.HoldingService;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.parameter.ParameterService;
import cn.onenetwork.allocation.pool.IdleRooms;
import cn.onenetwork.allocation.pool.PoolOpenings;
import cn.onenetwork.allocation.recommend.OfficeFit;
import cn.onenetwork.allocation.recommend.OfficeFit.Office;
import cn.onenetwork.allocation.recommend.OfficeFit.OverStandard;
import cn.onenetwork.allocation.recommend.Recommender.Staff;
import cn.onenetwork.allocation.recommend.RecommendationService;
import cn.onenetwork.allocation.request.RequestApi.Approval;
import cn.onenetwork.allocation.request.RequestApi.Fulfilment;
import cn.onenetwork.allocation.request.RequestApi.RecommendationView;
import cn.onenetwork.allocation.request.RequestApi.RequestInput;
import cn.onenetwork.allocation.request.RequestApi.RequestPage;
import cn.onenetwork.allocation.request.RequestApi.RequestView;
import cn.onenetwork.allocation.request.RequestApi.StaffCount;
import cn.onenetwork.allocation.request.RequestApi.StaffLine;
import cn.onenetwork.allocation.standard.Standards;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import cn.onenetwork.allocation.userunit.AdministrativeLevel;
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.allocation.vacating.VacatingService;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.Entitlements;
import cn.onenetwork.rules.Entitlements.Posts;
import cn.onenetwork.rules.Entitlements.Standard;
import cn.onenetwork.rules.Entitlements.UnitEntitlement;
import cn.onenetwork.rules.StandardsInForce;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The workflow of 用房申请: a unit (or its bureau) submits; the bureau reviews and decides the method in legal priority
 * order with the pool's best fit as evidence; a reallocation is fulfilled by holdings created in one transaction.
 */
@ApplicationScoped
public class RequestService {

    static final String SUBJECT = "allocation-request";

    @Inject
    CallerScope scope;

    @Inject
    Standards standards;

    @Inject
    RecommendationService recommendations;

    @Inject
    HoldingService holdings;

    @Inject
    NumberSequence numbers;

    @Inject
    CertificateService certificates;

    @Inject
    VacatingService vacating;

    @Inject
    ParameterService parameters;

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

    public AllocationRequest visible(UUID id) {
        AllocationRequest request = id == null ? null : AllocationRequest.findById(id);
        if (request == null || !scope.canRead(request.divisionCode, request.agencyCode)) {
            throw ProblemException.notFound(AllocationText.KIND_REQUEST, id);
        }
        return request;
    }

    public RequestPage list(UUID agencyId, RequestStatus status, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andEquals("status", status)
                .after("id", Cursors.decodeUuid(cursor));
        List<AllocationRequest> rows = AllocationRequest.find(query.query(), query.params()).page(0, size + 1).list();
        Map<UUID, Promise> reserved = reservedRooms(rows.stream().map(r -> r.id).toList());
        Cursors.Slice<RequestView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, r -> r.id,
                (r, history) -> view(r, reserved.getOrDefault(r.id, Promise.NONE), history)), RequestView::id);
        return new RequestPage(page.items(), page.nextCursor());
    }

    @Transactional
    public AllocationRequest submit(RequestInput input) {
        UserUnit unit = UserUnit.findById(input.agencyId());
        if (unit == null || !scope.canRead(unit.divisionCode, unit.creditCode)) {
            throw ProblemException.notFound(AllocationText.KIND_UNIT, input.agencyId());
        }
        if (!scope.isAgencyUser()) {
            scope.requireOwnLevel(unit.divisionCode);
        }
        if (unit.dissolvedOn != null) {
            throw ProblemException.businessRule("UNIT_DISSOLVED", AllocationText.UNIT_ENDED.with(unit.name, unit.dissolvedOn),
                    List.of(Violation.of("agencyId", AllocationText.A_UNIT_THAT_EXISTS, unit.id.toString())));
        }
        LocalDate today = clock.today();
        StandardsInForce inForce = standards.inForce(unit.level, today);
        List<StaffLine> staff = size(unit, input.staff(), today, inForce);
        UnitEntitlement entitled = Entitlements.of(staff.stream().map(s -> new Posts(s.rank(), s.people(),
                new Standard(s.standard(), s.ceilingReason()))).toList(), inForce.allowance(unit.level, unit.divisionCode, today)).orElseThrow();
        BigDecimal held = input.reason() == RequestReason.RELOCATION ? BigDecimal.ZERO.setScale(2) : heldBasicArea(unit.id);
        BigDecimal limit = entitled.basic() != null ? entitled.basic()
                : entitled.office().add(input.serviceAreaAsked()).add(input.equipmentAreaAsked());
        if (held.add(input.areaAsked()).compareTo(limit) > 0) {
            throw ProblemException.businessRule("AREA_ABOVE_ENTITLEMENT", entitled.basic() != null
                    ? AllocationText.AREA_ABOVE_BASIC_ENTITLEMENT.with(unit.name, input.areaAsked(), held, entitled.approvedPosts(), limit, entitled.office())
                    : AllocationText.AREA_ABOVE_ENTITLEMENT.with(unit.name, input.areaAsked(), held, entitled.approvedPosts(), limit),
                    List.of(new Violation("areaAsked", AllocationText.MUST_NOT_EXCEED.with(limit.subtract(held).max(BigDecimal.ZERO)),
                            input.areaAsked().toPlainString())));
        }
        AllocationRequest r = new AllocationRequest();
        r.id = UUID.randomUUID();
        r.number = numbers.next(unit.divisionCode, "SQ", today.getYear());
        r.agencyId = unit.id;
        r.agencyCode = unit.creditCode;
        r.divisionCode = unit.divisionCode;
        r.reason = input.reason();
        r.justification = input.justification().strip();
        r.staff = json.write(staff);
        r.serviceAreaAsked = input.serviceAreaAsked();
        r.equipmentAreaAsked = input.equipmentAreaAsked();
        r.areaAsked = input.areaAsked();
        r.documents = json.write(input.documents() == null ? List.of() : input.documents().stream().map(String::strip).toList());
        r.sizedOn = today;
        r.officeEntitlement = entitled.office();
        r.basicEntitlement = entitled.basic();
        r.heldArea = held;
        r.status = RequestStatus.SUBMITTED;
        r.createdAt = clock.now();
        r.updatedAt = r.createdAt;
        r.persist();
        step(r, "SUBMIT", null, RequestView.SUBMITTED);
        return r;
    }

    /** Each rank once, within the unit's approved posts, with the standard in force today (or the ceiling that stands in for it). */
    private List<StaffLine> size(UserUnit unit, List<StaffCount> asked, LocalDate today, StandardsInForce inForce) {
        Map<String, Integer> approved = json.read(unit.approvedStaffing, new TypeReference<Map<String, Integer>>() { });
        Set<String> seen = new HashSet<>();
        Set<String> known = standards.known(asked.stream().map(StaffCount::rank).toList());
        List<StaffLine> lines = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            StaffCount s = asked.get(i);
            String field = "staff[" + i + "]";
            if (!seen.add(s.rank())) {
                throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.RANK_TWICE.with(s.rank()),
                        List.of(Violation.of(field + ".rank", AllocationText.EACH_RANK_ONCE, s.rank())));
            }
            if (!known.contains(s.rank())) {
                throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.RANK_UNKNOWN.with(s.rank()),
                        List.of(Violation.of(field + ".rank", AllocationText.A_RANK_CODE, s.rank())));
            }
            int posts = approved.getOrDefault(s.rank(), 0);
            if (s.people() > posts) {
                throw ProblemException.businessRule("STAFF_ABOVE_APPROVED_POSTS", AllocationText.STAFF_ABOVE_APPROVED_POSTS.with(unit.name, posts,
                        s.rank(), s.people()), List.of(new Violation(field + ".people", AllocationText.MUST_NOT_EXCEED.with(posts), s.people().toString())));
            }
            Standard standard = inForce.standard(unit.level, s.rank(), unit.divisionCode, today);
            if (standard == null) {
                throw ProblemException.businessRule("NO_STANDARD_FOR_RANK", AllocationText.NO_STANDARD_FOR_RANK.with(s.rank(),
                        AllocationText.label(AdministrativeLevel.valueOf(unit.level)), unit.divisionCode, today), List.of(Violation.of(field + ".rank", AllocationText.HAS_NO_STANDARD, s.rank())));
            }
            lines.add(new StaffLine(s.rank(), s.people(), standard.area(), standard.ceilingReason()));
        }
        return lines;
    }

    private BigDecimal heldBasicArea(UUID agencyId) {
        return ((BigDecimal) entityManager.createNativeQuery("""
                SELECT coalesce(sum(r.use_area), 0) FROM holding h JOIN registry_room r ON r.id = h.room_id
                WHERE h.agency_id = ?1 AND h.to_date IS NULL AND r.retired_on IS NULL AND h.approved_use IN ('OFFICE', 'SERVICE', 'EQUIPMENT')
                """).setParameter(1, agencyId).getSingleResult()).setScale(2);
    }

    @Transactional
    public AllocationRequest startReview(UUID id, String ifMatch, String comment) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, AllocationText.ACTION_START_REVIEW, RequestStatus.SUBMITTED);
        r.status = RequestStatus.UNDER_REVIEW;
        step(r, "START_REVIEW", comment, RequestView.REVIEW_STARTED);
        return r;
    }

    @Transactional
    public AllocationRequest reject(UUID id, String ifMatch, String comment) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, AllocationText.ACTION_REJECT, RequestStatus.UNDER_REVIEW);
        r.status = RequestStatus.REJECTED;
        step(r, "REJECT", comment, RequestView.REJECTED);
        return r;
    }

    @Transactional
    public AllocationRequest withdraw(UUID id, String ifMatch, String comment) {
        AllocationRequest r = visible(id);
        if (!scope.isAgencyUser()) {
            scope.requireOwnLevel(r.divisionCode);
        }
        Etags.requireMatch(ifMatch, r.version);
        requireStatus(r, AllocationText.ACTION_WITHDRAW, RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW);
        r.status = RequestStatus.WITHDRAWN;
        step(r, "WITHDRAW", comment, RequestView.WITHDRAWN);
        return r;
    }

    /** 撤销: an approved request the bureau will not fulfil; the rooms promised to it return to the pool. */
    @Transactional
    public AllocationRequest cancel(UUID id, String ifMatch, String reason) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, AllocationText.ACTION_CANCEL, RequestStatus.APPROVED);
        r.status = RequestStatus.CANCELLED;
        step(r, "CANCEL", reason.strip(), RequestView.CANCELLED);
        return r;
    }

    /** The registry ended the unit: what it asked for and was not yet given will not be, and its promises end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unitEnded(UUID agencyId, LocalDate on) {
        for (AllocationRequest r : AllocationRequest.<AllocationRequest>list("agencyId = ?1 and status in ?2", agencyId,
                List.of(RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW, RequestStatus.APPROVED))) {
            boolean approved = r.status == RequestStatus.APPROVED;
            r.status = approved ? RequestStatus.CANCELLED : RequestStatus.WITHDRAWN;
            step(r, approved ? "CANCEL" : "WITHDRAW", AuditTrail.SYSTEM_ACTOR, "单位已于 " + on + " 撤销", approved ? RequestView.CANCELLED : RequestView.WITHDRAWN);
        }
    }

    @Transactional
    public AllocationRequest approve(UUID id, String ifMatch, Approval approval) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, AllocationText.ACTION_APPROVE, RequestStatus.UNDER_REVIEW);
        Map<AllocationMethod, String> reasons = new EnumMap<>(AllocationMethod.class);
        if (approval.ruledOut() != null) {
            approval.ruledOut().forEach((m, why) -> {
                if (m.ordinal() >= approval.method().ordinal()) {
                    throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.METHOD_NOT_ABOVE.with(AllocationText.label(m),
                            AllocationText.label(approval.method())), List.of(Violation.of("ruledOut." + m.name(), AllocationText.ONLY_HIGHER_RULED_OUT, why)));
                }
                reasons.put(m, why.strip());
            });
        }
        List<AllocationMethod> notRuledOut = AllocationRules.higherMethodsNotRuledOut(approval.method(), approval.ruledOut());
        if (!notRuledOut.isEmpty()) {
            throw ProblemException.businessRule("HIGHER_METHOD_NOT_RULED_OUT", AllocationText.HIGHER_METHOD_NOT_RULED_OUT.with(
                    AllocationText.label(approval.method()), AllocationText.list(notRuledOut.stream().map(AllocationText::label).toList())),
                    notRuledOut.stream().map(m -> new Violation("ruledOut." + m.name(), AllocationText.WHY_CANNOT_SERVE.with(AllocationText.label(m)), null))
                            .toList());
        }
        if (approval.fundingSource() != null && !approval.fundingSource().permitted()) {
            throw ProblemException.businessRule("FORBIDDEN_FUNDING_SOURCE", AllocationText.FORBIDDEN_FUNDING_SOURCE.with(
                    AllocationText.label(approval.fundingSource())),
                    List.of(Violation.of("fundingSource", AllocationText.ONLY_GOVERNMENT_BUDGET, approval.fundingSource().name())));
        }
        if (AllocationRules.needsFunding(approval.method()) && approval.fundingSource() == null) {
            throw ProblemException.businessRule("FUNDING_SOURCE_REQUIRED", AllocationText.FUNDING_SOURCE_REQUIRED.with(AllocationText.label(approval.method())),
                    List.of(new Violation("fundingSource", AllocationText.REQUIRED_FOR.with(AllocationText.label(approval.method())), null)));
        }
        List<UUID> reserved = approval.reservedRoomIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(approval.reservedRoomIds()));
        if (!reserved.isEmpty() && approval.method() != AllocationMethod.REALLOCATION) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.POOL_ROOMS_ONLY_FOR_REALLOCATION.with(),
                    List.of(Violation.of("reservedRoomIds", AllocationText.ONLY_WITH_REALLOCATION, null)));
        }
        BigDecimal serviceGranted = granted(r, "serviceAreaGranted", approval.serviceAreaGranted(), r.serviceAreaAsked);
        BigDecimal equipmentGranted = granted(r, "equipmentAreaGranted", approval.equipmentAreaGranted(), r.equipmentAreaAsked);
        if (r.basicEntitlement != null && serviceGranted.add(equipmentGranted).compareTo(r.basicEntitlement.subtract(r.officeEntitlement)) > 0) {
            BigDecimal allowance = r.basicEntitlement.subtract(r.officeEntitlement);
            throw ProblemException.businessRule("ABOVE_ALLOWANCE", AllocationText.ABOVE_ALLOWANCE.with(serviceGranted.add(equipmentGranted), allowance),
                    List.of(new Violation("serviceAreaGranted", AllocationText.WITH_EQUIPMENT_AT_MOST.with(allowance), serviceGranted.toPlainString())));
        }
        LocalDate today = clock.today();
        // Queries first: each one flushes, and a request changed before them would be written (and versioned) twice.
        List<RecommendationView> best = recommendations.recommend(r.divisionCode, r.id, staff(r), serviceGranted, equipmentGranted, 1);
        if (!best.isEmpty() && approval.method() != AllocationMethod.REALLOCATION) {
            throw ProblemException.businessRule("POOL_CAN_SERVE", AllocationText.POOL_CAN_SERVE.with(best.get(0).totalArea(),
                    AllocationText.list(best.get(0).buildings()), AllocationText.label(approval.method())),
                    List.of(Violation.of("method", AllocationText.REALLOCATION_WHILE_POOL_CAN_SERVE, approval.method().name())));
        }
        LocalDate promisedUntil = today.plusDays(parameters.inForce(r.divisionCode, today).promiseExpiryDays());
        if (!reserved.isEmpty()) {
            // A lapsed promise ends as lapsed, with its step and event, before its room may be promised again.
            lapsePromises();
        }
        for (UUID roomId : reserved) {
            reserve(r, roomId, promisedUntil);
        }
        r.serviceAreaGranted = serviceGranted;
        r.equipmentAreaGranted = equipmentGranted;
        r.areaApproved = r.areaAsked.min(r.officeEntitlement.add(serviceGranted).add(equipmentGranted));
        r.poolBestFit = best.isEmpty() ? null : json.write(best.get(0));
        r.method = approval.method();
        r.ruledOut = json.write(reasons);
        r.fundingSource = approval.fundingSource();
        r.status = RequestStatus.APPROVED;
        step(r, "APPROVE", approval.comment(), RequestView.APPROVED);
        return r;
    }

    /**
     * The space beyond offices granted: what the bureau records, at most what was asked; what was asked when the bureau
     * records nothing and an allowance in force bounds it; without an allowance the bureau must record its own figure, so
     * that no unit sizes its own ceiling.
     */
    private static BigDecimal granted(AllocationRequest r, String field, BigDecimal recorded, BigDecimal asked) {
        if (recorded == null) {
            if (r.basicEntitlement == null && asked.signum() > 0) {
                throw ProblemException.businessRule("BUREAU_FIGURE_REQUIRED", AllocationText.BUREAU_FIGURE_REQUIRED.with(r.divisionCode, r.sizedOn),
                        List.of(new Violation(field, AllocationText.REQUIRED_WITHOUT_ALLOWANCE.with(asked), null)));
            }
            return asked;
        }
        if (recorded.compareTo(asked) > 0) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.GRANTED_ABOVE_ASKED.with(),
                    List.of(new Violation(field, AllocationText.AT_MOST.with(asked), recorded.toPlainString())));
        }
        return recorded;
    }

    /** Promises a pool room of the request's division to it until a day; a room already promised (and not lapsed) or held is a conflict. */
    private void reserve(AllocationRequest r, UUID roomId, LocalDate promisedUntil) {
        Object[] room = poolRoom(r, roomId);
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO room_reservation (room_id, request_id, reserved_at, expires_on) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (room_id) DO NOTHING
                """).setParameter(1, roomId).setParameter(2, r.id).setParameter(3, clock.now()).setParameter(4, promisedUntil).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("ROOM_RESERVED", AllocationText.ROOM_ALREADY_PROMISED.with(room[1]));
        }
    }

    /** The room as the pool has it (id, number, category, use area, promised to): of the request's division or a pool opened to it, and idle. */
    private Object[] poolRoom(AllocationRequest r, UUID roomId) {
        return poolRooms(r, List.of(roomId)).get(0);
    }

    /**
     * The rooms as the pool has them, in the order asked, read in one query: each of the request's division or a pool opened
     * to it, and idle ({@link IdleRooms}); the first that is not is the answer (404, or 409 saying why).
     */
    private List<Object[]> poolRooms(AllocationRequest r, List<UUID> roomIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.id, r.number, r.category, r.use_area, r.retired_on, r.status,
                       EXISTS (SELECT 1 FROM holding h WHERE h.room_id = r.id AND h.to_date IS NULL),
                       EXISTS (SELECT 1 FROM registry_seat s WHERE s.room_id = r.id AND s.to_date IS NULL),
                       (SELECT v.request_id FROM room_reservation v WHERE v.room_id = r.id AND v.expires_on > ?3),
                       EXISTS (SELECT 1 FROM registry_building b WHERE b.id = r.building_id AND b.origin = 'LEASED')
                FROM registry_room r WHERE r.id = ANY(?1) AND """ + PoolOpenings.usableBy("r.division_code", "?2"))
                .setParameter(1, roomIds.toArray(UUID[]::new)).setParameter(2, r.divisionCode).setParameter(3, clock.today()).getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(row -> byId.put((UUID) row[0], row));
        List<Object[]> rooms = new ArrayList<>();
        for (UUID roomId : roomIds) {
            Object[] room = byId.get(roomId);
            if (room == null) {
                throw new ProblemException(404, "NOT_FOUND", PlatformText.NOT_FOUND.with(AllocationText.KIND_ROOM_OF_DIVISION.with(r.divisionCode), roomId));
            }
            // The reasons of IdleRooms.idle, each named.
            if (room[4] != null || "UNDER_REPAIR".equals(room[5]) || Boolean.TRUE.equals(room[6]) || Boolean.TRUE.equals(room[7]) || Boolean.TRUE.equals(room[9])) {
                throw ProblemException.conflict("ROOM_NOT_IN_POOL", AllocationText.ROOM_NOT_IN_POOL.with(room[1], (room[4] != null ? AllocationText.ROOM_RETIRED_STATE
                        : "UNDER_REPAIR".equals(room[5]) ? AllocationText.ROOM_UNDER_REPAIR_STATE : Boolean.TRUE.equals(room[6]) ? AllocationText.ROOM_HELD_STATE
                        : Boolean.TRUE.equals(room[7]) ? AllocationText.ROOM_SEATED_STATE : AllocationText.ROOM_LEASED_STATE).with()));
            }
            rooms.add(room);
        }
        return rooms;
    }

    @Transactional
    public AllocationRequest fulfil(UUID id, String ifMatch, Fulfilment input) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, AllocationText.ACTION_FULFIL, RequestStatus.APPROVED);
        if (r.method != AllocationMethod.REALLOCATION) {
            throw ProblemException.conflict("NOT_A_REALLOCATION", AllocationText.NOT_A_REALLOCATION.with(r.number, AllocationText.label(r.method)));
        }
        List<UUID> reserved = reservedRoomIds(r.id);
        List<UUID> roomIds = input.roomIds() == null || input.roomIds().isEmpty() ? reserved : List.copyOf(new LinkedHashSet<>(input.roomIds()));
        if (roomIds.isEmpty()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", AllocationText.ROOMS_TO_HAND_OVER_REQUIRED.with(),
                    List.of(Violation.of("roomIds", AllocationText.MUST_NOT_BE_EMPTY, null)));
        }
        BigDecimal total = BigDecimal.ZERO;
        List<Office> offices = new ArrayList<>();
        for (Object[] room : poolRooms(r, roomIds)) {
            if (room[8] != null && !room[8].equals(r.id)) {
                throw ProblemException.conflict("ROOM_RESERVED", AllocationText.ROOM_PROMISED_ELSEWHERE.with(room[1]));
            }
            if ("OFFICE".equals(room[2])) {
                offices.add(new Office((UUID) room[0], (String) room[1], (BigDecimal) room[3]));
            }
            total = total.add((BigDecimal) room[3]);
        }
        requireWithinApproval(r, total, offices, "roomIds");
        holdings.startAll(roomIds.stream().map(roomId -> new HoldingInput(roomId, r.agencyId, HoldingBasis.REALLOCATION, null, r.number,
                input.fromDate())).toList());
        entityManager.createNativeQuery("DELETE FROM room_reservation WHERE request_id = ?1").setParameter(1, r.id).executeUpdate();
        certificates.issue(r.id, UserUnit.findById(r.agencyId), roomIds, input.fromDate(), input.agreement(), "agreement");
        served(r, roomIds, input.fromDate());
        step(r, "FULFIL", input.comment(), RequestView.FULFILLED);
        return r;
    }

    /**
     * What a bureau hands over for an approved request stays within it: the area approved, and no office above the
     * standards of the people it is for (domain.md §4), whichever rooms were picked.
     */
    public void requireWithinApproval(AllocationRequest r, BigDecimal total, List<Office> offices, String field) {
        BigDecimal approved = approvedArea(r);
        if (total.compareTo(approved) > 0) {
            throw ProblemException.businessRule("ABOVE_APPROVED_AREA", AllocationText.ABOVE_APPROVED_AREA.with(total, r.number, approved),
                    List.of(new Violation(field, AllocationText.TOTAL_AT_MOST.with(approved), total.toPlainString())));
        }
        List<OverStandard> over = OfficeFit.overStandard(staff(r).stream().map(s -> new Staff(s.rank(), s.people(), s.standard())).toList(), offices);
        if (!over.isEmpty()) {
            OverStandard first = over.get(0);
            throw ProblemException.businessRule("OFFICE_ABOVE_STANDARD", AllocationText.OFFICE_ABOVE_STANDARD.with(first.office().number(),
                    first.office().area(), r.number, first.allowed(), first.excess()),
                    over.stream().map(o -> new Violation(field, AllocationText.OFFICE_AT_MOST.with(o.office().number(), o.allowed(), o.excess()),
                            o.office().id().toString())).toList());
        }
    }

    /** Requests approved before space was granted beyond offices keep the area they asked. */
    private static BigDecimal approvedArea(AllocationRequest r) {
        return r.areaApproved == null ? r.areaAsked : r.areaApproved;
    }

    /** Promises end on their day: the rooms return to the pool, the request stays approved and is fulfilled with rooms named then. */
    @Transactional
    public int lapsePromises() {
        LocalDate today = clock.today();
        @SuppressWarnings("unchecked")
        List<UUID> lapsed = entityManager.createNativeQuery("SELECT DISTINCT request_id FROM room_reservation WHERE expires_on <= ?1")
                .setParameter(1, today).getResultList();
        for (UUID id : lapsed) {
            AllocationRequest r = AllocationRequest.findById(id);
            entityManager.createNativeQuery("DELETE FROM room_reservation WHERE request_id = ?1 AND expires_on <= ?2")
                    .setParameter(1, id).setParameter(2, today).executeUpdate();
            step(r, "PROMISE_LAPSED", AuditTrail.SYSTEM_ACTOR, "所承诺用房保留期限已满", RequestView.PROMISE_LAPSED);
        }
        return lapsed.size();
    }

    @Scheduled(cron = "{onenetwork.requests.promise-lapse-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dailyPromiseLapse() {
        lapsePromises();
    }

    /** An approved request served by another workflow (an exchange, a lease) is fulfilled with it, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fulfilled(UUID id, String by, List<UUID> newRooms, LocalDate on) {
        AllocationRequest r = AllocationRequest.findById(id);
        requireStatus(r, AllocationText.ACTION_FULFIL, RequestStatus.APPROVED);
        served(r, newRooms, on);
        step(r, "FULFIL", by, RequestView.FULFILLED);
    }

    /** 建新交旧: whatever method served a relocation, the space the unit leaves gets vacating orders from the day it moves in. */
    private void served(AllocationRequest r, List<UUID> newRooms, LocalDate on) {
        if (r.reason == RequestReason.RELOCATION) {
            vacating.relocated(r.agencyId, newRooms, r.number, on);
        }
        r.status = RequestStatus.FULFILLED;
    }

    /**
     * Before approval the space beyond offices counts as asked within the allowance in force, and not at all where none is
     * (the bureau's figure is not recorded yet): no request sizes the recommender's work by what it asks.
     */
    public List<RecommendationView> recommend(UUID id, int limit) {
        AllocationRequest r = visible(id);
        BigDecimal service = r.serviceAreaGranted != null ? r.serviceAreaGranted : r.basicEntitlement == null ? BigDecimal.ZERO : r.serviceAreaAsked;
        BigDecimal equipment = r.equipmentAreaGranted != null ? r.equipmentAreaGranted : r.basicEntitlement == null ? BigDecimal.ZERO : r.equipmentAreaAsked;
        return recommendations.recommend(r.divisionCode, r.id, staff(r), service, equipment, limit);
    }

    /** A request the caller's bureau decides, at the version the caller read. */
    private AllocationRequest decidable(UUID id, String ifMatch) {
        AllocationRequest r = visible(id);
        scope.requireOwnLevel(r.divisionCode);
        Etags.requireMatch(ifMatch, r.version);
        return r;
    }

    private static void requireStatus(AllocationRequest r, AllocationText action, RequestStatus... allowed) {
        if (!List.of(allowed).contains(r.status)) {
            throw ProblemException.conflict("REQUEST_NOT_" + allowed[0].name(), allowed.length == 1
                    ? AllocationText.REQUEST_NOT_IN_STATUS.with(action.with(), r.number, AllocationText.label(r.status), AllocationText.label(allowed[0]))
                    : AllocationText.REQUEST_DECIDED.with(action.with(), r.number, AllocationText.label(r.status)));
        }
    }

    private void step(AllocationRequest r, String action, String comment, String eventType) {
        step(r, action, scope.subject(), comment, eventType);
    }

    /** Records the step, releases promised rooms of a request that will not be fulfilled, and publishes the request as it now stands. */
    private void step(AllocationRequest r, String action, String actor, String comment, String eventType) {
        // A new request was stamped when it was created; touching it again would write it twice.
        if (!"SUBMIT".equals(action)) {
            r.updatedAt = clock.now();
        }
        if (r.status == RequestStatus.REJECTED || r.status == RequestStatus.WITHDRAWN || r.status == RequestStatus.CANCELLED) {
            entityManager.createNativeQuery("DELETE FROM room_reservation WHERE request_id = ?1").setParameter(1, r.id).executeUpdate();
        }
        WorkflowStep.record(SUBJECT, r.id, action, r.status, actor, comment, r.updatedAt);
        entityManager.flush();
        outbox.publish(RequestView.TOPIC, r.id.toString(), eventType, view(r));
        audit.record("allocation-request." + action.toLowerCase().replace('_', '-'), "allocation-request", r.id, r.number + " → " + r.status);
    }

    public RequestView view(AllocationRequest r) {
        return view(r, reservedRooms(r.id), WorkflowStep.history(SUBJECT, r.id));
    }

    private RequestView view(AllocationRequest r, Promise promise, List<WorkflowStep.View> history) {
        Map<AllocationMethod, String> ruledOut = r.ruledOut == null ? Map.of() : json.read(r.ruledOut, new TypeReference<Map<AllocationMethod, String>>() { });
        return new RequestView(r.id, r.number, r.agencyId, r.agencyCode, r.divisionCode, r.reason, r.justification, staff(r), r.serviceAreaAsked,
                r.equipmentAreaAsked, r.areaAsked, json.read(r.documents, new TypeReference<List<String>>() { }), r.sizedOn, r.officeEntitlement,
                r.basicEntitlement, r.heldArea, r.status, r.method, ruledOut, r.fundingSource,
                r.poolBestFit == null ? null : json.read(r.poolBestFit, new TypeReference<RecommendationView>() { }), promise.rooms(),
                promise.until(), r.serviceAreaGranted, r.equipmentAreaGranted, r.areaApproved, history, r.version);
    }

    private List<StaffLine> staff(AllocationRequest r) {
        return json.read(r.staff, new TypeReference<List<StaffLine>>() { });
    }

    /** The rooms promised to a request and the last day of the promise. */
    private record Promise(List<UUID> rooms, LocalDate until) {
        static final Promise NONE = new Promise(List.of(), null);
    }

    private List<UUID> reservedRoomIds(UUID requestId) {
        return reservedRooms(requestId).rooms();
    }

    private Promise reservedRooms(UUID requestId) {
        return reservedRooms(List.of(requestId)).getOrDefault(requestId, Promise.NONE);
    }

    /** The live promises of each of a page of requests, in one query; a request with none is absent. */
    private Map<UUID, Promise> reservedRooms(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT request_id, room_id, expires_on FROM room_reservation WHERE request_id = ANY(?1) AND expires_on > ?2 ORDER BY room_id
                """).setParameter(1, requestIds.toArray(UUID[]::new)).setParameter(2, clock.today()).getResultList();
        Map<UUID, Promise> promises = new HashMap<>();
        for (Object[] row : rows) {
            Promise p = promises.getOrDefault((UUID) row[0], Promise.NONE);
            List<UUID> rooms = new ArrayList<>(p.rooms());
            rooms.add((UUID) row[1]);
            LocalDate lastDay = ((LocalDate) row[2]).minusDays(1);
            promises.put((UUID) row[0], new Promise(rooms, p.until() == null || lastDay.isBefore(p.until()) ? lastDay : p.until()));
        }
        return promises;
    }


}
