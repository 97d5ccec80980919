package cn.onenetwork.allocation.recommend;

import cn.onenetwork.allocation.building.BuildingNames;
import cn.onenetwork.allocation.pool.IdleRooms;
import cn.onenetwork.allocation.pool.PoolOpenings;
import cn.onenetwork.allocation.recommend.Recommender.Kind;
import cn.onenetwork.allocation.recommend.Recommender.Need;
import cn.onenetwork.allocation.recommend.Recommender.Placement;
import cn.onenetwork.allocation.recommend.Recommender.Recommendation;
import cn.onenetwork.allocation.recommend.Recommender.Room;
import cn.onenetwork.allocation.recommend.Recommender.Staff;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.allocation.request.RequestApi.RecommendationReason;
import cn.onenetwork.allocation.request.RequestApi.RecommendationView;
import cn.onenetwork.allocation.request.RequestApi.RecommendedRoom;
import cn.onenetwork.allocation.request.RequestApi.StaffLine;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.time.PlatformClockProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Feeds the recommender the division's pool (minus rooms promised to other requests) and explains what it returns. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    EntityManager entityManager;

    @Inject
    BuildingNames names;

    @Inject
    PlatformClockProvider clock;

    private record PoolRoom(Room room, String number, String floorLabel, String category) {
    }

    public List<RecommendationView> recommend(String divisionCode, UUID requestId, List<StaffLine> staff, BigDecimal serviceArea,
            BigDecimal equipmentArea, int limit) {
        Map<UUID, PoolRoom> pool = pool(divisionCode, requestId);
        Need need = new Need(staff.stream().map(s -> new Staff(s.rank(), s.people(), s.standard())).toList(), serviceArea, equipmentArea);
        List<Recommendation> found = Recommender.recommend(need, pool.values().stream().map(PoolRoom::room).toList(), limit);
        Map<UUID, String> buildingNames = names.of(found.stream().flatMap(r -> r.buildings().stream()).distinct().toList());
        List<RecommendationView> views = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Recommendation r = found.get(i);
            List<RecommendedRoom> rooms = r.placements().stream().map(p -> room(p, pool.get(p.room().id()))).toList();
            List<String> buildings = r.buildings().stream().map(b -> buildingNames.getOrDefault(b, b.toString())).sorted().toList();
            views.add(new RecommendationView(i + 1, rooms, buildings, r.floorSpan(), r.totalArea(), r.officeArea(), r.serviceArea(), r.equipmentArea(),
                    r.excess(), r.officeShortfall(), explain(r, i == 0 ? null : found.get(i - 1), i, need, buildings).stream()
                    .map(RecommendationReason::of).toList(), null));
        }
        return views;
    }

    private static RecommendedRoom room(Placement p, PoolRoom pooled) {
        boolean office = p.room().kind() == Kind.OFFICE;
        return new RecommendedRoom(p.room().id(), pooled.number(), p.room().buildingId(), pooled.floorLabel(), pooled.category(), p.room().area(),
                p.rank(), office ? p.people() : null, p.standardSum());
    }

    static List<Text> explain(Recommendation r, Recommendation previous, int previousRank, Need need, List<String> buildings) {
        int people = need.staff().stream().mapToInt(Staff::people).sum();
        BigDecimal standards = need.staff().stream().map(s -> s.standard().multiply(BigDecimal.valueOf(s.people()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Text> lines = new ArrayList<>();
        lines.add(AllocationText.SEATS_EVERYONE.with(people, r.placements().stream().filter(p -> p.room().kind() == Kind.OFFICE).count(), r.officeArea(),
                standards, r.officeShortfall()));
        lines.add(AllocationText.COVERS_SPACE_ASKED.with(need.serviceArea(), r.serviceArea(), need.equipmentArea(), r.equipmentArea(), r.excess()));
        lines.add(AllocationText.USES_BUILDINGS.with(r.buildings().size(), AllocationText.list(buildings), r.floorSpan()));
        if (previous != null) {
            lines.add(whyLower(r, previous, previousRank));
        }
        return lines;
    }

    /** The first criterion of the ranking on which this one loses to the one before. */
    static Text whyLower(Recommendation r, Recommendation previous, int previousRank) {
        if (r.buildings().size() != previous.buildings().size()) {
            return AllocationText.LOWER_MORE_BUILDINGS.with(previousRank, r.buildings().size(), previous.buildings().size());
        }
        if (r.excess().compareTo(previous.excess()) != 0) {
            return AllocationText.LOWER_MORE_EXCESS.with(previousRank, r.excess().subtract(previous.excess()));
        }
        if (r.floorSpan() != previous.floorSpan()) {
            return AllocationText.LOWER_MORE_FLOORS.with(previousRank, r.floorSpan(), previous.floorSpan());
        }
        if (r.officeShortfall().compareTo(previous.officeShortfall()) != 0) {
            return AllocationText.LOWER_FURTHER_BELOW_STANDARDS.with(previousRank, r.officeShortfall().subtract(previous.officeShortfall()));
        }
        return AllocationText.LOWER_EQUAL.with(previousRank);
    }

    /** Idle rooms of the division (or of a pool opened to it) that are not promised to another request. */
    private Map<UUID, PoolRoom> pool(String divisionCode, UUID requestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.id, r.building_id, f.label, r.category, r.use_area, r.number
                FROM registry_room r LEFT JOIN registry_floor f ON f.id = r.floor_id
                WHERE """ + PoolOpenings.usableBy("r.division_code", "?1") + " AND " + IdleRooms.idle("r")
                + " AND r.category IN ('OFFICE', 'SERVICE', 'EQUIPMENT') AND NOT " + IdleRooms.promisedElsewhere("r", "?2", "?3"))
                .setParameter(1, divisionCode).setParameter(2, requestId).setParameter(3, clock.today()).getResultList();
        Map<UUID, PoolRoom> pool = new HashMap<>();
        for (Object[] r : rows) {
            String label = (String) r[2];
            Room room = new Room((UUID) r[0], (UUID) r[1], FloorNumbers.parse(label), Kind.valueOf((String) r[3]), (BigDecimal) r[4]);
            pool.put(room.id(), new PoolRoom(room, (String) r[5], label, (String) r[3]));
        }
        return pool;
    }
}
