package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.certificate.CertificateApi.AgreementView;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificatePage;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateRoom;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateView;
import cn.onenetwork.allocation.certificate.CertificateApi.Printout;
import cn.onenetwork.allocation.certificate.CertificateApi.Verification;
import cn.onenetwork.common.numbering.NumberSequence;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.allocation.userunit.UserUnit;
import cn.onenetwork.common.json.JsonColumns;
import cn.onenetwork.allocation.workflow.WorkflowStep;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.allocation.division.DivisionNames;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.core.type.TypeReference;
import cn.onenetwork.allocation.holding.HoldingEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 分配使用凭证: issued with every hand-over, changed, transferred, cancelled or revoked with a reason, printed with a fresh
 * verification code (only its hash is kept), and verified anonymously: valid or not, nothing else.
 */
@ApplicationScoped
public class CertificateService {

    static final String SUBJECT = "certificate";
    private static final TypeReference<List<CertificateRoom>> ROOMS = new TypeReference<>() { };
    private static final TypeReference<List<AgreementObligation>> OBLIGATIONS = new TypeReference<>() { };

    @Inject
    CallerScope scope;

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
    DivisionNames divisions;

    /** Where the QR code sends a phone: the gateway's public verification route. */
    @ConfigProperty(name = "onenetwork.certificates.verification-url", defaultValue = "http://localhost:8080/api/v1/certificate-verifications")
    String verificationUrl;

    /** Failed verifications allowed per client address in one window, before 429. */
    @ConfigProperty(name = "onenetwork.certificates.verification.max-failures", defaultValue = "20")
    int maxFailures;

    @ConfigProperty(name = "onenetwork.certificates.verification.window", defaultValue = "PT15M")
    Duration window;

    public Certificate visible(UUID id) {
        Certificate c = id == null ? null : Certificate.findById(id);
        if (c == null || !scope.canRead(c.divisionCode, c.agencyCode)) {
            throw ProblemException.notFound(AllocationText.KIND_CERTIFICATE, id);
        }
        return c;
    }

    public CertificatePage list(UUID agencyId, CertificateStatus status, String number, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("agencyId", agencyId).andEquals("status", status)
                .andEquals("number", number == null ? null : number.strip()).after("id", Cursors.decodeUuid(cursor));
        List<Certificate> rows = Certificate.find(query.query(), query.params()).page(0, size + 1).list();
        Map<UUID, UseAgreement> agreements = agreements(rows.stream().map(c -> c.id).toList());
        Cursors.Slice<CertificateView> page = Cursors.slice(rows, size, WorkflowStep.withHistories(SUBJECT, rows, c -> c.id,
                (c, history) -> view(c, history, agreements.get(c.id))), CertificateView::id);
        return new CertificatePage(page.items(), page.nextCursor());
    }

    /**
     * Issues the certificate of a hand-over in the caller's transaction, with the use agreement the unit signed;
     * {@code agreementField} names where the caller's input carries it, for the problem that refuses it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(UUID requestId, UserUnit unit, List<UUID> roomIds, LocalDate issuedOn, AgreementSigning agreement, String agreementField) {
        return issue(requestId, CertificateBasis.ALLOCATION, unit, roomIds, issuedOn, agreement, agreementField);
    }

    /**
     * A certificate for what a unit holds already: holdings recorded from before the platform, or a merger's successor
     * that took its predecessor's rooms over. Without room ids, every room the unit holds that no valid certificate covers.
     */
    @Transactional
    public Certificate issueForExistingUse(UUID agencyId, List<UUID> roomIds, AgreementSigning agreement) {
        UserUnit unit = UserUnit.findById(agencyId);
        if (unit == null || !scope.canSeeDivision(unit.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_UNIT, agencyId);
        }
        scope.requireOwnLevel(unit.divisionCode);
        if (unit.dissolvedOn != null) {
            throw ProblemException.businessRule("UNIT_DISSOLVED", AllocationText.UNIT_ENDED_NO_CERTIFICATE.with(unit.name, unit.dissolvedOn),
                    List.of(Violation.of("agencyId", AllocationText.A_UNIT_THAT_EXISTS, unit.id.toString())));
        }
        List<UUID> rooms;
        if (roomIds == null || roomIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> uncovered = entityManager.createNativeQuery("""
                    SELECT h.room_id FROM holding h JOIN registry_room r ON r.id = h.room_id WHERE h.agency_id = ?1 AND h.to_date IS NULL
                      AND NOT EXISTS (SELECT 1 FROM certificate_room cr WHERE cr.room_id = h.room_id) ORDER BY r.number, r.id
                    """, UUID.class).setParameter(1, unit.id).getResultList();
            if (uncovered.isEmpty()) {
                throw ProblemException.businessRule("NOTHING_TO_CERTIFY", AllocationText.NOTHING_TO_CERTIFY.with(unit.name));
            }
            rooms = uncovered;
        } else {
            rooms = List.copyOf(new LinkedHashSet<>(roomIds));
            requireHeld(unit.id, unit.creditCode, rooms);
        }
        return issue(null, CertificateBasis.EXISTING_USE, unit, rooms, clock.today(), agreement, "agreement");
    }

