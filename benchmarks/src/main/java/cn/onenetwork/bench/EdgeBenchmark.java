package cn.onenetwork.bench;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway against nginx. property-service runs on a fresh database with rooms to list; the same read endpoint is
 * loaded with wrk directly, through Debian's nginx as a plain reverse proxy with keepalive, and through the gateway, in
 * interleaved rounds, by 2,000 distinct callers (so that no per-caller limit applies). Goals: the gateway at least 0.9×
 * nginx's throughput and its p99 at most 1.2× nginx's.
 */
public final class EdgeBenchmark {

    private static final int CALLERS = 2_000;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");

    private EdgeBenchmark() {
    }

    /**
     * One path under load and what each round measured: requests/s, p99 in ms, and the CPU µs per request of the service
     * and of the proxy in front of it (none directly).
     */
    private record Target(String name, String url, ProcessHandle proxy, double[] rate, double[] p99, double[] serviceCpu, double[] proxyCpu) {
        Target(String name, String url, ProcessHandle proxy, int rounds) {
            this(name, url, proxy, new double[rounds], new double[rounds], new double[rounds], new double[rounds]);
        }
    }

    public static void main(String[] args) throws Exception {
        // On 2 shared cores one 10 s measurement moves by a fifth: enough rounds that their median does not.
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        // The JVMs compile their hot paths under this load for some 90 s alone on a core and up to 3 min sharing 2 cores with the
        // service: the gateway's CPU per request falls from about 1 ms to about 110 µs meanwhile.
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        Path root = Path.of(System.getProperty("onenetwork.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("one-network-edge-bench-");
        try (PostgresServer postgres = PostgresServer.start(work.resolve("pg"), FreePorts.next())) {
            postgres.ensureDatabase("property");
            int propertyPort = FreePorts.next();
            int gatewayPort = FreePorts.next();
            int nginxPort = FreePorts.next();
            int libraryPort = FreePorts.next();
            List<Process> processes = new ArrayList<>();
            try {
                Process property = BenchSupport.startService(root, "property-service", postgres, "property", propertyPort, work);
                processes.add(property);
                BenchSupport.awaitReady("http://127.0.0.1:" + propertyPort, property, "property-service");
                load(postgres);
                Process gateway = startGateway(root, propertyPort, gatewayPort, work);
                processes.add(gateway);
                awaitPort(gatewayPort, gateway);
                Process nginx = startNginx(work, propertyPort, nginxPort);
                processes.add(nginx);
                Process library = startLibraryProxy(propertyPort, libraryPort, work);
                processes.add(library);
                awaitPort(libraryPort, library);
                Path script = tokens(work);
                String path = "/api/v1/rooms?limit=20";
                List<Target> targets = List.of(
                        new Target("property-service directly", "http://127.0.0.1:" + propertyPort + path, null, rounds),
                        new Target("nginx " + nginxVersion() + ", reverse proxy with keepalive", "http://127.0.0.1:" + nginxPort + path, nginx.toHandle(), rounds),
                        new Target("Vert.x HTTP proxy library, bare", "http://127.0.0.1:" + libraryPort + path, library.toHandle(), rounds),
                        new Target("the gateway", "http://127.0.0.1:" + gatewayPort + path, gateway.toHandle(), rounds));
                for (Target target : targets) {
                    wrk(target.url(), script, warmUp);
                }
                for (int round = 0; round < rounds; round++) {
                    // Every other round in reverse order, so that a drift of the machine within a round favours no path.
                    List<Target> order = new ArrayList<>(targets);
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (Target target : order) {
                        long serviceBefore = cpuNanos(property.toHandle());
                        long proxyBefore = target.proxy() == null ? 0 : cpuNanos(target.proxy());
                        double[] measured = wrk(target.url(), script, seconds);
                        target.rate()[round] = measured[0];
                        target.p99()[round] = measured[1];
                        target.serviceCpu()[round] = (cpuNanos(property.toHandle()) - serviceBefore) / 1000.0 / measured[2];
                        target.proxyCpu()[round] = target.proxy() == null ? Double.NaN : (cpuNanos(target.proxy()) - proxyBefore) / 1000.0 / measured[2];
                        System.out.printf(Locale.ROOT, "round %d %-45s %8.0f req/s  p99 %6.1f ms  CPU per request: service %4.0f µs, proxy %4.0f µs%n",
                                round + 1, target.name(), measured[0], measured[1], target.serviceCpu()[round], target.proxyCpu()[round]);
                    }
                }
                String report = report(targets, rounds, seconds, warmUp);
                System.out.println(report);
                Files.writeString(root.resolve("docs/edge-benchmark.md"), report);
            } finally {
                for (Process process : processes) {
                    process.destroy();
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** One division, one building, 2,000 rooms: the listing reads a page of 20 of them. */
    private static void load(PostgresServer postgres) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("property"), PostgresServer.USER, "postgres"); Statement s = db.createStatement()) {
            s.execute("INSERT INTO division (code, name, level, parent_code, created_at, updated_at) VALUES ('640000', '宁夏回族自治区', 'PROVINCIAL', '100000', now(), now())");
            s.execute("INSERT INTO building (id, division_code, code, name, address, year_built, storeys_above, storeys_below, gross_floor_area, usable_coefficient, "
                    + "origin, created_at, updated_at) VALUES (gen_random_uuid(), '640000', 'EDGE-1', '基准楼', '银川市', 2005, 10, 1, 12000, 0.65, 'FISCAL_FUNDING', now(), now())");
            s.execute("INSERT INTO floor (id, building_id, label) SELECT gen_random_uuid(), b.id, f::text FROM building b CROSS JOIN generate_series(1, 10) f");
            s.execute("INSERT INTO room (id, building_id, floor_id, division_code, number, category, use_area, status, status_since, category_since, created_at, updated_at) "
                    + "SELECT gen_random_uuid(), f.building_id, f.id, '640000', f.label || '-' || lpad(n::text, 3, '0'), 'OFFICE', 18, 'IN_USE', '2020-01-01', "
                    + "'2020-01-01', now(), now() FROM floor f CROSS JOIN generate_series(1, 200) n");
            s.execute("VACUUM ANALYZE");
        }
    }

    private static Process startGateway(Path root, int propertyPort, int port, Path work) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dquarkus.profile=local",
                "-jar", root.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("gateway.log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ONENETWORK_PROPERTY_URL", "http://127.0.0.1:" + propertyPort);
        return builder.start();
    }

    /** Vert.x's HTTP proxy library doing nothing but proxy, on this benchmark's own class path. */
    private static Process startLibraryProxy(int upstreamPort, int port, Path work) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                LibraryProxy.class.getName(), Integer.toString(port), Integer.toString(upstreamPort))
                .redirectErrorStream(true).redirectOutput(work.resolve("library-proxy.log").toFile()).start();
    }

