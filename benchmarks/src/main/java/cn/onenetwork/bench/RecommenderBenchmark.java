package cn.onenetwork.bench;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import cn.onenetwork.allocation.recommend.Recommender;
import cn.onenetwork.allocation.recommend.Recommender.Kind;
import cn.onenetwork.allocation.recommend.Recommender.Need;
import cn.onenetwork.allocation.recommend.Recommender.Placement;
import cn.onenetwork.allocation.recommend.Recommender.Recommendation;
import cn.onenetwork.allocation.recommend.Recommender.Room;
import cn.onenetwork.allocation.recommend.Recommender.Staff;
import cn.onenetwork.bench.seating.Person;
import cn.onenetwork.bench.seating.SeatingConstraints;
import cn.onenetwork.bench.seating.SeatingSolution;
import cn.onenetwork.bench.seating.SupportRoom;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The room recommender (ADR 8) against a first-fit baseline and Timefold Solver, on the same generated pools in one run:
 * 5,000 pool rooms in 100 buildings of 10 floors, a request for 40 staff of the five county ranks with service and
 * equipment space. Reports, per method, the p50 time to recommend, the p50 and worst excess area, the buildings used and
 * the over-standard offices (which must be 0). Results go to docs/recommender-benchmark.md.
 *
 * <pre>benchmarks/recommender.sh [pools (10)] [timefold-seconds (2 and 10)]</pre>
 */
public final class RecommenderBenchmark {

    private static final List<Staff> FORTY = List.of(new Staff("COUNTY_HEAD", 1, new BigDecimal("30")), new Staff("DEPUTY_COUNTY_HEAD", 3, new BigDecimal("24")),
            new Staff("SECTION_CHIEF", 8, new BigDecimal("18")), new Staff("DEPUTY_SECTION_CHIEF", 8, new BigDecimal("12")),
            new Staff("BELOW_SECTION", 20, new BigDecimal("9")));
    private static final Need NEED = new Need(FORTY, new BigDecimal("160.00"), new BigDecimal("80.00"));

    private record Outcome(long nanos, BigDecimal excess, int buildings, int overStandard, boolean found) {
    }

