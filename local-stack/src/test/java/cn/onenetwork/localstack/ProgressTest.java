package cn.onenetwork.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void aReadyLineNamesTheComponentWhereItListensAndHowLongItTook() {
        assertEquals("  ✓ PostgreSQL 15.18 ready on 127.0.0.1:15432 (2.1 s)",
                Progress.readyLine("PostgreSQL 15.18", "ready on 127.0.0.1:15432", Duration.ofMillis(2_140)));
    }

    @Test
    void secondsAreWrittenWithAPointWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.0 s", Progress.seconds(Duration.ofMillis(11_980)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFailureNamesTheLogRelativeToWhereTheStackWasStarted(@TempDir Path root) throws Exception {
        Path log = root.resolve(".local-stack/logs/property-service.log");
        assertEquals("  ✗ property-service exited with code 1 while starting; see .local-stack/logs/property-service.log",
                Progress.failedLine("property-service exited with code 1 while starting", log, root));
        Path logs = Files.createDirectories(root.resolve(".local-stack/logs"));
        assertEquals("  ✗ demo data failed; see .local-stack/logs/", Progress.failedLine("demo data failed", logs, root));
        Path elsewhere = Path.of("/var/tmp/x.log");
        assertEquals("  ✗ x; see /var/tmp/x.log", Progress.failedLine("x", elsewhere, root));
    }

    @Test
    void aFailureStaysOnOneConsoleLine() {
        String line = Progress.failedLine("demo data: POST /api/v1/rooms answered 500:\n{\n  \"title\": \"" + "x".repeat(400) + "\"\n}", null, Path.of(""));
        assertTrue(!line.contains("\n") && line.length() <= 4 + 300, line);
        assertTrue(line.startsWith("  ✗ demo data: POST /api/v1/rooms answered 500: { \"title\""), line);
    }

    @Test
    void theSilentProgressPrintsNothingAndAConsoleOneALinePerCall() {
        Progress.SILENT.ready("Kafka", "ready", Duration.ZERO);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress console = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Path.of(""));
        console.ready("Kafka 4.1.2", "ready on 127.0.0.1:19092", Duration.ofMillis(3_050));
        console.failed("gateway was not ready within 120 s", null);
        assertEquals("  ✓ Kafka 4.1.2 ready on 127.0.0.1:19092 (3.1 s)" + System.lineSeparator()
                + "  ✗ gateway was not ready within 120 s" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
