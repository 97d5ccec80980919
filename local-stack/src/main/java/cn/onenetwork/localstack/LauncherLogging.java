package cn.onenetwork.localstack;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The launcher's own logging (zonky's embedded PostgreSQL, Kafka's storage tool, which prints its whole configuration)
 * goes to a file, not the console. The launcher logs through slf4j-simple, which takes its settings from system
 * properties once, when the first logger is made: {@link #toFile} must run before anything logs. A property given on the
 * command line ({@code -Dorg.slf4j.simpleLogger.logFile=System.err}) wins.
 */
final class LauncherLogging {

    static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private LauncherLogging() {
    }

    static void toFile(Path file) {
        setIfAbsent(LOG_FILE, file.toAbsolutePath().toString());
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    }

    /** The failure with its stack trace, in the launcher's log; the console shows one line. */
    static void failure(Throwable e) {
        LoggerFactory.getLogger(LocalStack.class).error("The local stack did not start", e);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
