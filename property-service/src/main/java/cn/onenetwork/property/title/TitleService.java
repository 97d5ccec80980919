package cn.onenetwork.property.title;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.building.Building;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.holding.SubLedger;
import cn.onenetwork.property.parcel.Parcel;
import cn.onenetwork.property.parcel.ParcelService;
import cn.onenetwork.property.title.TitleApi.ChangeInput;
import cn.onenetwork.property.title.TitleApi.ChangeView;
import cn.onenetwork.property.title.TitleApi.TitlePage;
import cn.onenetwork.property.title.TitleApi.TitleSummary;
import cn.onenetwork.property.title.TitleApi.TitleView;
import cn.onenetwork.property.title.TitleApi.UnificationItem;
import cn.onenetwork.property.title.TitleApi.UnificationPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TitleService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    BuildingService buildings;

    @Inject
    ParcelService parcels;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    SubLedger subLedger;

    public TitlePage list(TitleState state, UUID buildingId, UUID parcelId, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = subLedger.narrowTitles(ScopedQuery.of(scope, "divisionCode", null)).andEquals("state", state)
                .andEquals("buildingId", buildingId).andEquals("parcelId", parcelId).after("id", Cursors.decodeUuid(cursor));
        List<Title> rows = Title.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<TitleSummary> page = Cursors.slice(rows, size, TitleSummary::of, TitleSummary::id);
        return new TitlePage(page.items(), page.nextCursor());
    }

    public Title visible(UUID id) {
        Title title = id == null ? null : Title.findById(id);
        if (title == null || !scope.canSeeDivision(title.divisionCode)
                || !(title.buildingId != null ? subLedger.mayReadBuilding(title.buildingId) : subLedger.mayReadParcel(title.parcelId))) {
            throw ProblemException.notFound(PropertyText.KIND_TITLE, id);
        }
        return title;
    }

    @Transactional
    public Title open(ChangeInput input) {
        if ((input.buildingId() == null) == (input.parcelId() == null)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.TITLE_SUBJECT_ONE.with(),
                    List.of(Violation.of("buildingId", PropertyText.EITHER_BUILDING_OR_PARCEL, null),
                            Violation.of("parcelId", PropertyText.EITHER_BUILDING_OR_PARCEL, null)));
        }
        Title title = new Title();
        Text subject;
        if (input.buildingId() != null) {
            Building building = buildings.visible(input.buildingId());
            title.buildingId = building.id;
            title.divisionCode = building.divisionCode;
            subject = PropertyText.TITLE_EXISTS.with(PropertyText.KIND_BUILDING.with(), building.code);
        } else {
            Parcel parcel = parcels.visible(input.parcelId());
            title.parcelId = parcel.id;
            title.divisionCode = parcel.divisionCode;
            subject = PropertyText.TITLE_EXISTS.with(PropertyText.KIND_PARCEL.with(), parcel.code);
        }
        scope.requireOwnLevel(title.divisionCode);
        if (Title.count(title.buildingId != null ? "buildingId" : "parcelId", title.buildingId != null ? title.buildingId : title.parcelId) > 0) {
            throw ProblemException.conflict("TITLE_EXISTS", subject);
        }
        requireEvidence(input);
        title.id = UUID.randomUUID();
        title.createdAt = clock.now();
        apply(title, input);
        title.persistAndFlush();
        record(title, null, input);
        return title;
    }

    @Transactional
    public Title change(UUID id, String ifMatch, ChangeInput input) {
        Title title = visible(id);
        scope.requireOwnLevel(title.divisionCode);
        Etags.requireMatch(ifMatch, title.version);
        if (!TitleRules.allowed(title.state, input.state())) {
            throw ProblemException.businessRule("TITLE_CHANGE_NOT_ALLOWED", PropertyText.TITLE_CHANGE_NOT_ALLOWED.with(title.state, input.state(),
                    TitleRules.next(title.state).stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        requireEvidence(input);
        TitleState from = title.state;
        apply(title, input);
        entityManager.flush();
        record(title, from, input);
        return title;
    }

    public TitleView view(Title title) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT from_state, to_state, reason, reference, actor, occurred_at FROM title_change WHERE title_id = ?1 ORDER BY id")
                .setParameter(1, title.id).getResultList();
        List<ChangeView> history = new ArrayList<>();
        for (Object[] r : rows) {
            history.add(new ChangeView(r[0] == null ? null : TitleState.valueOf((String) r[0]), TitleState.valueOf((String) r[1]), (String) r[2],
                    (String) r[3], (String) r[4], toOffset(r[5])));
        }
        return new TitleView(title.id, title.buildingId, title.parcelId, title.divisionCode, title.state, title.unifiedCertificateNo,
                title.buildingOwnershipCertificateNo, title.landUseCertificateNo, title.landUseType, title.registrant, title.approvalReference,
                title.filingReference, title.recordsHandedOver, List.copyOf(TitleRules.next(title.state)), history, title.version);
    }

    /** Every building in scope not yet registered to its bureau, with or without a title record: the work list of 统一登记. */
    public UnificationPage unification(String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        UUID after = Cursors.decodeUuid(cursor);
        Query query = entityManager.createNativeQuery("""
                SELECT b.id, b.code, b.name, b.division_code, t.state FROM building b LEFT JOIN title t ON t.building_id = b.id
                WHERE b.division_code LIKE ?1 AND (t.state IS NULL OR t.state <> 'REGISTERED_TO_BUREAU')
                """ + (after == null ? "" : " AND b.id > ?2") + " ORDER BY b.id LIMIT " + (size + 1))
                .setParameter(1, scope.divisionPrefix() + "%");
        if (after != null) {
            query.setParameter(2, after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Cursors.Slice<UnificationItem> page = Cursors.slice(rows, size, r -> new UnificationItem((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], r[4] == null ? null : TitleState.valueOf((String) r[4])), UnificationItem::buildingId);
        return new UnificationPage(page.items(), page.nextCursor());
    }

    private static void requireEvidence(ChangeInput input) {
        List<TitleRules.Missing> missing = TitleRules.missing(input.state(), input.claim());
        if (!missing.isEmpty()) {
            throw ProblemException.businessRule("TITLE_EVIDENCE_MISSING", PropertyText.TITLE_EVIDENCE_MISSING.with(input.state()),
                    missing.stream().map(m -> Violation.of(m.field(), m.message(), null)).toList());
        }
    }

    private void apply(Title title, ChangeInput input) {
        title.state = input.state();
        title.unifiedCertificateNo = input.unifiedCertificateNo();
        title.buildingOwnershipCertificateNo = input.buildingOwnershipCertificateNo();
        title.landUseCertificateNo = input.landUseCertificateNo();
        title.landUseType = input.landUseType();
        title.registrant = input.registrant();
        title.approvalReference = input.approvalReference();
        title.filingReference = input.filingReference();
        if (input.recordsHandedOver() != null) {
            title.recordsHandedOver = input.recordsHandedOver();
        }
        title.updatedAt = clock.now();
    }

    private void record(Title title, TitleState from, ChangeInput input) {
        String reference = input.approvalReference() != null ? input.approvalReference() : input.filingReference();
        entityManager.createNativeQuery("INSERT INTO title_change (title_id, from_state, to_state, reason, reference, actor, request_id, occurred_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, title.id).setParameter(2, from == null ? null : from.name()).setParameter(3, title.state.name())
                .setParameter(4, input.reason()).setParameter(5, reference).setParameter(6, scope.subject())
                .setParameter(7, RequestIds.current()).setParameter(8, clock.now())
                .executeUpdate();
        outbox.publish(TitleView.TOPIC, (title.buildingId != null ? title.buildingId : title.parcelId).toString(), TitleView.CHANGED, view(title));
        audit.record("title." + title.state.name().toLowerCase(java.util.Locale.ROOT), "title", title.id, from + " → " + title.state);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        return ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }
}
