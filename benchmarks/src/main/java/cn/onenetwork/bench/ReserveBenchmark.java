package cn.onenetwork.bench;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.PostgresServer;
import cn.onenetwork.maintenance.reserve.ReserveService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A region's repair reserve at scale. Loads synthetic projects (established, for one plan year), buildings and inspection
 * findings into a fresh embedded PostgreSQL, starts maintenance-service on it as a process, and times (median after
 * warm-up), beside the bare SQL that reads the same rows ({@link ReserveService#RESERVE_SQL}):
 * <ul>
 * <li>the reserve scored and ordered through HTTP (every project scored, the best 50 returned);</li>
 * <li>the draft annual plan drawn again for a budget through HTTP: scored, selected within the budget, its funded projects written.</li>
 * </ul>
 * Goal: within 2× of the bare read.
 */
public final class ReserveBenchmark {

    private static final String REGION = "640000";
    private static final int WARMUP = 10;
    private static final int RUNS = 15;

    private ReserveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int buildings = Math.max(1, projects / 10);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Path root = Path.of(System.getProperty("onenetwork.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("one-network-reserve-bench-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("pg"), FreePorts.next())) {
            postgres.ensureDatabase("maintenance");
            int port = FreePorts.next();
            Process service = BenchSupport.startService(root, "maintenance-service", postgres, "maintenance", port, work);
            try {
                String base = "http://127.0.0.1:" + port;
                BenchSupport.awaitReady(base, service, "maintenance-service");
                try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("maintenance"), PostgresServer.USER, "postgres")) {
                    long loadStarted = System.nanoTime();
                    load(db, projects, buildings, year);
                    System.out.printf("loaded %,d established projects in %,d buildings in %.1f s%n", projects, buildings, (System.nanoTime() - loadStarted) / 1e9);
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                    String token = DevTokens.bureauAdmin(REGION);
                    String bare = ReserveService.RESERVE_SQL.replace("?1", "?").replace("?2", "?");
                    double[] reserve = BenchSupport.medians(WARMUP, RUNS, () -> bareRead(db, bare, year),
                            () -> BenchSupport.get(http, base + "/api/v1/repair-reserve?divisionCode=" + REGION + "&planYear=" + year + "&limit=50", token));
                    String budget = budget(db, year);
                    String[] plan = draw(http, base, token, year, budget);
                    // Each revision moves the budget 5% up or down, as a bureau revising its draft does: the lines change.
                    String lower = new java.math.BigDecimal(budget).multiply(new java.math.BigDecimal("0.95")).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
                    int[] revision = {0};
                    double[] planned = BenchSupport.medians(WARMUP, RUNS, () -> bareRead(db, bare, year),
                            () -> revise(http, base, token, plan, revision[0]++ % 2 == 0 ? lower : budget));
                    String results = results(projects, buildings, budget, funded(db), reserve, planned);
                    System.out.println(results);
                    Files.writeString(root.resolve("docs/reserve-benchmark.md"), results);
                }
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** Buildings of 1950–2010, one in two inspected with three open findings; projects of 20,000 units, ten per building. */
    private static void load(Connection db, int projects, int buildings, int year) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO registry_building (id, division_code, code, name, address, completed_on, year_built, gross_floor_area, source_version, synced_at) "
                    + "SELECT ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, '" + REGION + "', 'B-' || i, '楼' || i, '地址' || i, "
                    + "DATE '1950-01-01' + (i * 7919 % 21900), 1950 + (i * 7919 % 21900) / 365, (2000 + i % 8000)::numeric(12,2), 0, now() "
                    + "FROM generate_series(1, " + buildings + ") i");
            s.execute("UPDATE registry_building SET year_built = extract(year FROM completed_on)");
            s.execute("INSERT INTO declaring_unit (id, credit_code, name, division_code, source_version, synced_at) "
                    + "SELECT ('10000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, 'U' || lpad(i::text, 17, '0'), '单位' || i, '" + REGION + "', 0, now() "
                    + "FROM generate_series(1, " + projects + ") i");
            s.execute("INSERT INTO inspection (id, number, division_code, building_id, systems, planned_on, performed_on, inspector, status, created_at, updated_at) "
                    + "SELECT gen_random_uuid(), 'JC-' || b.code, '" + REGION + "', b.id, '[\"FIRE_PROTECTION\",\"ELECTRICAL\",\"ENVELOPE\"]', DATE '2026-06-01', "
                    + "DATE '2026-06-01', '检查组', 'RECORDED', now(), now() FROM registry_building b WHERE b.year_built % 2 = 0");
            s.execute("INSERT INTO inspection_finding (id, inspection_id, building_id, division_code, building_system, severity, description, remediation_cost, remediate_by) "
                    + "SELECT gen_random_uuid(), i.id, i.building_id, '" + REGION + "', (ARRAY['FIRE_PROTECTION','ELECTRICAL','ENVELOPE'])[n], "
                    + "(ARRAY['LOW','MEDIUM','HIGH'])[n], '发现' || n, (10000 * n * (1 + random() * 20))::numeric(14,2), DATE '2026-12-31' "
                    + "FROM inspection i CROSS JOIN generate_series(1, 3) n");
            s.execute("INSERT INTO repair_project (id, number, agency_id, agency_code, division_code, building_id, repair_class, plan_year, title, description, "
                    + "grounds, hazard_level, hazards, energy_use_intensity, extension_area, room_ids, items, estimated_cost, cost_band, approval_reference, status, "
                    + "declared_on, appraised_on, established_on, version, created_at, updated_at) "
                    + "SELECT gen_random_uuid(), '" + REGION + "-WX-' || lpad(i::text, 6, '0'), u.id, u.credit_code, '" + REGION + "', "
                    + "('00000000-0000-0000-0000-' || lpad((1 + i % " + buildings + ")::text, 12, '0'))::uuid, CASE WHEN i % 3 = 0 THEN 'MAJOR' ELSE 'MEDIUM' END, "
                    + year + ", '项目' || i, '维修', '[\"AGEING\"]', (ARRAY['NONE','LOW','MEDIUM','HIGH'])[1 + i % 4], '[]', "
                    + "CASE WHEN i % 2 = 0 THEN (60 + i % 120)::numeric(8,2) END, 0, '[]', '[]', c.cost, "
                    + "CASE WHEN c.cost < 50000 THEN 'SMALL' WHEN c.cost < 500000 THEN 'MEDIUM' ELSE 'LARGE' END, '批复' || i, 'ESTABLISHED', "
                    + "DATE '2026-03-01' + i % 200, DATE '2026-10-01', DATE '2026-11-01', 0, now(), now() "
                    + "FROM generate_series(1, " + projects + ") i "
                    + "JOIN declaring_unit u ON u.id = ('10000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid "
                    + "CROSS JOIN LATERAL (SELECT (20000 + (i * 104729 % 980000))::numeric(14,2) AS cost) c");
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static int bareRead(Connection db, String sql, int year) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, REGION);
            statement.setInt(2, year);
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** A quarter of the reserve's total estimate: the plan funds about a quarter of the projects. */
    private static String budget(Connection db, int year) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT round(sum(estimated_cost) / 4) FROM repair_project WHERE plan_year = " + year)) {
            r.next();
            return r.getBigDecimal(1).toPlainString();
        }
    }

    /** The draft plan's id and ETag. */
    private static String[] draw(HttpClient http, String base, String token, int year, String budget) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/annual-plans")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"year\":" + year + ",\"budget\":" + budget + "}")).build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("drawing the plan answered " + response.statusCode() + ": " + response.body());
        }
        return new String[] {response.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"), response.headers().firstValue("ETag").orElseThrow()};
    }

    /** Draws the plan again for the budget; the ETag it answers is the next run's If-Match. */
    private static int revise(HttpClient http, String base, String token, String[] plan, String budget) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/annual-plans/" + plan[0] + "/budget")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("If-Match", plan[1]).PUT(HttpRequest.BodyPublishers.ofString("{\"budget\":" + budget + "}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("revising the plan answered " + response.statusCode() + ": " + response.body());
        }
        plan[1] = response.headers().firstValue("ETag").orElseThrow();
        return response.body().length();
    }

    private static long funded(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM annual_plan_item")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String results(int projects, int buildings, String budget, long funded, double[] reserve, double[] planned) {
        return String.format(Locale.ROOT, """
                # Repair reserve benchmark

                Rerun with `benchmarks/reserve.sh [projects]` (default 20,000). A fresh embedded PostgreSQL holds %,d established projects of one
                region for one plan year in %,d buildings (half of them inspected, three open findings each); maintenance-service runs on it as
                a process. Medians of %d runs after %d warm-up runs, measured on %s (%d cores), against the bare SQL that reads the same rows
                (`ReserveService.RESERVE_SQL`, every column of every row read through JDBC). Goal: within 2× of the bare read.

                | operation | bare SQL p50 (ms) | API p50 (ms) | ratio |
                |---|---|---|---|
                | `GET /api/v1/repair-reserve?limit=50`: every project scored and ordered, the best 50 returned | %.1f | %.1f | %.2f× |
                | `PUT /api/v1/annual-plans/{id}/budget`, alternately %s 元 and 5%% less: scored, selected within the budget, the changed lines of about %,d funded projects written | %.1f | %.1f | %.2f× |
                """, projects, buildings, RUNS, WARMUP, System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), reserve[0], reserve[1], reserve[1] / reserve[0], budget, funded, planned[0], planned[1],
                planned[1] / planned[0]);
    }
}
