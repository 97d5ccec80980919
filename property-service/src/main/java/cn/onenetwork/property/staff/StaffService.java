package cn.onenetwork.property.staff;

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
import cn.onenetwork.property.agency.Agency;
import cn.onenetwork.property.agency.AgencyService;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.organisation.RankTitles;
import cn.onenetwork.property.room.Room;
import cn.onenetwork.property.room.RoomService;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostEnd;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostInput;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostPage;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostView;
import cn.onenetwork.property.staff.StaffApi.PersonInput;
import cn.onenetwork.property.staff.StaffApi.PersonPage;
import cn.onenetwork.property.staff.StaffApi.PersonView;
import cn.onenetwork.property.staff.StaffApi.SeatInput;
import cn.onenetwork.property.staff.StaffApi.SeatPage;
import cn.onenetwork.property.staff.StaffApi.SeatView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class StaffService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    AgencyService agencies;

    @Inject
    RoomService rooms;

    @Inject
    RankTitles ranks;

    @Inject
    ComplianceService compliance;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    public Person visible(UUID id) {
        Person person = id == null ? null : Person.findById(id);
        if (person == null || !scope.canRead(person.divisionCode, person.agencyCode)) {
            throw ProblemException.notFound(PropertyText.KIND_PERSON, id);
        }
        return person;
    }

    public PersonPage list(UUID agencyId, String q, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andContains("searchText", q).after("id", Cursors.decodeUuid(cursor));
        List<Person> rows = Person.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<PersonView> page = Cursors.slice(rows, size, PersonView::of, PersonView::id);
        return new PersonPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Person register(PersonInput input) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = clock.now();
        apply(person, input);
        person.persistAndFlush();
        outbox.publish(PersonView.TOPIC, person.id.toString(), PersonView.REGISTERED, PersonView.of(person));
        audit.record("person.registered", "person", person.id, person.name);
        return person;
    }

    /** Status changes (transfer, retirement) start the vacating deadline; compliance is rechecked at once. */
    @Transactional
    public Person update(UUID id, String ifMatch, PersonInput input) {
        Person person = visible(id);
        scope.requireOwnLevel(person.divisionCode);
        Etags.requireMatch(ifMatch, person.version);
        apply(person, input);
        entityManager.flush();
        outbox.publish(PersonView.TOPIC, person.id.toString(), PersonView.UPDATED, PersonView.of(person));
        audit.record("person.updated", "person", person.id, person.name + " " + person.status);
        compliance.recompute(Set.of(), Set.of(person.id));
        return person;
    }

    @Transactional
    public ConcurrentPost addConcurrentPost(UUID personId, ConcurrentPostInput input) {
        Person person = visible(personId);
        scope.requireOwnLevel(person.divisionCode);
        Agency agency = agencies.visible(input.agencyId());
        if (agency.id.equals(person.agencyId)) {
            throw ProblemException.businessRule("CONCURRENT_POST_IN_OWN_AGENCY", PropertyText.CONCURRENT_POST_IN_OWN_AGENCY.with());
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.POST_ENDS_BEFORE_START.with(),
                    List.of(Violation.of("endsOn", PropertyText.NOT_BEFORE_STARTS_ON, input.endsOn().toString())));
        }
        ConcurrentPost post = new ConcurrentPost();
        post.id = UUID.randomUUID();
        post.personId = person.id;
        post.agencyId = agency.id;
        post.approved = input.approved();
        post.approvalReference = input.approvalReference();
        post.startsOn = input.startsOn();
        post.endsOn = input.endsOn();
        post.persist();
        entityManager.flush();
        outbox.publish(PersonView.TOPIC, person.id.toString(), ConcurrentPostView.ADDED, ConcurrentPostView.of(post));
        audit.record("concurrent-post.added", "person", person.id, agency.name + (post.approved ? " approved" : " not approved"));
        compliance.recompute(Set.of(), Set.of(person.id));
        return post;
    }

    /** The end of a post known only later: the vacating deadline of the office it allowed runs from that day. */
    @Transactional
    public ConcurrentPost endConcurrentPost(UUID personId, UUID postId, String ifMatch, ConcurrentPostEnd input) {
        Person person = visible(personId);
        scope.requireOwnLevel(person.divisionCode);
        ConcurrentPost post = concurrentPost(person, postId);
        Etags.requireMatch(ifMatch, post.version);
        if (input.endsOn().isBefore(post.startsOn)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.POST_ENDS_BEFORE_START.with(),
                    List.of(new Violation("endsOn", PropertyText.NOT_BEFORE.with(post.startsOn), input.endsOn().toString())));
        }
        post.endsOn = input.endsOn();
        post.endReason = input.reason().strip();
        entityManager.flush();
        outbox.publish(PersonView.TOPIC, person.id.toString(), ConcurrentPostView.ENDED, ConcurrentPostView.of(post));
        audit.record("concurrent-post.ended", "person", person.id, post.id + " on " + post.endsOn + ": " + post.endReason);
        compliance.recompute(Set.of(), Set.of(person.id));
        return post;
    }

    public ConcurrentPost concurrentPost(Person person, UUID postId) {
        ConcurrentPost post = postId == null ? null : ConcurrentPost.findById(postId);
        if (post == null || !post.personId.equals(person.id)) {
            throw ProblemException.notFound(PropertyText.KIND_CONCURRENT_POST, postId);
        }
        return post;
    }

    public ConcurrentPostPage concurrentPosts(UUID personId, String cursor, Integer limit) {
        Person person = visible(personId);
        int size = Cursors.limit(limit);
        UUID after = Cursors.decodeUuid(cursor);
        List<ConcurrentPost> rows = ConcurrentPost.find("personId = ?1" + (after == null ? "" : " and id > ?2") + " order by id",
                after == null ? new Object[] {person.id} : new Object[] {person.id, after}).page(0, size + 1).list();
        Cursors.Slice<ConcurrentPostView> page = Cursors.slice(rows, size, ConcurrentPostView::of, ConcurrentPostView::id);
        return new ConcurrentPostPage(page.items(), page.nextCursor());
    }

    /** Where a person sits (their open seats, or all with {@code current} false). */
    public SeatPage seatsOfPerson(UUID personId, boolean current, String cursor, Integer limit) {
        return seats("personId", visible(personId).id, current, cursor, limit);
    }

    /** Who sits in a room. */
    public SeatPage seatsInRoom(UUID roomId, boolean current, String cursor, Integer limit) {
        return seats("roomId", rooms.visible(roomId).id, current, cursor, limit);
    }

    private SeatPage seats(String field, UUID id, boolean current, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        UUID after = Cursors.decodeUuid(cursor);
        String where = field + " = ?1" + (current ? " and toDate is null" : "") + (after == null ? "" : " and id > ?2") + " order by id";
        List<Seat> rows = Seat.find(where, after == null ? new Object[] {id} : new Object[] {id, after}).page(0, size + 1).list();
        Cursors.Slice<SeatView> page = Cursors.slice(rows, size, SeatView::of, SeatView::id);
        return new SeatPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Seat assign(SeatInput input) {
        Person person = visible(input.personId());
        scope.requireOwnLevel(person.divisionCode);
        Room room = rooms.visible(input.roomId());
        RoomService.requireNotRetired(room);
        if (input.concurrentPostId() != null) {
            ConcurrentPost post = ConcurrentPost.findById(input.concurrentPostId());
            if (post == null || !post.personId.equals(person.id)) {
                throw ProblemException.businessRule("CONCURRENT_POST_UNKNOWN", PropertyText.CONCURRENT_POST_UNKNOWN.with(input.concurrentPostId(), person.name));
            }
        }
        if (Seat.count("personId = ?1 and roomId = ?2 and toDate is null", person.id, room.id) > 0) {
            throw ProblemException.conflict("ALREADY_SEATED", PropertyText.ALREADY_SEATED.with(person.name, room.number));
        }
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.personId = person.id;
        seat.roomId = room.id;
        seat.concurrentPostId = input.concurrentPostId();
        seat.divisionCode = room.divisionCode;
        seat.fromDate = input.fromDate();
        seat.persist();
        outbox.publish(SeatView.TOPIC, seat.id.toString(), SeatView.ASSIGNED, SeatView.of(seat));
        audit.record("seat.assigned", "seat", seat.id, person.name + " → " + room.number);
        compliance.recompute(Set.of(room.id), Set.of(person.id));
        return seat;
    }

    @Transactional
    public Seat release(UUID seatId, LocalDate toDate) {
        Seat seat = Seat.findById(seatId);
        if (seat == null || !scope.canSeeDivision(seat.divisionCode)) {
            throw ProblemException.notFound(PropertyText.KIND_SEAT, seatId);
        }
        Person person = visible(seat.personId);
        scope.requireOwnLevel(person.divisionCode);
        if (seat.toDate != null) {
            throw ProblemException.conflict("SEAT_ALREADY_RELEASED", PropertyText.SEAT_ALREADY_RELEASED.with(seat.toDate));
        }
        if (toDate.isBefore(seat.fromDate)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.SEAT_ENDS_BEFORE_START.with(),
                    List.of(new Violation("toDate", PropertyText.NOT_BEFORE.with(seat.fromDate), toDate.toString())));
        }
        seat.toDate = toDate;
        outbox.publish(SeatView.TOPIC, seat.id.toString(), SeatView.RELEASED, SeatView.of(seat));
        audit.record("seat.released", "seat", seat.id, person.name);
        compliance.recompute(Set.of(seat.roomId), Set.of(person.id));
        return seat;
    }

    /** Ends the open seats in these rooms on a day (their building was disposed of); the people seated there, to recheck. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> endSeatsIn(Collection<UUID> roomIds, LocalDate on) {
        Set<UUID> people = new HashSet<>();
        for (Seat seat : Seat.<Seat>list("roomId in ?1 and toDate is null", roomIds)) {
            seat.toDate = on.isBefore(seat.fromDate) ? seat.fromDate : on;
            outbox.publish(SeatView.TOPIC, seat.id.toString(), SeatView.RELEASED, SeatView.of(seat));
            audit.record("seat.released", "seat", seat.id, "building disposed of on " + on);
            people.add(seat.personId);
        }
        return people;
    }

    private void apply(Person person, PersonInput input) {
        Agency agency = agencies.visible(input.agencyId());
        scope.requireOwnLevel(agency.divisionCode);
        List<String> known = ranks.codes(agency.level);
        if (!known.contains(input.rankCode())) {
            throw ProblemException.businessRule("UNKNOWN_RANK", PropertyText.UNKNOWN_RANK.with(input.rankCode(), PropertyText.label("LEVEL", agency.level).with()),
                    List.of(new Violation("rankCode", PropertyText.USE_ONE_OF.with(String.join(", ", known)), input.rankCode())));
        }
        person.agencyId = agency.id;
        person.divisionCode = agency.divisionCode;
        person.agencyCode = agency.creditCode;
        person.level = agency.level;
        person.name = input.name().strip();
        person.position = input.position();
        person.rankCode = input.rankCode();
        person.status = input.status();
        person.statusSince = input.statusSince();
        person.updatedAt = clock.now();
    }
}
