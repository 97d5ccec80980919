package cn.onenetwork.allocation.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ranked sets of pool rooms for a request (ADR 8): every person seated in an office within their standard (a room's use
 * area never exceeds the sum of its occupants' standards), the service and equipment space covered, with the least
 * excess, preferring one building and adjacent floors. Plain Java with no framework: the same code serves the API and the
 * benchmark.
 *
 * <p>Per building, offices are filled best-fit (each person, largest standard first, takes the largest free room within
 * their standard; people left over share a room of their rank within their summed standards) inside the narrowest window
 * of consecutive floors that seats everyone. Service and equipment rooms are chosen by an exact subset sum in hundredths of
 * a m², the cheapest cover of what was asked. Buildings that cannot serve alone are combined, the largest first.
 */
public final class Recommender {

    /** How many people of one rank may share an office. */
    static final int MAX_SHARING = 4;

    /** Rooms the exact cover considers: the smallest ones, plus the smallest that covers alone; bounds the search over merged buildings. */
    static final int COVER_CANDIDATES = 40;

    public enum Kind { OFFICE, SERVICE, EQUIPMENT }

    /** A pool room as the recommender sees it; {@code floor} is the floor's number (negative below ground), or null when unknown. */
    public record Room(UUID id, UUID buildingId, Integer floor, Kind kind, BigDecimal area) {
    }

    /** People of one rank to seat, and the standard each is entitled to. */
    public record Staff(String rank, int people, BigDecimal standard) {
    }

    /** What a request needs. */
    public record Need(List<Staff> staff, BigDecimal serviceArea, BigDecimal equipmentArea) {
    }

    /** A room of a recommendation and what it is for: the people of a rank seated there, or service or equipment space. */
    public record Placement(Room room, String rank, int people, BigDecimal standardSum) {
    }

    /**
     * @param excess area of the service and equipment rooms beyond what was asked (offices never exceed their standard)
     * @param officeShortfall Σ standards − Σ office area: how much smaller than their standard people sit
     * @param floorSpan highest floor − lowest floor + 1, summed over the buildings used
     */
    public record Recommendation(List<Placement> placements, Set<UUID> buildings, int floorSpan, BigDecimal totalArea, BigDecimal officeArea,
            BigDecimal serviceArea, BigDecimal equipmentArea, BigDecimal excess, BigDecimal officeShortfall) {

        static final Comparator<Recommendation> RANKING = Comparator.<Recommendation>comparingInt(r -> r.buildings().size())
                .thenComparing(Recommendation::excess).thenComparingInt(Recommendation::floorSpan).thenComparing(Recommendation::officeShortfall)
                .thenComparing(r -> r.placements().stream().map(p -> p.room().id().toString()).sorted().collect(Collectors.joining()));
    }

    private Recommender() {
    }

    /** Up to {@code limit} recommendations, best first; empty when the pool cannot seat everyone and cover the space asked. */
    public static List<Recommendation> recommend(Need need, List<Room> pool, int limit) {
        Map<UUID, List<Room>> byBuilding = new LinkedHashMap<>();
        pool.stream().sorted(Comparator.comparing((Room r) -> r.buildingId().toString()).thenComparing(r -> r.id().toString()))
                .forEach(r -> byBuilding.computeIfAbsent(r.buildingId(), b -> new ArrayList<>()).add(r));
        TreeSet<Recommendation> found = new TreeSet<>(Recommendation.RANKING);
        for (List<Room> rooms : byBuilding.values()) {
            plan(need, rooms).ifPresent(found::add);
        }
        if (found.size() < limit) {
            combineBuildings(need, byBuilding, found, limit);
        }
        return found.stream().limit(limit).toList();
    }

    /** Buildings ordered by office capacity; each one, joined by the next largest until the need is met. */
    private static void combineBuildings(Need need, Map<UUID, List<Room>> byBuilding, TreeSet<Recommendation> found, int limit) {
        List<List<Room>> largestFirst = byBuilding.values().stream()
                .sorted(Comparator.comparing((List<Room> rooms) -> rooms.stream().map(Room::area).reduce(BigDecimal.ZERO, BigDecimal::add)).reversed())
                .toList();
        int anchors = Math.min(largestFirst.size(), Math.max(limit * 2, 4));
        for (int anchor = 0; anchor < anchors; anchor++) {
            List<Room> union = new ArrayList<>(largestFirst.get(anchor));
            for (int next = 0; next < largestFirst.size(); next++) {
                if (next == anchor) {
                    continue;
                }
                union.addAll(largestFirst.get(next));
                Optional<Recommendation> plan = plan(need, union);
                if (plan.isPresent()) {
                    found.add(plan.get());
                    break;
                }
            }
        }
    }

    /** The best plan using only these rooms, or empty. */
    static Optional<Recommendation> plan(Need need, List<Room> rooms) {
        List<Room> offices = rooms.stream().filter(r -> r.kind() == Kind.OFFICE).toList();
        List<Placement> support = new ArrayList<>();
        if (!cover(need.serviceArea(), rooms.stream().filter(r -> r.kind() == Kind.SERVICE).toList(), "SERVICE", support)
                || !cover(need.equipmentArea(), rooms.stream().filter(r -> r.kind() == Kind.EQUIPMENT).toList(), "EQUIPMENT", support)) {
            return Optional.empty();
        }
        if (need.staff().stream().allMatch(st -> st.people() == 0)) {
            return Optional.of(summarise(need, support));
        }
        // Every run of consecutive floors that seats everyone, narrowest first; a run is judged with the support rooms it comes with.
        List<Integer> floors = offices.stream().map(Recommender::floorOf).distinct().sorted().toList();
        Recommendation best = null;
        for (int width = 1; width <= floors.size() && (best == null || width <= best.floorSpan()); width++) {
            for (int start = 0; start + width <= floors.size(); start++) {
                int low = floors.get(start);
                int high = floors.get(start + width - 1);
                List<Placement> seated = seat(need.staff(), offices.stream().filter(r -> floorOf(r) >= low && floorOf(r) <= high).toList());
                if (seated == null) {
                    continue;
                }
                seated.addAll(support);
                Recommendation candidate = summarise(need, seated);
                if (best == null || Recommendation.RANKING.compare(candidate, best) < 0) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Seats everyone in these offices, or returns null. */
    static List<Placement> seat(List<Staff> staff, List<Room> offices) {
        NavigableMap<BigDecimal, List<Room>> free = new TreeMap<>();
        offices.forEach(r -> free.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r));
        List<Placement> placements = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>();
        List<Staff> largestFirst = staff.stream().filter(s -> s.people() > 0)
                .sorted(Comparator.comparing(Staff::standard).reversed().thenComparing(Staff::rank)).toList();
        for (Staff s : largestFirst) {
            int unseated = 0;
            for (int i = 0; i < s.people(); i++) {
                Room room = take(free, s.standard());
                if (room == null) {
                    unseated = s.people() - i;
                    break;
                }
                placements.add(new Placement(room, s.rank(), 1, s.standard()));
            }
            left.put(s.rank(), unseated);
        }
        for (Staff s : largestFirst) {
            int unseated = left.get(s.rank());
            while (unseated > 0) {
                int sharing = Math.min(unseated, MAX_SHARING);
                Room room = null;
                while (sharing >= 2 && (room = take(free, s.standard().multiply(BigDecimal.valueOf(sharing)))) == null) {
                    sharing--;
                }
                if (room == null) {
                    return null;
                }
                placements.add(new Placement(room, s.rank(), sharing, s.standard().multiply(BigDecimal.valueOf(sharing))));
                unseated -= sharing;
            }
        }
        return placements;
    }

    /** The largest free room of at most {@code limit} m², removed from the free rooms; null when none is that small. */
    private static Room take(NavigableMap<BigDecimal, List<Room>> free, BigDecimal limit) {
        Map.Entry<BigDecimal, List<Room>> entry = free.floorEntry(limit);
        if (entry == null) {
            return null;
        }
        List<Room> rooms = entry.getValue();
        Room room = rooms.remove(rooms.size() - 1);
        if (rooms.isEmpty()) {
            free.remove(entry.getKey());
        }
        return room;
    }

    /**
     * The cheapest set of rooms whose area reaches {@code asked}, by subset sum over hundredths of a m² (a room larger than
     * anything needed ends the search space: one such room is itself a cover). False when all rooms together fall short.
     */
    static boolean cover(BigDecimal asked, List<Room> rooms, String purpose, List<Placement> into) {
        if (asked.signum() <= 0) {
            return true;
        }
        int target = cents(asked);
        List<Room> all = rooms.stream().sorted(Comparator.comparing(Room::area).thenComparing(r -> r.id().toString())).toList();
        if (all.stream().mapToLong(r -> cents(r.area())).sum() < target) {
            return false;
        }
        List<Room> sorted = new ArrayList<>(all.subList(0, Math.min(all.size(), COVER_CANDIDATES)));
        all.stream().skip(COVER_CANDIDATES).filter(r -> cents(r.area()) >= target).findFirst().ifPresent(sorted::add);
        if (sorted.stream().mapToLong(r -> cents(r.area())).sum() < target) {
            sorted = all;
        }
        // Reachable sums below the target; the best cover is found when adding a room first reaches or passes it.
        int[] lastRoom = new int[target];
        int[] previousSum = new int[target];
        Arrays.fill(lastRoom, -1);
        boolean[] reachable = new boolean[target];
        reachable[0] = true;
        int bestTotal = Integer.MAX_VALUE;
        int bestFrom = -1;
        int bestRoom = -1;
        for (int i = 0; i < sorted.size(); i++) {
            int area = cents(sorted.get(i).area());
            for (int sum = target - 1; sum >= 0; sum--) {
                if (!reachable[sum]) {
                    continue;
                }
                int next = sum + area;
                if (next >= target) {
                    if (next < bestTotal) {
                        bestTotal = next;
                        bestFrom = sum;
                        bestRoom = i;
                    }
                } else if (!reachable[next]) {
                    reachable[next] = true;
                    lastRoom[next] = i;
                    previousSum[next] = sum;
                }
            }
        }
        into.add(new Placement(sorted.get(bestRoom), purpose, 0, null));
        for (int sum = bestFrom; sum > 0; sum = previousSum[sum]) {
            into.add(new Placement(sorted.get(lastRoom[sum]), purpose, 0, null));
        }
        return true;
    }

    private static Recommendation summarise(Need need, List<Placement> placements) {
        BigDecimal office = sum(placements, Kind.OFFICE);
        BigDecimal service = sum(placements, Kind.SERVICE);
        BigDecimal equipment = sum(placements, Kind.EQUIPMENT);
        BigDecimal excess = service.subtract(need.serviceArea()).max(BigDecimal.ZERO).add(equipment.subtract(need.equipmentArea()).max(BigDecimal.ZERO));
        Map<UUID, List<Integer>> floorsByBuilding = new HashMap<>();
        placements.forEach(p -> floorsByBuilding.computeIfAbsent(p.room().buildingId(), b -> new ArrayList<>()).add(floorOf(p.room())));
        int span = floorsByBuilding.values().stream()
                .mapToInt(f -> f.stream().max(Integer::compare).orElseThrow() - f.stream().min(Integer::compare).orElseThrow() + 1).sum();
        List<Placement> ordered = placements.stream().sorted(Comparator.comparing((Placement p) -> p.room().buildingId().toString())
                .thenComparing(p -> floorOf(p.room())).thenComparing(p -> p.room().id().toString())).toList();
        return new Recommendation(ordered, new HashSet<>(floorsByBuilding.keySet()), span, office.add(service).add(equipment), office, service,
                equipment, excess, shortfall(placements));
    }

    private static BigDecimal shortfall(List<Placement> placements) {
        return placements.stream().filter(p -> p.standardSum() != null).map(p -> p.standardSum().subtract(p.room().area()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<Placement> placements, Kind kind) {
        return placements.stream().filter(p -> p.room().kind() == kind).map(p -> p.room().area()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int floorOf(Room room) {
        return room.floor() == null ? 0 : room.floor();
    }

    private static int cents(BigDecimal area) {
        return area.movePointRight(2).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