    private Certificate issue(UUID requestId, CertificateBasis basis, UserUnit unit, List<UUID> roomIds, LocalDate issuedOn, AgreementSigning agreement,
            String agreementField) {
        AgreementRules.refusal(agreement, agreementField, issuedOn, clock.today()).ifPresent(refusal -> {
            throw refusal;
        });
        requireUncovered(roomIds);
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.number = numbers.next(unit.divisionCode, "PZ", issuedOn.getYear());
        c.requestId = requestId;
        c.basis = basis;
        c.agencyId = unit.id;
        c.agencyCode = unit.creditCode;
        c.divisionCode = unit.divisionCode;
        List<CertificateRoom> rooms = rooms(roomIds);
        c.rooms = json.write(rooms);
        c.totalArea = total(rooms);
        c.issuedOn = issuedOn;
        c.status = CertificateStatus.ISSUED;
        c.statusSince = issuedOn;
        c.createdAt = OffsetDateTime.now();
        c.updatedAt = c.createdAt;
        c.persist();
        UseAgreement signed = new UseAgreement();
        signed.certificateId = c.id;
        signed.purpose = AgreementPurpose.OFFICE_USE;
        signed.obligations = json.write(List.of(AgreementObligation.values()));
        signed.rooms = c.rooms;
        signed.signedOn = agreement.signedOn();
        signed.unitSignatory = agreement.unitSignatory().strip();
        signed.bureauSignatory = agreement.bureauSignatory().strip();
        signed.createdAt = c.createdAt;
        signed.persist();
        entityManager.flush();
        cover(c.id, roomIds);
        step(c, "ISSUE", null, CertificateView.ISSUED);
        return c;
    }

