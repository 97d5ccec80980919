package cn.onenetwork.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What the local stack tells the person who started it: one line per component as it becomes ready, and for a failure
 * the error with the log that explains it. Everything else (PostgreSQL, Kafka, the services, the launcher's own
 * libraries) writes to the files under the data directory's {@code logs/}.
 */
final class Progress {

    /** For callers that start the stack without a console of their own (the system tests). */
    static final Progress SILENT = new Progress(null, Path.of(""));

    private final PrintStream out;
    private final Path base;

    /** @param base paths under it are shown relative to it, as the person typed them (the repository root) */
    Progress(PrintStream out, Path base) {
        this.out = out;
        this.base = base.toAbsolutePath().normalize();
    }

    void ready(String component, String detail, Duration took) {
        print(readyLine(component, detail, took));
    }

    void failed(String message, Path log) {
        print(failedLine(message, log, base));
    }

    void line(String text) {
        print(text);
    }

    private void print(String line) {
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }

    /** {@code ✓ PostgreSQL 15.18 ready on 127.0.0.1:15432 (2.1 s)}. */
    static String readyLine(String component, String detail, Duration took) {
        return "  ✓ " + component + (detail == null || detail.isBlank() ? "" : " " + detail) + " (" + seconds(took) + ")";
    }

    /** {@code ✗ property-service exited with code 1 while starting; see .local-stack/logs/property-service.log}. */
    static String failedLine(String message, Path log, Path base) {
        String text = oneLine(message);
        return "  ✗ " + text + (log == null ? "" : "; see " + shown(log, base));
    }

    /** A duration as people read it: {@code 2.1 s}, whatever the machine's locale. */
    static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    /** The path relative to the base when it lies under it (a directory with a trailing slash), else as it is. */
    static String shown(Path path, Path base) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        String text = absolute.startsWith(root) && !absolute.equals(root) ? root.relativize(absolute).toString() : absolute.toString();
        return java.nio.file.Files.isDirectory(absolute) ? text + "/" : text;
    }

    /** A message on one console line: line breaks folded, at most 300 characters. */
    static String oneLine(String message) {
        String text = message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ").strip();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
