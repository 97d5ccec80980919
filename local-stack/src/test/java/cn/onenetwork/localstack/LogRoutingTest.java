package cn.onenetwork.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.dev.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded PostgreSQL says goes to its log file, not to the console. */
class LogRoutingTest {

    @Test
    void initdbAndTheServerWriteToThePostgresLogAndNotToTheConsole(@TempDir Path data) throws Exception {
        Path log = data.resolve("logs/postgres.log");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        try (PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), log)) {
            assertTrue(postgres.serverVersion().startsWith("15."), postgres.serverVersion());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String written = Files.readString(log);
        assertTrue(written.contains("Success. You can now start the database server"), written);
        assertTrue(written.contains("database system is ready to accept connections"), written);
        String shown = console.toString(StandardCharsets.UTF_8);
        assertFalse(shown.contains("creating subdirectories"), shown);
        assertFalse(shown.contains("ready to accept connections"), shown);
    }

    @Test
    void aPortSomethingListensOnIsNamedBeforeTheStackStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LocalStack.Ports ports = new LocalStack.Ports(port, FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                    FreePorts.next(), FreePorts.next(), FreePorts.next());
            assertEquals(List.of("port " + port + " (the gateway) is in use already"), LocalStack.busyPorts(ports));
        }
    }

    @Test
    void theLaunchersOwnLoggingGoesToTheFileUnlessTheCommandLineSaysOtherwise(@TempDir Path logs) {
        String before = System.getProperty(LauncherLogging.LOG_FILE);
        try {
            System.clearProperty(LauncherLogging.LOG_FILE);
            LauncherLogging.toFile(logs.resolve("local-stack.log"));
            assertEquals(logs.resolve("local-stack.log").toAbsolutePath().toString(), System.getProperty(LauncherLogging.LOG_FILE));
            System.setProperty(LauncherLogging.LOG_FILE, "System.err");
            LauncherLogging.toFile(logs.resolve("local-stack.log"));
            assertEquals("System.err", System.getProperty(LauncherLogging.LOG_FILE));
        } finally {
            if (before == null) {
                System.clearProperty(LauncherLogging.LOG_FILE);
            } else {
                System.setProperty(LauncherLogging.LOG_FILE, before);
            }
        }
    }
}
