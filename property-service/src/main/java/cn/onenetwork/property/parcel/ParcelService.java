package cn.onenetwork.property.parcel;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.division.Division;
import cn.onenetwork.property.division.DivisionService;
import cn.onenetwork.property.holding.SubLedger;
import cn.onenetwork.property.parcel.ParcelApi.ParcelInput;
import cn.onenetwork.property.parcel.ParcelApi.ParcelPage;
import cn.onenetwork.property.parcel.ParcelApi.ParcelView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ParcelService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    DivisionService divisions;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    SubLedger subLedger;

    public Parcel visible(UUID id) {
        Parcel parcel = id == null ? null : Parcel.findById(id);
        if (parcel == null || !scope.canSeeDivision(parcel.divisionCode) || !subLedger.mayReadParcel(parcel.id)) {
            throw ProblemException.notFound(PropertyText.KIND_PARCEL, id);
        }
        return parcel;
    }

    public ParcelView view(Parcel p) {
        return view(p, buildingsOn(List.of(p)).getOrDefault(p.id, 0L));
    }

    private static ParcelView view(Parcel p, long buildings) {
        return new ParcelView(p.id, p.divisionCode, p.code, p.name, p.address, p.landArea, p.landUseType, buildings, p.version);
    }

    public ParcelPage list(String divisionCode, String q, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        ScopedQuery query = subLedger.narrowParcels(ScopedQuery.of(scope, "divisionCode", null), "id").andEquals("divisionCode", divisionCode).andContains("searchText", q)
                .after("id", Cursors.decodeUuid(cursor));
        List<Parcel> rows = Parcel.find(query.query(), query.params()).page(0, size + 1).list();
        Map<UUID, Long> buildings = buildingsOn(rows);
        Cursors.Slice<ParcelView> page = Cursors.slice(rows, size, p -> view(p, buildings.getOrDefault(p.id, 0L)), ParcelView::id);
        return new ParcelPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Parcel register(ParcelInput input) {
        Division division = divisions.visible(input.divisionCode());
        scope.requireOwnLevel(division.code);
        if (Parcel.count("divisionCode = ?1 and code = ?2", division.code, input.code()) > 0) {
            throw ProblemException.conflict("DUPLICATE_PARCEL_CODE", PropertyText.DUPLICATE_PARCEL_CODE.with(division.code, input.code()));
        }
        Parcel p = new Parcel();
        p.id = UUID.randomUUID();
        p.divisionCode = division.code;
        p.createdAt = clock.now();
        apply(p, input);
        p.persistAndFlush();
        outbox.publish(ParcelView.TOPIC, p.id.toString(), ParcelView.REGISTERED, view(p));
        audit.record("parcel.registered", "parcel", p.id, p.code + " " + p.name);
        return p;
    }

    /** Corrects a parcel: its code, name, address, area or land-use type. It stays in its division. */
    @Transactional
    public Parcel update(UUID id, String ifMatch, ParcelInput input) {
        Parcel p = visible(id);
        scope.requireOwnLevel(p.divisionCode);
        Etags.requireMatch(ifMatch, p.version);
        DivisionService.requireUnchanged(PropertyText.KIND_PARCEL, p.divisionCode, input.divisionCode());
        if (!p.code.equals(input.code()) && Parcel.count("divisionCode = ?1 and code = ?2", p.divisionCode, input.code()) > 0) {
            throw ProblemException.conflict("DUPLICATE_PARCEL_CODE", PropertyText.DUPLICATE_PARCEL_CODE.with(p.divisionCode, input.code()));
        }
        apply(p, input);
        entityManager.flush();
        outbox.publish(ParcelView.TOPIC, p.id.toString(), ParcelView.UPDATED, view(p));
        audit.record("parcel.updated", "parcel", p.id, p.code + " " + p.name + ", " + p.address + ", " + p.landArea + " m²");
        return p;
    }

    private void apply(Parcel p, ParcelInput input) {
        p.code = input.code();
        p.name = input.name().strip();
        p.address = input.address().strip();
        p.landArea = input.landArea();
        p.landUseType = input.landUseType();
        p.updatedAt = clock.now();
    }

    /** How many buildings stand on each parcel given, in one query. */
    private Map<UUID, Long> buildingsOn(List<Parcel> parcels) {
        Map<UUID, Long> counts = new HashMap<>();
        if (parcels.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT parcel_id, count(*) FROM building WHERE parcel_id = ANY(?1) GROUP BY parcel_id")
                .setParameter(1, parcels.stream().map(p -> p.id).toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The parcel a building of {@code divisionCode} may stand on: one in scope, of the same division. */
    public Parcel forBuilding(UUID parcelId, String divisionCode) {
        Parcel parcel = visible(parcelId);
        if (!parcel.divisionCode.equals(divisionCode)) {
            throw ProblemException.businessRule("PARCEL_IN_OTHER_DIVISION", PropertyText.PARCEL_IN_OTHER_DIVISION.with(parcel.code, parcel.divisionCode, divisionCode));
        }
        return parcel;
    }
}