    private RecommenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int pools = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Integer> timefoldSeconds = args.length > 1 ? List.of(Integer.parseInt(args[1])) : List.of(2, 10);
        Map<String, List<Outcome>> results = new LinkedHashMap<>();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            List<Room> pool = pool(1000 + warmUp);
            Recommender.recommend(NEED, pool, 3);
            firstFit(pool);
        }
        for (int seed = 0; seed < pools; seed++) {
            List<Room> pool = pool(seed);
            results.computeIfAbsent("recommender (ours)", k -> new ArrayList<>()).add(timed(() -> {
                List<Recommendation> found = Recommender.recommend(NEED, pool, 3);
                return found.isEmpty() ? null : found.get(0);
            }));
            results.computeIfAbsent("first fit", k -> new ArrayList<>()).add(timed(() -> firstFit(pool)));
            for (int seconds : timefoldSeconds) {
                results.computeIfAbsent("Timefold Solver 1.28.0, " + seconds + " s", k -> new ArrayList<>()).add(timed(() -> timefold(pool, seconds)));
            }
            System.out.printf(Locale.ROOT, "pool %d done%n", seed + 1);
        }
        String report = report(pools, results);
        System.out.println(report);
        Path root = Path.of(System.getProperty("onenetwork.root", "."));
        Files.writeString(root.resolve("docs/recommender-benchmark.md"), report);
    }

    /** 100 buildings × 10 floors × 5 rooms: about 70% offices of 8–40 m², 18% service rooms of 15–60 m², 12% equipment rooms of 8–30 m². */
    static List<Room> pool(long seed) {
        Random random = new Random(seed);
        List<Room> rooms = new ArrayList<>();
        for (int b = 0; b < 100; b++) {
            UUID building = new UUID(seed, b);
            for (int floor = 1; floor <= 10; floor++) {
                for (int i = 0; i < 5; i++) {
                    int draw = random.nextInt(100);
                    Kind kind = draw < 70 ? Kind.OFFICE : draw < 88 ? Kind.SERVICE : Kind.EQUIPMENT;
                    int low = kind == Kind.OFFICE ? 800 : kind == Kind.SERVICE ? 1500 : 800;
                    int high = kind == Kind.OFFICE ? 4000 : kind == Kind.SERVICE ? 6000 : 3000;
                    rooms.add(new Room(new UUID(seed + 1_000_000L * (b + 1), floor * 10L + i), building, floor, kind,
                            BigDecimal.valueOf(low + random.nextInt(high - low + 1), 2)));
                }
            }
        }
        return rooms;
    }

    /** The baseline: rooms in pool order; each person takes the first free office within their standard; support rooms until covered. */
    static Recommendation firstFit(List<Room> pool) {
        List<Placement> placements = new ArrayList<>();
        Set<UUID> used = new HashSet<>();
        for (Staff s : FORTY) {
            for (int i = 0; i < s.people(); i++) {
                Room room = pool.stream().filter(r -> r.kind() == Kind.OFFICE && !used.contains(r.id()) && r.area().compareTo(s.standard()) <= 0)
                        .findFirst().orElse(null);
                if (room == null) {
                    return null;
                }
                used.add(room.id());
                placements.add(new Placement(room, s.rank(), 1, s.standard()));
            }
        }
        BigDecimal excess = BigDecimal.ZERO;
        for (Kind kind : List.of(Kind.SERVICE, Kind.EQUIPMENT)) {
            BigDecimal asked = kind == Kind.SERVICE ? NEED.serviceArea() : NEED.equipmentArea();
            BigDecimal sum = BigDecimal.ZERO;
            for (Room r : pool) {
                if (sum.compareTo(asked) >= 0) {
                    break;
                }
                if (r.kind() == kind) {
                    placements.add(new Placement(r, kind.name(), 0, null));
                    sum = sum.add(r.area());
                }
            }
            excess = excess.add(sum.subtract(asked).max(BigDecimal.ZERO));
        }
        Set<UUID> buildings = new HashSet<>();
        placements.forEach(p -> buildings.add(p.room().buildingId()));
        return new Recommendation(placements, buildings, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, excess, BigDecimal.ZERO);
    }

    /** The same problem for Timefold, solved for the given time; its best solution, read back as a recommendation. */
    static Recommendation timefold(List<Room> pool, int seconds) {
        Map<String, Room> byId = new HashMap<>();
        Map<UUID, Integer> buildingNumbers = new HashMap<>();
        List<SeatingSolution.Office> offices = new ArrayList<>();
        List<SupportRoom> support = new ArrayList<>();
        for (Room r : pool) {
            byId.put(r.id().toString(), r);
            int building = buildingNumbers.computeIfAbsent(r.buildingId(), k -> buildingNumbers.size());
            long cents = r.area().movePointRight(2).longValueExact();
            if (r.kind() == Kind.OFFICE) {
                offices.add(new SeatingSolution.Office(r.id().toString(), building, r.floor(), cents));
            } else {
                support.add(new SupportRoom(r.id().toString(), r.kind().name(), building, r.floor(), cents, false));
            }
        }
        support.add(new SupportRoom("zero-service", "SERVICE", -1, 0, 0, true));
        support.add(new SupportRoom("zero-equipment", "EQUIPMENT", -1, 0, 0, true));
        List<Person> people = new ArrayList<>();
        for (Staff s : FORTY) {
            for (int i = 0; i < s.people(); i++) {
                people.add(new Person(s.rank() + "-" + i, s.rank(), s.standard().movePointRight(2).longValueExact()));
            }
        }
        List<SeatingSolution.Need> needs = List.of(new SeatingSolution.Need("SERVICE", NEED.serviceArea().movePointRight(2).longValueExact()),
                new SeatingSolution.Need("EQUIPMENT", NEED.equipmentArea().movePointRight(2).longValueExact()));
        SolverFactory<SeatingSolution> factory = SolverFactory.create(new SolverConfig().withSolutionClass(SeatingSolution.class)
                .withEntityClasses(Person.class, SupportRoom.class).withConstraintProviderClass(SeatingConstraints.class)
                .withTerminationSpentLimit(Duration.ofSeconds(seconds)).withEnvironmentMode(EnvironmentMode.NO_ASSERT));
        Solver<SeatingSolution> solver = factory.buildSolver();
        SeatingSolution solved = solver.solve(new SeatingSolution(offices, needs, people, support));
        if (!solved.score.isFeasible()) {
            return null;
        }
        List<Placement> placements = new ArrayList<>();
        Map<String, List<Person>> byOffice = new HashMap<>();
        solved.people.forEach(p -> byOffice.computeIfAbsent(p.office.id(), k -> new ArrayList<>()).add(p));
        byOffice.forEach((office, seated) -> placements.add(new Placement(byId.get(office), seated.get(0).rank, seated.size(),
                BigDecimal.valueOf(seated.stream().mapToLong(p -> p.standardCents).sum(), 2))));
        BigDecimal excess = BigDecimal.ZERO;
        for (SeatingSolution.Need need : needs) {
            long sum = solved.supportRooms.stream().filter(r -> r.isChosen() && r.kind.equals(need.kind())).mapToLong(r -> r.areaCents).sum();
            excess = excess.add(BigDecimal.valueOf(Math.max(0, sum - need.askedCents()), 2));
            solved.supportRooms.stream().filter(r -> r.isChosen() && !r.pinned && r.kind.equals(need.kind()))
                    .forEach(r -> placements.add(new Placement(byId.get(r.id), r.kind, 0, null)));
        }
        Set<UUID> buildings = new HashSet<>();
        placements.forEach(p -> buildings.add(p.room().buildingId()));
        return new Recommendation(placements, buildings, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, excess, BigDecimal.ZERO);
    }

    private static Outcome timed(Supplier<Recommendation> method) {
        long start = System.nanoTime();
        Recommendation r = method.get();
        long nanos = System.nanoTime() - start;
        if (r == null) {
            return new Outcome(nanos, null, 0, 0, false);
        }
        int overStandard = (int) r.placements().stream().filter(p -> p.room().kind() == Kind.OFFICE && p.room().area().compareTo(p.standardSum()) > 0).count();
        int seated = r.placements().stream().filter(p -> p.room().kind() == Kind.OFFICE).mapToInt(Placement::people).sum();
        if (seated != 40) {
            throw new IllegalStateException("a method seated " + seated + " of 40");
        }
        return new Outcome(nanos, r.excess(), r.buildings().size(), overStandard, true);
    }

    private static String report(int pools, Map<String, List<Outcome>> results) {
        StringBuilder out = new StringBuilder();
        out.append("# Recommender benchmark\n\n").append("Measured ").append(LocalDate.now()).append(" with `benchmarks/recommender.sh ").append(pools)
                .append("` on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(". Each of ").append(pools).append(" generated pools holds 5,000 rooms (about 3,500 offices) in 100 buildings of 10 floors; ")
                .append("the request is 40 staff of the five county ranks (1 × 30, 3 × 24, 8 × 18, 8 × 12, 20 × 9 m²) with 160 m² of service and ")
                .append("80 m² of equipment space. Excess is the service and equipment area beyond what was asked (no office may exceed its ")
                .append("occupants' standards, so offices add none).\n\n")
                .append("| method | p50 time | p50 excess m² | worst excess m² | p50 buildings | over-standard offices | pools served |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Outcome>> e : results.entrySet()) {
            List<Outcome> served = e.getValue().stream().filter(Outcome::found).toList();
            out.append(String.format(Locale.ROOT, "| %s | %.1f ms | %s | %s | %s | %d | %d of %d |%n", e.getKey(),
                    median(e.getValue(), o -> (double) o.nanos()) / 1e6, served.isEmpty() ? "-" : median(served, o -> o.excess().doubleValue()),
                    served.stream().map(Outcome::excess).max(BigDecimal::compareTo).map(BigDecimal::toPlainString).orElse("-"),
                    served.isEmpty() ? "-" : median(served, o -> (double) o.buildings()),
                    e.getValue().stream().mapToInt(Outcome::overStandard).sum(), served.size(), e.getValue().size()));
        }
        return out.toString();
    }

    private static double median(List<Outcome> outcomes, Function<Outcome, Double> value) {
        List<Double> sorted = outcomes.stream().map(value).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
