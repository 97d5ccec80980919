package cn.onenetwork.allocation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.recommend.Recommender.Kind;
import cn.onenetwork.allocation.recommend.Recommender.Need;
import cn.onenetwork.allocation.recommend.Recommender.Placement;
import cn.onenetwork.allocation.recommend.Recommender.Recommendation;
import cn.onenetwork.allocation.recommend.Recommender.Room;
import cn.onenetwork.allocation.recommend.Recommender.Staff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID C = new UUID(0, 3);

    @Test
    void overGeneratedPoolsEveryoneIsSeatedWithinTheirStandardAndTheSpaceAskedIsCovered() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            List<Room> pool = new ArrayList<>();
            for (int b = 0; b < 6; b++) {
                UUID building = new UUID(1, b);
                for (int i = 0; i < 40; i++) {
                    Kind kind = i % 5 == 0 ? Kind.SERVICE : i % 7 == 0 ? Kind.EQUIPMENT : Kind.OFFICE;
                    pool.add(new Room(new UUID(2, b * 100L + i), building, 1 + random.nextInt(8), kind,
                            new BigDecimal(8 + random.nextInt(30) + "." + random.nextInt(10) + "0")));
                }
            }
            Need need = new Need(List.of(new Staff("SECTION_CHIEF", 1 + random.nextInt(4), new BigDecimal("18")),
                    new Staff("BELOW_SECTION", 2 + random.nextInt(10), new BigDecimal("9"))), new BigDecimal(random.nextInt(80)),
                    new BigDecimal(random.nextInt(40)));
            for (Recommendation r : Recommender.recommend(need, pool, 3)) {
                assertValid(need, r, "seed " + seed);
            }
        }
    }

    @Test
    void theServiceSpaceIsCoveredExactlyWhenSomeSetOfRoomsAddsUpToIt() {
        List<Room> pool = List.of(office(A, 1, "18"), room(A, 1, Kind.SERVICE, "30"), room(A, 1, Kind.SERVICE, "25"), room(A, 2, Kind.SERVICE, "25"),
                room(A, 1, Kind.SERVICE, "60"));
        Recommendation best = Recommender.recommend(need(1, "18", "50", "0"), pool, 1).get(0);
        assertEquals(0, best.excess().signum(), "25 + 25, not 30 + 25 nor 60");
        assertEquals(new BigDecimal("50"), best.serviceArea());
    }

    @Test
    void oneBuildingIsPreferredAndWithinItTheNarrowestRunOfFloors() {
        List<Room> pool = new ArrayList<>();
        // A seats both on floors 2-3 (or with 1 and 9); B and C together would cover service more tightly but span two buildings.
        pool.add(office(A, 1, "18"));
        pool.add(office(A, 9, "17"));
        pool.add(office(A, 2, "16"));
        pool.add(office(A, 3, "15"));
        pool.add(room(A, 3, Kind.SERVICE, "25"));
        pool.add(office(B, 1, "18"));
        pool.add(office(C, 1, "18"));
        pool.add(room(C, 1, Kind.SERVICE, "20"));
        List<Recommendation> ranked = Recommender.recommend(need(2, "18", "20", "0"), pool, 3);
        Recommendation best = ranked.get(0);
        assertEquals(Set.of(A), best.buildings());
        assertEquals(2, best.floorSpan(), "floors 2 and 3 seat both and hold the service room");
        assertEquals(new BigDecimal("5"), best.excess());
        assertTrue(ranked.stream().anyMatch(r -> r.buildings().size() == 2 && r.excess().signum() == 0), "the two-building set is offered, lower");
    }

    @Test
    void peopleOfOneRankShareARoomWithinTheirSummedStandards() {
        List<Room> pool = List.of(office(A, 1, "18"), office(A, 1, "30"));
        Recommendation best = Recommender.recommend(need(2, "9", "0", "0"), pool, 1).get(0);
        assertEquals(1, best.placements().size());
        assertEquals(2, best.placements().get(0).people());
        assertEquals(new BigDecimal("18"), best.officeArea(), "the 30 m² room would exceed 2 × 9");
    }

    @Test
    void nothingIsRecommendedWhenThePoolCannotServe() {
        assertTrue(Recommender.recommend(need(1, "18", "0", "0"), List.of(office(A, 1, "19")), 3).isEmpty(), "a bigger room would be over standard");
        assertTrue(Recommender.recommend(need(1, "18", "50", "0"), List.of(office(A, 1, "18"), room(A, 1, Kind.SERVICE, "49.99")), 3).isEmpty());
        assertFalse(Recommender.recommend(need(1, "18", "0", "0"), List.of(office(A, 1, "18")), 3).isEmpty());
    }

    /** The hard constraints, checked from the placements alone. */
    static void assertValid(Need need, Recommendation r, String context) {
        Map<String, Integer> seated = new HashMap<>();
        Set<UUID> rooms = new HashSet<>();
        Map<String, BigDecimal> standards = new HashMap<>();
        need.staff().forEach(s -> standards.put(s.rank(), s.standard()));
        for (Placement p : r.placements()) {
            assertTrue(rooms.add(p.room().id()), context + ": a room used twice");
            if (p.room().kind() == Kind.OFFICE) {
                seated.merge(p.rank(), p.people(), Integer::sum);
                BigDecimal entitled = standards.get(p.rank()).multiply(BigDecimal.valueOf(p.people()));
                assertTrue(p.room().area().compareTo(entitled) <= 0, context + ": office of " + p.room().area() + " m² for " + entitled + " m² of standards");
            }
        }
        need.staff().forEach(s -> assertEquals(s.people(), seated.getOrDefault(s.rank(), 0), context + ": " + s.rank() + " not all seated"));
        assertTrue(r.serviceArea().compareTo(need.serviceArea()) >= 0, context + ": service space short");
        assertTrue(r.equipmentArea().compareTo(need.equipmentArea()) >= 0, context + ": equipment space short");
    }

    private static Need need(int people, String standard, String service, String equipment) {
        return new Need(List.of(new Staff("RANK", people, new BigDecimal(standard))), new BigDecimal(service), new BigDecimal(equipment));
    }

    private static Room office(UUID building, int floor, String area) {
        return room(building, floor, Kind.OFFICE, area);
    }

    private static Room room(UUID building, int floor, Kind kind, String area) {
        return new Room(UUID.randomUUID(), building, floor, kind, new BigDecimal(area));
    }
}