    private static Process startNginx(Path work, int upstreamPort, int port) throws Exception {
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/nginx-body;
                    proxy_temp_path %1$s/nginx-proxy;
                    upstream property { server 127.0.0.1:%2$d; keepalive 64; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://property;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $remote_addr;
                        }
                    }
                }
                """.formatted(work, upstreamPort, port));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile()).start();
        awaitPort(port, nginx);
        return nginx;
    }

    private static String nginxVersion() throws IOException, InterruptedException {
        Process version = new ProcessBuilder("nginx", "-v").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        version.waitFor();
        return text.replace("nginx version: ", "");
    }

    /** A wrk script that sends each request with the next of 2,000 callers' tokens. */
    private static Path tokens(Path work) throws IOException {
        StringBuilder lua = new StringBuilder("tokens = {\n");
        for (int i = 0; i < CALLERS; i++) {
            lua.append("\"").append(DevTokens.mint("bench-caller-" + i, "640000", null, Duration.ofHours(2), "AUDITOR")).append("\",\n");
        }
        lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                + "  return wrk.format(nil, nil, {[\"Authorization\"] = \"Bearer \" .. tokens[(counter % #tokens) + 1]})\nend\n");
        Path script = work.resolve("callers.lua");
        Files.writeString(script, lua);
        return script;
    }

    /** The CPU time a process and its children (nginx's workers) have used so far. */
    private static long cpuNanos(ProcessHandle process) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** Requests per second, p99 in ms and the number of requests of one wrk run: 2 threads, 32 connections. */
    private static double[] wrk(String url, Path script, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", "-s", script.toString(), url).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = RATE.matcher(out);
        Matcher p99 = P99.matcher(out);
        Matcher requests = REQUESTS.matcher(out);
        if (!rate.find() || !p99.find() || !requests.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk against " + url + " gave:\n" + out);
        }
        double latency = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
        return new double[] {Double.parseDouble(rate.group(1)), latency, Double.parseDouble(requests.group(1))};
    }

    private static void awaitPort(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("a process exited with " + process.exitValue() + " before listening on " + port);
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("nothing listened on " + port + " within 120 s");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String report(List<Target> targets, int rounds, int seconds, int warmUp) {
        StringBuilder table = new StringBuilder();
        for (Target t : targets) {
            double proxyCpu = median(t.proxyCpu());
            table.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.0f | %s |%n", t.name(), median(t.rate()), median(t.p99()), median(t.serviceCpu()),
                    Double.isNaN(proxyCpu) ? "—" : String.format(Locale.ROOT, "%.0f", proxyCpu)));
        }
        Target nginx = targets.stream().filter(t -> t.name().startsWith("nginx")).findFirst().orElseThrow();
        Target gateway = targets.stream().filter(t -> t.name().equals("the gateway")).findFirst().orElseThrow();
        double[] rateRatio = new double[rounds];
        double[] p99Ratio = new double[rounds];
        StringBuilder byRound = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            rateRatio[round] = gateway.rate()[round] / nginx.rate()[round];
            p99Ratio[round] = gateway.p99()[round] / nginx.p99()[round];
            byRound.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f×/%.2f×", rateRatio[round], p99Ratio[round]));
        }
        return String.format(Locale.ROOT, """
                # Edge benchmark: the gateway against nginx

                Rerun with `benchmarks/edge.sh [rounds] [seconds] [warm-up seconds]` (default 9 rounds of 15 s after 120 s). `GET /api/v1/rooms?limit=20` of property-service
                (a fresh embedded PostgreSQL, 2,000 rooms), loaded by `wrk -t2 -c32 --latency` with 2,000 distinct callers' tokens in turn, directly,
                through nginx as a plain reverse proxy (keepalive 64 to the upstream, access log off), through Vert.x's HTTP proxy library as a bare
                reverse proxy (no token, no limit: what the gateway's own pipe could have been, ADR 9) and through the gateway, interleaved round by
                round on the same machine (%s, %d cores), every other round in reverse order, after a %d s warm-up of each. Medians of %d
                rounds of %d s.

                CPU per request is the CPU time (user and system, all threads; nginx with its workers) a process used during the round,
                divided by the requests served: what one request costs the service, and what it costs the proxy in front of it.

                | path | requests/s | p99 (ms) | CPU per request, service (µs) | CPU per request, proxy (µs) |
                |---|---|---|---|---|
                %s
                Each round measures the gateway and nginx within the same minute, so the goals are judged on the median of the rounds'
                ratios: the gateway keeps **%.2f×** nginx's throughput (goal ≥ 0.9×; rounds %.2f× to %.2f×) with **%.2f×** its p99 (goal ≤ 1.2×;
                rounds %.2f× to %.2f×). The ratios of the medians above: %.2f× and %.2f×. Round by round, throughput and p99 against nginx's:
                %s.
                """, System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), warmUp, rounds, seconds, table,
                median(rateRatio), min(rateRatio), max(rateRatio), median(p99Ratio), min(p99Ratio), max(p99Ratio),
                median(gateway.rate()) / median(nginx.rate()), median(gateway.p99()) / median(nginx.p99()), byRound);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
