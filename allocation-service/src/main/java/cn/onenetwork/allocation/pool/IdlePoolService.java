package cn.onenetwork.allocation.pool;

import cn.onenetwork.allocation.pool.PoolApi.PoolPage;
import cn.onenetwork.allocation.pool.PoolApi.PoolRoom;
import cn.onenetwork.allocation.room.RoomCategory;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.IdleSince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The idle pool (公物仓): rooms of the caller's division subtree that are idle ({@link IdleRooms}), with since when
 * each is idle and whether it is promised to an approved request. Checked before any new acquisition (domain.md §6).
 */
@ApplicationScoped
public class IdlePoolService {

    @Inject
    CallerScope scope;

    @Inject
    EntityManager entityManager;

    @Inject
    PlatformClockProvider clock;

    public PoolPage list(UUID buildingId, UUID floorId, RoomCategory category, BigDecimal minArea, BigDecimal maxArea, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        UUID after = Cursors.decodeUuid(cursor);
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.building_id, r.floor_id, r.division_code, r.number, r.category, r.use_area,
                       CASE WHEN r.status = 'IDLE' THEN r.status_since END, (SELECT max(h.to_date) FROM holding h WHERE h.room_id = r.id),
                       v.request_id, v.expires_on
                FROM registry_room r LEFT JOIN room_reservation v ON v.room_id = r.id AND v.expires_on > :today
                WHERE r.division_code LIKE :scope""" + " AND " + IdleRooms.idle("r"));
        condition(sql, buildingId, " AND r.building_id = :building");
        condition(sql, floorId, " AND r.floor_id = :floor");
        condition(sql, category, " AND r.category = :category");
        condition(sql, minArea, " AND r.use_area >= :minArea");
        condition(sql, maxArea, " AND r.use_area <= :maxArea");
        condition(sql, after, " AND r.id > :after");
        sql.append(" ORDER BY r.id LIMIT :rows");
        Query query = entityManager.createNativeQuery(sql.toString()).setParameter("scope", scope.divisionPrefix() + "%").setParameter("rows", size + 1)
                .setParameter("today", clock.today());
        parameter(query, "building", buildingId);
        parameter(query, "floor", floorId);
        parameter(query, "category", category == null ? null : category.name());
        parameter(query, "minArea", minArea);
        parameter(query, "maxArea", maxArea);
        parameter(query, "after", after);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Cursors.Slice<PoolRoom> page = Cursors.slice(rows, size, r -> new PoolRoom((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                RoomCategory.valueOf((String) r[5]), (BigDecimal) r[6], IdleSince.of((LocalDate) r[7], (LocalDate) r[8]), r[9] == null, (UUID) r[9],
                r[10] == null ? null : ((LocalDate) r[10]).minusDays(1)), PoolRoom::roomId);
        return new PoolPage(page.items(), page.nextCursor());
    }

    private static void condition(StringBuilder sql, Object value, String condition) {
        if (value != null) {
            sql.append(condition);
        }
    }

    private static void parameter(Query query, String name, Object value) {
        if (value != null) {
            query.setParameter(name, value);
        }
    }
}
