package cn.onenetwork.dev;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a @QuarkusTest a real PostgreSQL database and a real Kafka broker, started once per test JVM
 * and stopped when it exits, on the platform clock set to {@link TestDay}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }

    static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        PostgresServer db = postgres();
        db.ensureDatabase("service");
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl("service"),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "postgres",
                "onenetwork.kafka.bootstrap-servers", kafka().bootstrapServers(),
                "onenetwork.clock.day", TestDay.TODAY.toString());
    }

    @Override
    public void stop() {
        // Shared for the whole JVM: stopped by the shutdown hooks.
    }
}
