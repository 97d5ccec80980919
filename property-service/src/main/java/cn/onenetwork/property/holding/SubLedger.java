package cn.onenetwork.property.holding;

import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A user unit's sub-ledger (分户账): the rooms it holds by allocation's holdings, the buildings and parcels that
 * contain them. A unit reads only these of the registry's physical records; bureaus and auditors read their whole
 * division subtree. A record outside the sub-ledger is answered as not found, like any record out of scope.
 */
@ApplicationScoped
public class SubLedger {

    static final String HELD_ROOMS = "select h.roomId from RoomHolding h where h.agencyCode = :unit and h.toDate is null";
    static final String HELD_BUILDINGS = "select r.buildingId from Room r where r.id in (" + HELD_ROOMS + ")";
    static final String HELD_PARCELS = "select b.parcelId from Building b where b.id in (" + HELD_BUILDINGS + ")";

    @Inject
    CallerScope scope;

    /** Narrows a query of rooms, buildings or parcels (by their id field) to the caller's sub-ledger when it is a user unit. */
    public ScopedQuery narrowRooms(ScopedQuery query, String idField) {
        return query.andWhere(scope.isAgencyUser(), idField + " in (" + HELD_ROOMS + ")", "unit", scope.agencyCode());
    }

    public ScopedQuery narrowBuildings(ScopedQuery query, String idField) {
        return query.andWhere(scope.isAgencyUser(), idField + " in (" + HELD_BUILDINGS + ")", "unit", scope.agencyCode());
    }

    public ScopedQuery narrowParcels(ScopedQuery query, String idField) {
        return query.andWhere(scope.isAgencyUser(), idField + " in (" + HELD_PARCELS + ")", "unit", scope.agencyCode());
    }

    /** Titles of the buildings and parcels in the sub-ledger. */
    public ScopedQuery narrowTitles(ScopedQuery query) {
        return query.andWhere(scope.isAgencyUser(), "(buildingId in (" + HELD_BUILDINGS + ") or parcelId in (" + HELD_PARCELS + "))", "unit",
                scope.agencyCode());
    }

    public boolean mayReadRoom(UUID roomId) {
        return !scope.isAgencyUser() || RoomHolding.count("roomId = ?1 and agencyCode = ?2 and toDate is null", roomId, scope.agencyCode()) > 0;
    }

    public boolean mayReadBuilding(UUID buildingId) {
        return !scope.isAgencyUser() || RoomHolding.count("agencyCode = ?1 and toDate is null and roomId in (select r.id from Room r where r.buildingId = ?2)",
                scope.agencyCode(), buildingId) > 0;
    }

    public boolean mayReadParcel(UUID parcelId) {
        return !scope.isAgencyUser() || RoomHolding.count("agencyCode = ?1 and toDate is null and roomId in "
                + "(select r.id from Room r where r.buildingId in (select b.id from Building b where b.parcelId = ?2))", scope.agencyCode(), parcelId) > 0;
    }
}
