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
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.allocation.vacating.VacatingService;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
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
import java.util.stream.Collectors;

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
            throw ProblemException.notFound("Allocation request", id);
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
            throw ProblemException.notFound("User unit", input.agencyId());
        }
        if (!scope.isAgencyUser()) {
            scope.requireOwnLevel(unit.divisionCode);
        }
        if (unit.dissolvedOn != null) {
            throw new ProblemException(422, "UNIT_DISSOLVED", "Business rule violated", unit.name + " was ended by the registry on " + unit.dissolvedOn,
                    List.of(new FieldError("agencyId", "a unit that exists", unit.id.toString())));
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
            throw new ProblemException(422, "AREA_ABOVE_ENTITLEMENT", "Business rule violated", unit.name + " asks for " + input.areaAsked()
                    + " m² and holds " + held + " m²; " + entitled.approvedPosts() + " people are entitled to " + limit + " m²"
                    + (entitled.basic() != null ? " (offices " + entitled.office() + " m² plus the service and equipment allowance)" : ""),
                    List.of(new FieldError("areaAsked", "must not exceed " + limit.subtract(held).max(BigDecimal.ZERO), input.areaAsked().toPlainString())));
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
                throw ProblemException.badRequest("VALIDATION_FAILED", "Rank " + s.rank() + " is listed twice",
                        List.of(new FieldError(field + ".rank", "each rank once", s.rank())));
            }
            if (!known.contains(s.rank())) {
                throw ProblemException.badRequest("VALIDATION_FAILED", "Rank " + s.rank() + " is not a rank of the area standards",
                        List.of(new FieldError(field + ".rank", "a rank code of the area standards", s.rank())));
            }
            int posts = approved.getOrDefault(s.rank(), 0);
            if (s.people() > posts) {
                throw new ProblemException(422, "STAFF_ABOVE_APPROVED_POSTS", "Business rule violated", unit.name + " has " + posts + " approved "
                        + s.rank() + " posts (编制); space is sized by approved posts, not by " + s.people() + " people",
                        List.of(new FieldError(field + ".people", "must not exceed " + posts, s.people().toString())));
            }
            Standard standard = inForce.standard(unit.level, s.rank(), unit.divisionCode, today);
            if (standard == null) {
                throw new ProblemException(422, "NO_STANDARD_FOR_RANK", "Business rule violated", "No office standard is in force for " + s.rank()
                        + " at the " + unit.level + " level in " + unit.divisionCode + " on " + today,
                        List.of(new FieldError(field + ".rank", "has no standard in force", s.rank())));
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
        requireStatus(r, "start the review of", RequestStatus.SUBMITTED);
        r.status = RequestStatus.UNDER_REVIEW;
        step(r, "START_REVIEW", comment, RequestView.REVIEW_STARTED);
        return r;
    }

    @Transactional
    public AllocationRequest reject(UUID id, String ifMatch, String comment) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, "reject", RequestStatus.UNDER_REVIEW);
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
        requireStatus(r, "withdraw", RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW);
        r.status = RequestStatus.WITHDRAWN;
        step(r, "WITHDRAW", comment, RequestView.WITHDRAWN);
        return r;
    }

    /** 撤销: an approved request the bureau will not fulfil; the rooms promised to it return to the pool. */
    @Transactional
    public AllocationRequest cancel(UUID id, String ifMatch, String reason) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, "cancel", RequestStatus.APPROVED);
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
        requireStatus(r, "approve", RequestStatus.UNDER_REVIEW);
        Map<AllocationMethod, String> reasons = new EnumMap<>(AllocationMethod.class);
        if (approval.ruledOut() != null) {
            approval.ruledOut().forEach((m, why) -> {
                if (m.ordinal() >= approval.method().ordinal()) {
                    throw ProblemException.badRequest("VALIDATION_FAILED", m.label() + " is not above " + approval.method().label(),
                            List.of(new FieldError("ruledOut." + m.name(), "only methods above the chosen one are ruled out", why)));
                }
                reasons.put(m, why.strip());
            });
        }
        List<AllocationMethod> notRuledOut = AllocationRules.higherMethodsNotRuledOut(approval.method(), approval.ruledOut());
        if (!notRuledOut.isEmpty()) {
            throw new ProblemException(422, "HIGHER_METHOD_NOT_RULED_OUT", "Business rule violated", approval.method().label()
                    + " may be chosen only when every higher method cannot serve; no reason is recorded for "
                    + notRuledOut.stream().map(AllocationMethod::label).collect(Collectors.joining(", ")),
                    notRuledOut.stream().map(m -> new FieldError("ruledOut." + m.name(), "why " + m.label() + " cannot serve", null)).toList());
        }
        if (approval.fundingSource() != null && !approval.fundingSource().permitted()) {
            throw new ProblemException(422, "FORBIDDEN_FUNDING_SOURCE", "Business rule violated", "Office space is funded only through the "
                    + "government budget; " + approval.fundingSource().label() + " is forbidden",
                    List.of(new FieldError("fundingSource", "only GOVERNMENT_BUDGET is permitted", approval.fundingSource().name())));
        }
        if (AllocationRules.needsFunding(approval.method()) && approval.fundingSource() == null) {
            throw new ProblemException(422, "FUNDING_SOURCE_REQUIRED", "Business rule violated", approval.method().label()
                    + " costs money: name its funding source", List.of(new FieldError("fundingSource", "required for " + approval.method(), null)));
        }
        List<UUID> reserved = approval.reservedRoomIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(approval.reservedRoomIds()));
        if (!reserved.isEmpty() && approval.method() != AllocationMethod.REALLOCATION) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "Pool rooms are promised only to a reallocation",
                    List.of(new FieldError("reservedRoomIds", "only with method REALLOCATION", null)));
        }
        BigDecimal serviceGranted = granted(r, "serviceAreaGranted", approval.serviceAreaGranted(), r.serviceAreaAsked);
        BigDecimal equipmentGranted = granted(r, "equipmentAreaGranted", approval.equipmentAreaGranted(), r.equipmentAreaAsked);
        if (r.basicEntitlement != null && serviceGranted.add(equipmentGranted).compareTo(r.basicEntitlement.subtract(r.officeEntitlement)) > 0) {
            BigDecimal allowance = r.basicEntitlement.subtract(r.officeEntitlement);
            throw new ProblemException(422, "ABOVE_ALLOWANCE", "Business rule violated", "The service and equipment space granted totals "
                    + serviceGranted.add(equipmentGranted) + " m²; the allowance in force for these people is " + allowance + " m²",
                    List.of(new FieldError("serviceAreaGranted", "with equipmentAreaGranted at most " + allowance, serviceGranted.toPlainString())));
        }
        LocalDate today = clock.today();
        // Queries first: each one flushes, and a request changed before them would be written (and versioned) twice.
        List<RecommendationView> best = recommendations.recommend(r.divisionCode, r.id, staff(r), serviceGranted, equipmentGranted, 1);
        if (!best.isEmpty() && approval.method() != AllocationMethod.REALLOCATION) {
            throw new ProblemException(422, "POOL_CAN_SERVE", "Business rule violated", "The idle pool can serve the request now ("
                    + best.get(0).totalArea() + " m² in " + String.join(", ", best.get(0).buildings()) + "): reallocation comes before "
                    + approval.method().label(), List.of(new FieldError("method", "REALLOCATION while the pool can serve", approval.method().name())));
        }
        LocalDate promisedUntil = today.plusDays(parameters.inForce(r.divisionCode, today).promiseExpiryDays());
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
                throw new ProblemException(422, "BUREAU_FIGURE_REQUIRED", "Business rule violated", "No service and equipment allowance was in force "
                        + "for " + r.divisionCode + " on " + r.sizedOn + ": record the space the bureau grants beyond offices",
                        List.of(new FieldError(field, "required without an allowance in force, at most " + asked, null)));
            }
            return asked;
        }
        if (recorded.compareTo(asked) > 0) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "More space is granted than was asked",
                    List.of(new FieldError(field, "at most " + asked, recorded.toPlainString())));
        }
        return recorded;
    }

    /** Promises a pool room of the request's division to it until a day; a room already promised (and not lapsed) or held is a conflict. */
    private void reserve(AllocationRequest r, UUID roomId, LocalDate promisedUntil) {
        Object[] room = poolRoom(r, roomId);
        entityManager.createNativeQuery("DELETE FROM room_reservation WHERE room_id = ?1 AND expires_on <= ?2")
                .setParameter(1, roomId).setParameter(2, clock.today()).executeUpdate();
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO room_reservation (room_id, request_id, reserved_at, expires_on) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (room_id) DO NOTHING
                """).setParameter(1, roomId).setParameter(2, r.id).setParameter(3, clock.now()).setParameter(4, promisedUntil).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("ROOM_RESERVED", "Room " + room[1] + " is already promised to another request");
        }
    }

    /** The room as the pool has it (id, number, category, use area): of the request's division or a pool opened to it, and idle ({@link IdleRooms}). */
    private Object[] poolRoom(AllocationRequest r, UUID roomId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.id, r.number, r.category, r.use_area, r.retired_on, r.status,
                       EXISTS (SELECT 1 FROM holding h WHERE h.room_id = r.id AND h.to_date IS NULL),
                       EXISTS (SELECT 1 FROM registry_seat s WHERE s.room_id = r.id AND s.to_date IS NULL)
                FROM registry_room r WHERE r.id = ?1 AND """ + PoolOpenings.usableBy("r.division_code", "?2"))
                .setParameter(1, roomId).setParameter(2, r.divisionCode).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Room of division " + r.divisionCode, roomId);
        }
        Object[] room = rows.get(0);
        if (room[4] != null || "UNDER_REPAIR".equals(room[5]) || Boolean.TRUE.equals(room[6]) || Boolean.TRUE.equals(room[7])) {
            throw ProblemException.conflict("ROOM_NOT_IN_POOL", "Room " + room[1] + " is not in the idle pool: it is "
                    + (room[4] != null ? "retired" : "UNDER_REPAIR".equals(room[5]) ? "under repair" : Boolean.TRUE.equals(room[6]) ? "held by a unit"
                    : "in use: the registry seats someone in it"));
        }
        return room;
    }

    @Transactional
    public AllocationRequest fulfil(UUID id, String ifMatch, Fulfilment input) {
        AllocationRequest r = decidable(id, ifMatch);
        requireStatus(r, "fulfil", RequestStatus.APPROVED);
        if (r.method != AllocationMethod.REALLOCATION) {
            throw ProblemException.conflict("NOT_A_REALLOCATION", "Request " + r.number + " was approved for " + r.method.label()
                    + "; only a reallocation is fulfilled by handing over pool rooms");
        }
        List<UUID> reserved = reservedRoomIds(r.id);
        List<UUID> roomIds = input.roomIds() == null || input.roomIds().isEmpty() ? reserved : List.copyOf(new LinkedHashSet<>(input.roomIds()));
        if (roomIds.isEmpty()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "Name the rooms to hand over; none were promised at approval",
                    List.of(new FieldError("roomIds", "must not be empty", null)));
        }
        BigDecimal total = BigDecimal.ZERO;
        List<Office> offices = new ArrayList<>();
        for (UUID roomId : roomIds) {
            Object[] room = poolRoom(r, roomId);
            UUID promisedTo = (UUID) entityManager.createNativeQuery("SELECT request_id FROM room_reservation WHERE room_id = ?1 AND expires_on > ?2")
                    .setParameter(1, roomId).setParameter(2, clock.today()).getResultStream().findFirst().orElse(null);
            if (promisedTo != null && !promisedTo.equals(r.id)) {
                throw ProblemException.conflict("ROOM_RESERVED", "Room " + room[1] + " is promised to another request");
            }
            if ("OFFICE".equals(room[2])) {
                offices.add(new Office(roomId, (String) room[1], (BigDecimal) room[3]));
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
            throw new ProblemException(422, "ABOVE_APPROVED_AREA", "Business rule violated", "The rooms total " + total + " m²; request "
                    + r.number + " was approved for " + approved + " m²", List.of(new FieldError(field, "must total at most " + approved,
                    total.toPlainString())));
        }
        List<OverStandard> over = OfficeFit.overStandard(staff(r).stream().map(s -> new Staff(s.rank(), s.people(), s.standard())).toList(), offices);
        if (!over.isEmpty()) {
            throw new ProblemException(422, "OFFICE_ABOVE_STANDARD", "Business rule violated", "Office " + over.get(0).office().number() + " has "
                    + over.get(0).office().area() + " m² of use area; the people of request " + r.number + " left for it are entitled to "
                    + over.get(0).allowed() + " m², " + over.get(0).excess() + " m² less",
                    over.stream().map(o -> new FieldError(field, "office " + o.office().number() + " at most " + o.allowed() + " m² (" + o.excess()
                            + " m² over)", o.office().id().toString())).toList());
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
        requireStatus(r, "fulfil", RequestStatus.APPROVED);
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

    private static void requireStatus(AllocationRequest r, String action, RequestStatus... allowed) {
        if (!List.of(allowed).contains(r.status)) {
            throw ProblemException.conflict("REQUEST_NOT_" + allowed[0].name(), "Cannot " + action + " request " + r.number + ": it is "
                    + r.status + (allowed.length == 1 ? ", not " + allowed[0] : ""));
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
