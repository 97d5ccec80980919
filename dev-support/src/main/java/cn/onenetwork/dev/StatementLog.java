package cn.onenetwork.dev;

import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * The SQL a service under test has prepared, recorded by its statement inspector, so that a test can count the statements
 * reading a table: a page of a list must read each kind of detail in one query, not one per item.
 */
public final class StatementLog {

    private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

    private StatementLog() {
    }

    public static void record(String sql) {
        STATEMENTS.add(sql.toLowerCase(Locale.ROOT));
    }

    public static void reset() {
        STATEMENTS.clear();
    }

    /** The statements since the last reset that select from the table. */
    public static long selectsFrom(String table) {
        Pattern from = Pattern.compile("\\bfrom " + Pattern.quote(table.toLowerCase(Locale.ROOT)) + "\\b");
        return STATEMENTS.stream().filter(sql -> sql.startsWith("select") && from.matcher(sql).find()).count();
    }
}
