package cn.onenetwork.bench;

import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** What the benchmarks share: a service as a process on its own database, and medians of timed runs. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** The service's built application, on the database, without a broker: its events stay in the outbox. */
    static Process startService(Path root, String module, PostgresServer postgres, String database, int port, Path work) throws IOException {
        Path jar = root.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-Dquarkus.profile=local", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve(module + ".log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ONENETWORK_DB_URL", postgres.jdbcUrl(database));
        builder.environment().put("ONENETWORK_DB_USER", PostgresServer.USER);
        builder.environment().put("ONENETWORK_DB_PASSWORD", "postgres");
        builder.environment().put("ONENETWORK_OUTBOX_RELAY_ENABLED", "false");
        builder.environment().put("ONENETWORK_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + FreePorts.next());
        return builder.start();
    }

    static void awaitReady(String base, Process service, String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException(name + " exited with " + service.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within 120 s");
    }

    /** The medians (ms) of the bare and the API run, taken alternately after a warm-up of each. */
    static double[] medians(int warmup, int runs, Callable<Integer> bare, Callable<Integer> api) throws Exception {
        for (int i = 0; i < warmup; i++) {
            bare.call();
            api.call();
        }
        double[] bareTimes = new double[runs];
        double[] apiTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            bareTimes[i] = timed(bare);
            apiTimes[i] = timed(api);
        }
        Arrays.sort(bareTimes);
        Arrays.sort(apiTimes);
        return new double[] {bareTimes[runs / 2], apiTimes[runs / 2]};
    }

    static double timed(Callable<Integer> run) throws Exception {
        long started = System.nanoTime();
        run.call();
        return (System.nanoTime() - started) / 1e6;
    }

    static int get(HttpClient http, String url, String token) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build());
    }

    static int send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().length();
    }
}