    @Transactional
    public Certificate change(UUID id, String ifMatch, List<UUID> roomIds, String reason) {
        Certificate c = changeable(id, ifMatch);
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(roomIds));
        requireHeld(c.agencyId, c.agencyCode, distinct);
        uncover(c.id);
        requireUncovered(distinct);
        cover(c.id, distinct);
        List<CertificateRoom> rooms = rooms(distinct);
        c.rooms = json.write(rooms);
        c.totalArea = total(rooms);
        return transition(c, CertificateStatus.CHANGED, reason, "CHANGE", CertificateView.CHANGED);
    }

    /**
     * The holding of a room ended: the valid certificate that covers it loses the room (变更), or ends with it (注销) when
     * it was its last, in the transaction that ends the holding. A certificate already passed to the successor keeps a
     * room handed over to that successor.
     */
    void holdingEnded(@Observes HoldingEnded ended) {
        UUID roomId = ended.holding().roomId;
        String reason = ended.holding().endReason;
        @SuppressWarnings("unchecked")
        List<UUID> covering = entityManager.createNativeQuery("SELECT certificate_id FROM certificate_room WHERE room_id = ?1", UUID.class)
                .setParameter(1, roomId).getResultList();
        if (covering.isEmpty()) {
            return;
        }
        Certificate c = entityManager.find(Certificate.class, covering.get(0), LockModeType.PESSIMISTIC_WRITE);
        if (c.agencyId.equals(ended.successorId())) {
            return;
        }
        List<CertificateRoom> remaining = json.read(c.rooms, ROOMS).stream()
                .filter(r -> !r.roomId().equals(roomId)).toList();
        if (remaining.isEmpty()) {
            transition(c, CertificateStatus.CANCELLED, reason, "CANCEL", CertificateView.CANCELLED);
            return;
        }
        entityManager.createNativeQuery("DELETE FROM certificate_room WHERE certificate_id = ?1 AND room_id = ?2").setParameter(1, c.id)
                .setParameter(2, roomId).executeUpdate();
        c.rooms = json.write(remaining);
        c.totalArea = total(remaining);
        transition(c, CertificateStatus.CHANGED, reason, "CHANGE", CertificateView.CHANGED);
    }

    @Transactional
    public Certificate transfer(UUID id, String ifMatch, UUID agencyId, String reason) {
        Certificate c = changeable(id, ifMatch);
        UserUnit successor = UserUnit.findById(agencyId);
        if (successor == null || !scope.canSeeDivision(successor.divisionCode)) {
            throw ProblemException.notFound(AllocationText.KIND_UNIT, agencyId);
        }
        if (!successor.divisionCode.equals(c.divisionCode) || successor.id.equals(c.agencyId)) {
            throw ProblemException.businessRule("NOT_A_SUCCESSOR", AllocationText.NOT_A_SUCCESSOR.with(c.divisionCode),
                    List.of(new Violation("agencyId", AllocationText.ANOTHER_UNIT_OF_DIVISION.with(c.divisionCode), agencyId.toString())));
        }
        c.agencyId = successor.id;
        c.agencyCode = successor.creditCode;
        c.divisionCode = successor.divisionCode;
        return transition(c, CertificateStatus.TRANSFERRED, reason, "TRANSFER", CertificateView.TRANSFERRED);
    }

    @Transactional
    public Certificate cancel(UUID id, String ifMatch, String reason) {
        return transition(changeable(id, ifMatch), CertificateStatus.CANCELLED, reason, "CANCEL", CertificateView.CANCELLED);
    }

    @Transactional
    public Certificate revoke(UUID id, String ifMatch, RevocationGround ground, String reason) {
        return transition(changeable(id, ifMatch), CertificateStatus.REVOKED, ground + ": " + reason.strip(), "REVOKE", CertificateView.REVOKED);
    }

    /** A new verification code for the printed sheet: the previous printout stops verifying, so a lost copy can be replaced. */
    @Transactional
    public Printout print(UUID id, String reason, Locale language) {
        Certificate c = visible(id);
        scope.requireOwnLevel(c.divisionCode);
        if (!c.status.valid()) {
            throw ProblemException.conflict("CERTIFICATE_NOT_VALID", AllocationText.CERTIFICATE_NOT_VALID.with(c.number, AllocationText.label(c.status)));
        }
        String code = VerificationCodes.generate();
        c.codeHash = VerificationCodes.hash(c.number, code);
        c.updatedAt = OffsetDateTime.now();
        // Written now, so that the certificate's version (its ETag) counts this printing before the answer is stored.
        entityManager.flush();
        audit.record("certificate.printed", SUBJECT, c.id, c.number + ": " + reason.strip());
        String url = verificationUrl + "?number=" + URLEncoder.encode(c.number, StandardCharsets.UTF_8) + "&code=" + code;
        UserUnit holder = UserUnit.findById(c.agencyId);
        CertificateView view = view(c);
        return new Printout(c.number, url, code, CertificateSheet.html(view, new CertificateSheet.Names(holder == null ? c.agencyCode : holder.name,
                divisions.of(c.divisionCode), places(view)), url, code, language));
    }

    /**
     * Valid or not, and nothing else. A client address with too many failed attempts in the window gets 429 until the
     * window ends, whatever it sends: guessing codes is not an option.
     * <p>
     * A failure is counted by one upsert that returns the new count: concurrent failures from one address queue on its row,
     * so each sees the count the others left, and the one past the limit is answered 429 and rolled back, never {@code false}.
     * Counts of windows that ended are started afresh, and ended windows of other addresses are deleted a few at a time, so
     * the table holds only the current windows.
     */
    @Transactional
    public Verification verify(String number, String code, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<Object[]> current = entityManager.createNativeQuery("""
                SELECT failures, ceil(extract(epoch FROM window_start + ?2 * interval '1 second' - ?3)) FROM verification_failure
                WHERE address = ?1 AND window_start + ?2 * interval '1 second' > ?3
                """).setParameter(1, address).setParameter(2, window.toSeconds()).setParameter(3, now).getResultList();
        if (!current.isEmpty() && ((Number) current.get(0)[0]).intValue() >= maxFailures) {
            throw tooManyVerifications(((Number) current.get(0)[1]).longValue());
        }
        Certificate c = number == null ? null : Certificate.find("number", number.strip()).firstResult();
        boolean valid = c != null && c.status.valid() && VerificationCodes.matches(c.codeHash, c.number, code);
        if (valid) {
            return new Verification(true);
        }
        // SKIP LOCKED: a row another verification holds is left for a later purge instead of waited for (no deadlock between two purges).
        entityManager.createNativeQuery("""
                DELETE FROM verification_failure WHERE address IN (
                    SELECT address FROM verification_failure WHERE window_start + ?2 * interval '1 second' <= ?1 AND address <> ?3
                    ORDER BY window_start LIMIT 100 FOR UPDATE SKIP LOCKED)
                """).setParameter(1, now).setParameter(2, window.toSeconds()).setParameter(3, address).executeUpdate();
        Object[] counted = (Object[]) entityManager.createNativeQuery("""
                INSERT INTO verification_failure AS f (address, window_start, failures) VALUES (?1, ?2, 1)
                ON CONFLICT (address) DO UPDATE SET
                    failures = CASE WHEN f.window_start + ?3 * interval '1 second' <= ?2 THEN 1 ELSE f.failures + 1 END,
                    window_start = CASE WHEN f.window_start + ?3 * interval '1 second' <= ?2 THEN ?2 ELSE f.window_start END
                RETURNING f.failures, ceil(extract(epoch FROM f.window_start + ?3 * interval '1 second' - ?2))
                """).setParameter(1, address).setParameter(2, now).setParameter(3, window.toSeconds()).getSingleResult();
        if (((Number) counted[0]).intValue() > maxFailures) {
            throw tooManyVerifications(((Number) counted[1]).longValue());
        }
        return new Verification(false);
    }

    private static ProblemException tooManyVerifications(long secondsLeft) {
        return ProblemException.tooManyRequests("TOO_MANY_VERIFICATIONS", AllocationText.TOO_MANY_VERIFICATIONS.with(secondsLeft), secondsLeft);
    }

    private Certificate changeable(UUID id, String ifMatch) {
        Certificate c = visible(id);
        scope.requireOwnLevel(c.divisionCode);
        Etags.requireMatch(ifMatch, c.version);
        if (!c.status.valid()) {
            throw ProblemException.conflict("CERTIFICATE_ENDED", c.statusReason == null
                    ? AllocationText.CERTIFICATE_ENDED.with(c.number, AllocationText.label(c.status), c.statusSince)
                    : AllocationText.CERTIFICATE_ENDED_BECAUSE.with(c.number, AllocationText.label(c.status), c.statusSince, c.statusReason));
        }
        return c;
    }

    private Certificate transition(Certificate c, CertificateStatus status, String reason, String action, String eventType) {
        if (!status.valid()) {
            uncover(c.id);
        }
        c.status = status;
        c.statusReason = reason.strip();
        c.statusSince = clock.today();
        c.updatedAt = OffsetDateTime.now();
        step(c, action, c.statusReason, eventType);
        return c;
    }

    private void step(Certificate c, String action, String comment, String eventType) {
        WorkflowStep.record(SUBJECT, c.id, action, c.status, scope.subject(), comment, c.updatedAt);
        entityManager.flush();
        outbox.publish(CertificateView.TOPIC, c.id.toString(), eventType, view(c));
        audit.record("certificate." + action.toLowerCase(), SUBJECT, c.id, c.number + " → " + c.status);
    }

    public CertificateView view(Certificate c) {
        return view(c, WorkflowStep.history(SUBJECT, c.id), UseAgreement.findById(c.id));
    }

    private CertificateView view(Certificate c, List<WorkflowStep.View> history, UseAgreement agreement) {
        return new CertificateView(c.id, c.number, c.requestId, c.basis, c.agencyId, c.agencyCode, c.divisionCode, json.read(c.rooms, ROOMS), c.totalArea, c.issuedOn,
                c.status, c.statusReason, c.statusSince, agreement == null ? null : view(agreement), history, c.version);
    }

    private AgreementView view(UseAgreement a) {
        return new AgreementView(a.signedOn, a.unitSignatory, a.bureauSignatory, a.purpose, json.read(a.obligations, OBLIGATIONS), json.read(a.rooms, ROOMS));
    }

    /** The agreements of a page of certificates in one query. */
    private static Map<UUID, UseAgreement> agreements(List<UUID> certificateIds) {
        if (certificateIds.isEmpty()) {
            return Map.of();
        }
        return UseAgreement.<UseAgreement>list("certificateId in ?1", certificateIds).stream().collect(Collectors.toMap(a -> a.certificateId, a -> a));
    }

    /** The name of the building of each room the certificate or its agreement names, read in one query; unknown buildings are absent. */
    /** Each room's building and floor, as the registry's replica has them. */
    private Map<UUID, CertificateSheet.Place> places(CertificateView c) {
        Set<UUID> roomIds = new LinkedHashSet<>();
        c.rooms().forEach(r -> roomIds.add(r.roomId()));
        if (c.agreement() != null) {
            c.agreement().rooms().forEach(r -> roomIds.add(r.roomId()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.id, b.name, f.label FROM registry_room r LEFT JOIN registry_building b ON b.id = r.building_id
                LEFT JOIN registry_floor f ON f.id = r.floor_id WHERE r.id = ANY(?1)
                """).setParameter(1, roomIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> new CertificateSheet.Place((String) r[1], (String) r[2])));
    }

    /** Every room held by the unit now, else 422 naming the first that is not. */
    private void requireHeld(UUID agencyId, String agencyCode, List<UUID> roomIds) {
        @SuppressWarnings("unchecked")
        Set<UUID> held = Set.copyOf(entityManager.createNativeQuery("SELECT room_id FROM holding WHERE agency_id = ?1 AND to_date IS NULL AND room_id = ANY(?2)",
                UUID.class).setParameter(1, agencyId).setParameter(2, roomIds.toArray(UUID[]::new)).getResultList());
        for (int i = 0; i < roomIds.size(); i++) {
            if (!held.contains(roomIds.get(i))) {
                throw ProblemException.businessRule("ROOM_NOT_HELD_BY_UNIT", AllocationText.ROOM_NOT_HELD_BY_UNIT.with(roomIds.get(i), agencyCode),
                        List.of(Violation.of("roomIds[" + i + "]", AllocationText.NOT_HELD_BY_THE_UNIT, roomIds.get(i).toString())));
            }
        }
    }

    /** No room on two valid certificates: 409 naming the one that covers it. The unique index decides between concurrent writers. */
    private void requireUncovered(List<UUID> roomIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> covered = entityManager.createNativeQuery("""
                SELECT r.number, c.number FROM certificate_room cr JOIN use_certificate c ON c.id = cr.certificate_id JOIN registry_room r ON r.id = cr.room_id
                WHERE cr.room_id = ANY(?1) ORDER BY r.number LIMIT 1
                """).setParameter(1, roomIds.toArray(UUID[]::new)).getResultList();
        if (!covered.isEmpty()) {
            throw ProblemException.conflict("ROOM_ON_ANOTHER_CERTIFICATE", AllocationText.ROOM_ON_ANOTHER_CERTIFICATE.with(covered.get(0)[0], covered.get(0)[1]));
        }
    }

    private void cover(UUID certificateId, List<UUID> roomIds) {
        entityManager.createNativeQuery("INSERT INTO certificate_room (certificate_id, room_id) SELECT ?1, unnest(?2)").setParameter(1, certificateId)
                .setParameter(2, roomIds.toArray(UUID[]::new)).executeUpdate();
    }

    private void uncover(UUID certificateId) {
        entityManager.createNativeQuery("DELETE FROM certificate_room WHERE certificate_id = ?1").setParameter(1, certificateId).executeUpdate();
    }

    /** The rooms as the certificate prints them, in the order given, read in one query. */
    private static List<CertificateRoom> rooms(List<UUID> roomIds) {
        Map<UUID, RegistryRoom> found = RegistryRoom.<RegistryRoom>list("id in ?1", roomIds).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        List<CertificateRoom> rooms = new ArrayList<>();
        for (UUID roomId : roomIds) {
            RegistryRoom room = found.get(roomId);
            rooms.add(new CertificateRoom(room.id, room.number, room.useArea));
        }
        return rooms;
    }

    private static BigDecimal total(List<CertificateRoom> rooms) {
        return rooms.stream().map(CertificateRoom::useArea).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
