package cn.onenetwork.bench;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.PostgresServer;
import cn.onenetwork.property.report.ReportService;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * The registry at regional scale. Loads synthetic data into a fresh embedded PostgreSQL, starts
 * property-service on it as a process, and times (median of several runs after warm-up):
 * <ul>
 * <li>the region-wide over-standard report and the division area roll-up through HTTP, against the
 * bare SQL aggregate they run, on the same database (goal: at most 2×);</li>
 * <li>the CSV room import through HTTP against PostgreSQL COPY of the same rows (goal: at least 0.3× its throughput);</li>
 * <li>the text search of rooms, people and buildings ({@code ?q=}) through HTTP against its bare SQL, with the plan that
 * shows the trigram index serving it.</li>
 * </ul>
 */
public final class RegistryBenchmark {

    private static final String REGION = "640000";
    private static final String[][] DIVISIONS = {
            {"640000", "宁夏回族自治区", "PROVINCIAL", "100000"},
            {"640100", "银川市", "MUNICIPAL", REGION}, {"640200", "石嘴山市", "MUNICIPAL", REGION}, {"640300", "吴忠市", "MUNICIPAL", REGION},
            {"640400", "固原市", "MUNICIPAL", REGION}, {"640500", "中卫市", "MUNICIPAL", REGION},
            {"640104", "兴庆区", "COUNTY", "640100"}, {"640105", "西夏区", "COUNTY", "640100"}, {"640106", "金凤区", "COUNTY", "640100"},
            {"640121", "永宁县", "COUNTY", "640100"}, {"640122", "贺兰县", "COUNTY", "640100"}, {"640181", "灵武市", "COUNTY", "640100"},
            {"640202", "大武口区", "COUNTY", "640200"}, {"640205", "惠农区", "COUNTY", "640200"}, {"640221", "平罗县", "COUNTY", "640200"},
            {"640302", "利通区", "COUNTY", "640300"}, {"640303", "红寺堡区", "COUNTY", "640300"}, {"640323", "盐池县", "COUNTY", "640300"},
            {"640324", "同心县", "COUNTY", "640300"}, {"640381", "青铜峡市", "COUNTY", "640300"}, {"640402", "原州区", "COUNTY", "640400"},
            {"640422", "西吉县", "COUNTY", "640400"}, {"640423", "隆德县", "COUNTY", "640400"}, {"640424", "泾源县", "COUNTY", "640400"},
            {"640425", "彭阳县", "COUNTY", "640400"}, {"640502", "沙坡头区", "COUNTY", "640500"}, {"640521", "中宁县", "COUNTY", "640500"},
            {"640522", "海原县", "COUNTY", "640500"}};
    private static final int WARMUP = 20;
    private static final int RUNS = 15;
    private static final int BULK_RUNS = 3;

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int agencies = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int importRows = 100_000;
        Path root = Path.of(System.getProperty("onenetwork.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("one-network-bench-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("pg"), FreePorts.next())) {
            postgres.ensureDatabase("property");
            int port = FreePorts.next();
            Process service = BenchSupport.startService(root, "property-service", postgres, "property", port, work);
            try {
                String base = "http://127.0.0.1:" + port;
                BenchSupport.awaitReady(base, service, "property-service");
                try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("property"), PostgresServer.USER, "postgres")) {
                    long loadStarted = System.nanoTime();
                    load(db, rooms, staff, agencies);
                    double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
                    System.out.printf("loaded %,d rooms, %,d staff, %,d agencies in %.1f s%n", count(db, "room"), count(db, "person"), count(db, "agency"), loadSeconds);
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                    String token = DevTokens.auditor(REGION);
                    double[] over = BenchSupport.medians(WARMUP, RUNS, () -> bareSql(db, ReportService.OVER_STANDARD_SQL), () -> BenchSupport.get(http, base + "/api/v1/reports/over-standard", token));
                    double[] area = BenchSupport.medians(WARMUP, RUNS, () -> bareSql(db, ReportService.AREA_SQL), () -> BenchSupport.get(http, base + "/api/v1/reports/area-rollup", token));
                    // Alternately, three times each into a new building: whichever goes second meets a larger table and a
                    // checkpoint the first one's WAL brought on, so one of each would favour the one that ran first.
                    double[] copies = new double[BULK_RUNS];
                    double[] imports = new double[BULK_RUNS];
                    for (int i = 0; i < BULK_RUNS; i++) {
                        copies[i] = copy(db, importRows, i);
                        imports[i] = importViaApi(db, http, base, importRows, i);
                    }
                    Arrays.sort(copies);
                    Arrays.sort(imports);
                    double copyMs = copies[BULK_RUNS / 2];
                    double importMs = imports[BULK_RUNS / 2];
                    List<String> searches = new ArrayList<>();
                    for (String[] search : SEARCHES) {
                        String like = "%" + search[2] + "%";
                        String sql = "SELECT id FROM " + search[1] + " WHERE division_code LIKE '64%' AND search_text LIKE ? ORDER BY id LIMIT 51";
                        double[] times = BenchSupport.medians(WARMUP, RUNS, () -> bareSearch(db, sql, like),
                                () -> BenchSupport.get(http, base + search[0] + "?limit=50&q=" + java.net.URLEncoder.encode(search[2], java.nio.charset.StandardCharsets.UTF_8), token));
                        searches.add(String.format(Locale.ROOT, "| `GET %s?q=%s` | %.1f | %.1f | %s |", search[0], search[2], times[0], times[1],
                                plan(db, sql, like)));
                    }
                    String results = results(rooms, staff, agencies, count(db, "compliance_finding"), over[0], over[1], area[0], area[1],
                            importRows, importMs, copyMs, searches);
                    System.out.println(results);
                    Files.writeString(root.resolve("docs/benchmark-results.md"), results);
                }
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static void load(Connection db, int rooms, int staff, int agencies) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement division = db.prepareStatement(
                "INSERT INTO division (code, name, level, parent_code, created_at, updated_at) VALUES (?, ?, ?, ?, now(), now())")) {
            for (String[] d : DIVISIONS) {
                division.setString(1, d[0]);
                division.setString(2, d[1]);
                division.setString(3, d[2]);
                division.setString(4, d[3]);
                division.addBatch();
            }
            division.executeBatch();
        }
        int buildings = Math.max(1, rooms / 500);
        int perFloor = Math.max(1, rooms / (buildings * 10));
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_division AS SELECT row_number() OVER (ORDER BY code) - 1 AS idx, code, level FROM division WHERE code LIKE '64%'");
            s.execute("INSERT INTO agency (id, credit_code, name, division_code, level, agency_system, category, offices_bureau, actual_staff, created_at, "
                    + "updated_at) SELECT gen_random_uuid(), 'B' || lpad(i::text, 17, '0'), '单位' || i, d.code, d.level, 'GOVERNMENT', 'AGENCY_PROPER', false, 15, "
                    + "now(), now() "
                    + "FROM generate_series(1, " + agencies + ") i JOIN bench_division d ON d.idx = i % " + DIVISIONS.length);
            s.execute("CREATE TEMP TABLE bench_agency AS SELECT row_number() OVER (ORDER BY credit_code) - 1 AS idx, id, division_code, credit_code, level FROM agency");
            s.execute("CREATE INDEX ON bench_agency (idx)");
            s.execute("INSERT INTO person (id, agency_id, division_code, agency_code, name, level, rank_code, status, status_since, created_at, updated_at) "
                    + "SELECT gen_random_uuid(), a.id, a.division_code, a.credit_code, '人员' || i, a.level, "
                    + "CASE a.level WHEN 'PROVINCIAL' THEN 'BELOW_DIVISION' WHEN 'MUNICIPAL' THEN 'BELOW_BUREAU' ELSE 'BELOW_SECTION' END, "
                    + "'IN_POST', '2020-01-01', now(), now() FROM generate_series(1, " + staff + ") i JOIN bench_agency a ON a.idx = i % " + agencies);
            s.execute("INSERT INTO building (id, division_code, code, name, address, year_built, storeys_above, storeys_below, gross_floor_area, "
                    + "usable_coefficient, origin, created_at, updated_at) SELECT gen_random_uuid(), d.code, 'BENCH-' || i, '楼' || i, '地址' || i, 2005, 10, 1, "
                    + "12000, 0.65, 'FISCAL_FUNDING', now(), now() FROM generate_series(1, " + buildings + ") i JOIN bench_division d ON d.idx = i % " + DIVISIONS.length);
            s.execute("INSERT INTO floor (id, building_id, label) SELECT gen_random_uuid(), b.id, f::text FROM building b CROSS JOIN generate_series(1, 10) f");
            s.execute("INSERT INTO room (id, building_id, floor_id, division_code, number, category, use_area, building_area, status, status_since, category_since, created_at, updated_at) "
                    + "SELECT gen_random_uuid(), f.building_id, f.id, b.division_code, f.label || '-' || lpad(n::text, 4, '0'), "
                    + "(ARRAY['OFFICE','OFFICE','OFFICE','SERVICE','EQUIPMENT','ANCILLARY','TECHNICAL'])[1 + n % 7], (9 + n % 30)::numeric(10,2), "
                    + "CASE WHEN n % 7 >= 5 THEN (12 + n % 40)::numeric(10,2) END, CASE WHEN n % 97 = 0 THEN 'IDLE' ELSE 'IN_USE' END, '2020-01-01', '2020-01-01', now(), now() "
                    + "FROM floor f JOIN building b ON b.id = f.building_id CROSS JOIN generate_series(1, " + perFloor + ") n");
            // About one office in eight over its standard: the findings the rules keep in compliance_finding.
            s.execute("INSERT INTO compliance_finding (id, rule, subject_key, division_code, room_id, excess_area, since, detail, status, found_at) "
                    + "SELECT gen_random_uuid(), CASE WHEN r.n % 2 = 0 THEN 'OFFICE_OVER_STANDARD' ELSE 'SHARED_OFFICE_OVER_STANDARD' END, 'room:' || r.id, "
                    + "r.division_code, r.id, (0.01 * (1 + r.n % 500))::numeric(10,2), '2025-01-01', 'synthetic', 'OPEN', now() "
                    + "FROM (SELECT id, division_code, row_number() OVER () AS n FROM room WHERE category = 'OFFICE') r WHERE r.n % 8 = 0");
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    /** Path, table and a text as a user would type it (a contained part of a generated number, name or address). */
    private static final String[][] SEARCHES = {
            {"/api/v1/rooms", "room", "7-0042"},
            {"/api/v1/people", "person", "人员123456"},
            {"/api/v1/buildings", "building", "地址1234"}};

    private static int bareSearch(Connection db, String sql, String like) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, like);
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The index scans of the search's plan, to show that the trigram index serves it. */
    private static String plan(Connection db, String sql, String like) throws SQLException {
        List<String> scans = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("EXPLAIN " + sql)) {
            statement.setString(1, like);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String line = rs.getString(1).strip();
                    if (line.contains(" on ")) {
                        scans.add(line.replaceAll("^->\\s*", "").replaceAll("\\s*\\(cost.*", ""));
                    }
                }
            }
        }
        return String.join("; ", scans);
    }

    private static int bareSql(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql.replace("?1", "?"))) {
            statement.setString(1, "64%");
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    rs.getString(2);
                    rs.getLong(3);
                    rs.getBigDecimal(4);
                    rows++;
                }
            }
            return rows;
        }
    }

    private static double importViaApi(Connection db, HttpClient http, String base, int rows, int run) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO building (id, division_code, code, name, address, storeys_above, storeys_below, gross_floor_area, origin, created_at, updated_at) "
                    + "VALUES (gen_random_uuid(), '640000', 'IMPORT-" + run + "', '导入楼', '地址', 10, 0, 50000, 'FISCAL_FUNDING', now(), now())");
        }
        StringBuilder csv = new StringBuilder("building_code,floor,number,category,use_area,building_area,function,status,status_since\n");
        for (int i = 0; i < rows; i++) {
            csv.append("IMPORT-").append(run).append(',').append(i % 10 + 1).append(",R").append(i).append(",OFFICE,18.00,,办公,IN_USE,2024-03-01\n");
        }
        String body = csv.toString();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/room-imports"))
                .header("Authorization", "Bearer " + DevTokens.bureauAdmin(REGION)).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        return ms;
    }

    private static double copy(Connection db, int rows, int run) throws Exception {
        UUID building = UUID.randomUUID();
        UUID[] floors = new UUID[10];
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO building (id, division_code, code, name, address, storeys_above, storeys_below, gross_floor_area, origin, created_at, updated_at) "
                    + "VALUES ('" + building + "', '640000', 'COPY-" + run + "', '复制楼', '地址', 10, 0, 50000, 'FISCAL_FUNDING', now(), now())");
            for (int f = 0; f < 10; f++) {
                floors[f] = UUID.randomUUID();
                s.execute("INSERT INTO floor (id, building_id, label) VALUES ('" + floors[f] + "', '" + building + "', '" + (f + 1) + "')");
            }
        }
        String now = OffsetDateTime.now().toString();
        String today = LocalDate.now().toString();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            csv.append(UUID.randomUUID()).append(',').append(building).append(',').append(floors[i % 10]).append(",640000,R").append(i)
                    .append(",OFFICE,18.00,,办公,IN_USE,2024-03-01,").append(today).append(",0,").append(now).append(',').append(now).append('\n');
        }
        long started = System.nanoTime();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY room (id, building_id, floor_id, division_code, number, category, use_area, "
                + "building_area, function, status, status_since, category_since, version, created_at, updated_at) FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * The median times of the bare SQL and of the API call, run alternately so that both meet the same load on a
     * shared machine (run one after the other, a noisy minute lands on one side only and the ratio swings).
     */

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String results(int rooms, int staff, int agencies, long findings, double overSql, double overApi, double areaSql,
            double areaApi, int importRows, double importMs, double copyMs, List<String> searches) {
        List<String> out = new ArrayList<>();
        out.add("# Registry benchmark results");
        out.add("");
        out.add("Written by `benchmarks/run.sh` on " + OffsetDateTime.now().withNano(0) + " (" + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ", embedded PostgreSQL 15). Synthetic data: "
                + String.format(Locale.ROOT, "%,d rooms, %,d staff, %,d agencies, %,d open findings", rooms, staff, agencies, findings)
                + ", Ningxia's 28 divisions. Median of " + RUNS + " runs after " + WARMUP + " warm-up runs, bare SQL and API call alternating.");
        out.add("");
        out.add("| what | bare SQL aggregate (ms) | through the API (ms) | API ÷ SQL | goal |");
        out.add("|---|---:|---:|---:|---|");
        out.add(String.format(Locale.ROOT, "| region-wide over-standard report `GET /api/v1/reports/over-standard` | %.1f | %.1f | %.2f | ≤ 2 |", overSql, overApi, overApi / overSql));
        out.add(String.format(Locale.ROOT, "| division area roll-up `GET /api/v1/reports/area-rollup` | %.1f | %.1f | %.2f | ≤ 2 |", areaSql, areaApi, areaApi / areaSql));
        out.add("");
        double importRate = importRows / (importMs / 1000);
        double copyRate = importRows / (copyMs / 1000);
        out.add("| bulk load of " + String.format(Locale.ROOT, "%,d", importRows) + " rooms (median of " + BULK_RUNS + ", COPY and import alternating) | time (ms) | rows/s |");
        out.add("|---|---:|---:|");
        out.add(String.format(Locale.ROOT, "| PostgreSQL `COPY` of the same rows | %.0f | %,.0f |", copyMs, copyRate));
        out.add(String.format(Locale.ROOT, "| CSV import `POST /api/v1/room-imports` (validation, floors, events in the outbox, one transaction) | %.0f | %,.0f |", importMs, importRate));
        out.add("");
        out.add(String.format(Locale.ROOT, "Import throughput is %.2f× that of COPY (goal ≥ 0.3×).", importRate / copyRate));
        out.add("");
        out.add("| text search, region-wide (first page of 50) | bare SQL (ms) | through the API (ms) | PostgreSQL's plan for it |");
        out.add("|---|---:|---:|---|");
        out.addAll(searches);
        out.add("");
        return String.join("\n", out);
    }
}
