package cn.onenetwork.localstack;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.KafkaBroker;
import cn.onenetwork.dev.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * DEVELOPMENT ONLY. The whole platform on one machine without Docker: a real PostgreSQL (one
 * database per service), a real KRaft Kafka broker in its own JVM, the three services and the
 * gateway as processes. Data lives in the data directory and survives a restart.
 */
public final class LocalStack implements AutoCloseable {

    /** Where things listen; the defaults are the local stack's, the system tests use free ports. */
    public record Ports(int gateway, int property, int allocation, int maintenance, int postgres, int kafka, int kafkaController) {
        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 8083, 15432, 19092, 19093);
        }
    }

    public static final List<String> SERVICES = List.of("property", "allocation", "maintenance");

    private final Path root;
    private final Path data;
    private final Ports ports;
    private final List<ManagedProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private ManagedProcess broker;

    public LocalStack(Path root, Path data, Ports ports) {
        this.root = root.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
        this.ports = ports;
    }

    public static void main(String[] args) throws Exception {
        boolean reset = List.of(args).contains("--reset");
        Path root = Path.of(System.getProperty("onenetwork.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".local-stack");
        if (reset) {
            deleteRecursively(data);
        }
        long started = System.nanoTime();
        LocalStack stack = new LocalStack(root, data, Ports.defaults());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local stack…");
            stack.close();
            System.out.println("Stopped.");
        }));
        stack.start();
        DemoData.load(stack.gatewayUrl());
        System.out.printf("%nThe one-network platform is up (%.1f s).%n", (System.nanoTime() - started) / 1e9);
        DemoData.printWelcome(stack);
        Thread.currentThread().join();
    }

    public void start() {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = PostgresServer.start(data.resolve("postgres"), ports.postgres());
        SERVICES.forEach(postgres::ensureDatabase);
        startKafka();
        services.add(service("property", ports.property(), Map.of()));
        services.add(service("allocation", ports.allocation(), Map.of()));
        services.add(service("maintenance", ports.maintenance(), Map.of()));
        services.add(gateway());
        services.forEach(ManagedProcess::start);
        for (ManagedProcess service : services) {
            awaitReady(service);
        }
    }

    /** Starts the broker (formatting its log directory the first time) and waits until it accepts connections. */
    public void startKafka() {
        Path directory = data.resolve("kafka");
        Path config = directory.resolve("server.properties");
        try {
            Files.createDirectories(directory);
            Properties props = KafkaBroker.serverProperties(directory.resolve("log"), ports.kafka(), ports.kafkaController());
            try (Writer writer = Files.newBufferedWriter(config)) {
                props.store(writer, "one-network local stack broker");
            }
            if (!Files.exists(directory.resolve("log").resolve("meta.properties"))) {
                kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId(), "-c", config.toString()},
                        new PrintStream(new ByteArrayOutputStream()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = new ManagedProcess("kafka", List.of(javaBin(), "-Xms256m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "kafka.Kafka", config.toString()), Map.of(), data.resolve("logs/kafka.log")).start();
        awaitPort("kafka", ports.kafka(), Duration.ofSeconds(60));
    }

    public void stopKafka() {
        if (broker != null) {
            broker.stop();
        }
    }

    /** Stops PostgreSQL (a fast shutdown: open sessions are ended), keeping its data; the services stay up. */
    public void stopPostgres() {
        postgres.close();
    }

    /** Starts PostgreSQL again on its port with the data it had. */
    public void startPostgres() {
        postgres = PostgresServer.start(data.resolve("postgres"), ports.postgres());
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(service);
    }

    public Ports ports() {
        return ports;
    }

    public Path data() {
        return data;
    }

    @Override
    public void close() {
        List<ManagedProcess> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        reversed.forEach(ManagedProcess::stop);
        stopKafka();
        if (postgres != null) {
            postgres.close();
        }
    }

    private ManagedProcess service(String name, int port, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("ONENETWORK_DB_URL", postgres.jdbcUrl(name));
        env.put("ONENETWORK_DB_USER", PostgresServer.USER);
        env.put("ONENETWORK_DB_PASSWORD", "postgres");
        env.put("ONENETWORK_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("ONENETWORK_JWT_AUDIENCE", DevTokens.AUDIENCE);
        env.putAll(extra);
        return quarkusApp(name, root.resolve(name + "-service"), env);
    }

    private ManagedProcess gateway() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(ports.gateway()));
        env.put("ONENETWORK_PROPERTY_URL", "http://127.0.0.1:" + ports.property());
        env.put("ONENETWORK_ALLOCATION_URL", "http://127.0.0.1:" + ports.allocation());
        env.put("ONENETWORK_MAINTENANCE_URL", "http://127.0.0.1:" + ports.maintenance());
        env.put("ONENETWORK_JWT_AUDIENCE", DevTokens.AUDIENCE);
        return quarkusApp("gateway", root.resolve("gateway"), env);
    }

    private ManagedProcess quarkusApp(String name, Path module, Map<String, String> env) {
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw install -DskipTests)");
        }
        List<String> command = List.of(javaBin(), "-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dquarkus.profile=local",
                // platform-http's HttpLayerProblems answers malformed URIs with a problem instead of Quarkus's bare 400
                "-Dvertx.disableURIValidation=true", "-jar", jar.toString());
        return new ManagedProcess(name, command, env, data.resolve("logs/" + name + ".log"));
    }

    private void awaitReady(ManagedProcess process) {
        int port = switch (process.name()) {
            case "property" -> ports.property();
            case "allocation" -> ports.allocation();
            case "maintenance" -> ports.maintenance();
            default -> ports.gateway();
        };
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.exitDescription());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(process.name() + " was not ready within 120 s; see " + process.log());
    }

    private void awaitPort(String name, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (broker != null && !broker.isAlive()) {
                throw new IllegalStateException(broker.exitDescription());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                pause();
            }
        }
        throw new IllegalStateException(name + " did not listen on " + port + " within " + timeout.toSeconds() + " s");
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
