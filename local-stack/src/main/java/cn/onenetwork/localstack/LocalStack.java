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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * DEVELOPMENT ONLY. The whole platform on one machine without Docker: a real PostgreSQL (one
 * database per service), a real KRaft Kafka broker in its own JVM, the three services and the
 * gateway as processes. Data lives in the data directory and survives a restart.
 */
public final class LocalStack implements AutoCloseable {

    /** Where things listen; the defaults are the local stack's, the system tests use free ports. */
    public record Ports(int gateway, int property, int allocation, int maintenance, int supervision, int postgres, int kafka, int kafkaController) {
        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 8083, 8084, 15432, 19092, 19093);
        }

        /** Each port with what listens on it, in the order the stack starts them. */
        Map<Integer, String> named() {
            Map<Integer, String> named = new LinkedHashMap<>();
            named.put(postgres, "PostgreSQL");
            named.put(kafka, "Kafka");
            named.put(kafkaController, "the Kafka controller");
            named.put(property, "property-service");
            named.put(allocation, "allocation-service");
            named.put(maintenance, "maintenance-service");
            named.put(supervision, "supervision-service");
            named.put(gateway, "the gateway");
            return named;
        }
    }

    public static final List<String> SERVICES = List.of("property", "allocation", "maintenance", "supervision");

    private final Path root;
    private final Path data;
    private final Ports ports;
    private final Progress progress;
    private final List<ManagedProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private ManagedProcess broker;

    /** A stack that reports nothing on the console (the system tests); its logs are under {@code data/logs/}. */
    public LocalStack(Path root, Path data, Ports ports) {
        this(root, data, ports, Progress.SILENT);
    }

    LocalStack(Path root, Path data, Ports ports, Progress progress) {
        this.root = root.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
        this.ports = ports;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        boolean reset = List.of(args).contains("--reset");
        Path root = Path.of(System.getProperty("onenetwork.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".local-stack");
        if (reset) {
            deleteRecursively(data);
        }
        boolean empty = !Files.exists(data.resolve("postgres"));
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        // Before anything logs: the launcher's own libraries (the embedded PostgreSQL's driver, Kafka's storage tool) go to a file.
        LauncherLogging.toFile(logs.resolve("local-stack.log"));
        long started = System.nanoTime();
        Progress progress = new Progress(System.out, root);
        progress.line("Starting the one-network platform" + (empty ? " with empty data" : "") + "; logs in "
                + Progress.shown(logs, root));
        List<String> busy = busyPorts(Ports.defaults());
        if (!busy.isEmpty()) {
            busy.forEach(port -> progress.failed(port, null));
            progress.line("  Another local stack may be running; stop it (Ctrl-C in its terminal) and start again.");
            System.exit(1);
        }
        LocalStack stack = new LocalStack(root, data, Ports.defaults(), progress);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local stack…");
            stack.close();
            System.out.println("Stopped.");
        }));
        try {
            stack.start();
            long loading = System.nanoTime();
            DemoData.load(stack.gatewayUrl());
            progress.ready("Demo data of 兴庆区 loaded", "as of " + LocalDate.now(ZoneId.of("Asia/Shanghai")), Duration.ofNanos(System.nanoTime() - loading));
        } catch (StartupFailure e) {
            LauncherLogging.failure(e);
            // A component that failed before writing its log (PostgreSQL's binaries not unpacked, say): the launcher's log has it.
            progress.failed(e.reason(), Files.isRegularFile(e.log()) && Files.size(e.log()) > 0 ? e.log() : logs.resolve("local-stack.log"));
            System.exit(1);
        } catch (Exception e) {
            LauncherLogging.failure(e);
            progress.failed(e.getMessage(), logs);
            System.exit(1);
        }
        System.out.printf("%nThe one-network platform is up (%.1f s).%n", (System.nanoTime() - started) / 1e9);
        DemoData.printWelcome(stack);
        Thread.currentThread().join();
    }

    /** The ports of the stack that something on this machine listens on already, each as a sentence. */
    static List<String> busyPorts(Ports ports) {
        List<String> busy = new ArrayList<>();
        ports.named().forEach((port, what) -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
                busy.add("port " + port + " (" + what + ") is in use already");
            } catch (IOException e) {
                // free
            }
        });
        return busy;
    }

    public void start() {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startPostgres();
        SERVICES.forEach(postgres::ensureDatabase);
        startKafka();
        services.add(service("property", ports.property(), Map.of()));
        services.add(service("allocation", ports.allocation(), Map.of()));
        services.add(service("maintenance", ports.maintenance(), Map.of()));
        services.add(service("supervision", ports.supervision(), Map.of()));
        services.add(gateway());
        long started = System.nanoTime();
        services.forEach(ManagedProcess::start);
        awaitReady(services, started);
    }

    /** Starts the broker (formatting its log directory the first time) and waits until it accepts connections. */
    public void startKafka() {
        long started = System.nanoTime();
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
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS", "kafka.Kafka", config.toString()),
                Map.of(), log("kafka")).start();
        awaitPort("Kafka", ports.kafka(), Duration.ofSeconds(60));
        progress.ready("Kafka " + AppInfoParser.getVersion(), "ready on " + kafkaBootstrap(), Duration.ofNanos(System.nanoTime() - started));
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

    /** Starts PostgreSQL on its port with the data it had (initialized the first time). */
    public void startPostgres() {
        long started = System.nanoTime();
        try {
            postgres = PostgresServer.start(data.resolve("postgres"), ports.postgres(), log("postgres"));
        } catch (RuntimeException e) {
            throw new StartupFailure("PostgreSQL did not start: " + rootCause(e), log("postgres"), e);
        }
        progress.ready("PostgreSQL " + postgres.serverVersion(), "ready on 127.0.0.1:" + postgres.port(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The log file of a component: {@code postgres}, {@code kafka}, {@code property-service}, …, {@code gateway}. */
    public Path log(String component) {
        return data.resolve("logs").resolve(component + ".log");
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
        env.put("ONENETWORK_SUPERVISION_URL", "http://127.0.0.1:" + ports.supervision());
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
        return new ManagedProcess(name, command, env, log(displayName(name)));
    }

    /** {@code property-service} for the service {@code property}; the gateway is {@code gateway}. */
    static String displayName(String process) {
        return SERVICES.contains(process) ? process + "-service" : process;
    }

    private int port(ManagedProcess process) {
        return switch (process.name()) {
            case "property" -> ports.property();
            case "allocation" -> ports.allocation();
            case "maintenance" -> ports.maintenance();
            case "supervision" -> ports.supervision();
            default -> ports.gateway();
        };
    }

    /** Waits until every process answers ready, reporting each as it does; the first that exits or stays unready fails the start. */
    private void awaitReady(List<ManagedProcess> processes, long started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<ManagedProcess> waiting = new ArrayList<>(processes);
        long deadline = started + Duration.ofSeconds(120).toNanos();
        while (!waiting.isEmpty()) {
            for (ManagedProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw new StartupFailure(displayName(process.name()) + " exited with code " + process.exitCode() + " while starting", process.log(), null);
                }
                if (ready(http, port(process))) {
                    waiting.remove(process);
                    progress.ready(displayName(process.name()), "ready on http://127.0.0.1:" + port(process), Duration.ofNanos(System.nanoTime() - started));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ManagedProcess late = waiting.get(0);
                throw new StartupFailure(displayName(late.name()) + " was not ready within 120 s", late.log(), null);
            }
            pause();
        }
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitPort(String name, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (broker != null && !broker.isAlive()) {
                throw new StartupFailure(name + " exited with code " + broker.exitCode() + " while starting", broker.log(), null);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                pause();
            }
        }
        throw new StartupFailure(name + " did not listen on " + port + " within " + timeout.toSeconds() + " s", broker.log(), null);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The message of the deepest cause, which names what went wrong. */
    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
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
