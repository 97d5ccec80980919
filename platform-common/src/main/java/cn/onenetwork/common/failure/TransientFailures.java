package cn.onenetwork.common.failure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Locale;

/**
 * Tells a failure of the service's own infrastructure (database unreachable or restarting, connection refused or
 * dropped, timeouts, serialization failures, deadlocks) from a failure caused by the request or record itself. The
 * first kind passes by itself: an HTTP caller gets 503 and retries, an inbox consumer keeps the record and retries;
 * only the second kind is the caller's error or a poison record.
 */
public final class TransientFailures {

    /**
     * SQLSTATE classes and codes that say "try again later": 08 connection exception, 53 insufficient resources,
     * 57P01–57P03 administrator/crash shutdown and "cannot connect now", 40001 serialization failure, 40P01 deadlock,
     * 55P03 lock not available.
     */
    private static final List<String> STATE_PREFIXES = List.of("08", "53", "57P", "40001", "40P01", "55P03");

    private TransientFailures() {
    }

    /** The innermost cause, which names what actually failed. */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The root cause as "Type: message", for logs and health data. */
    public static String rootMessage(Throwable failure) {
        Throwable root = root(failure);
        return root == null ? "unknown" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && STATE_PREFIXES.stream().anyMatch(state::startsWith)) {
                    return true;
                }
                // The connection pool times out waiting for a connection it cannot open; it sets no SQLSTATE.
                if (state == null && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
