package cn.onenetwork.common.bulk;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Writes many rows with PostgreSQL's COPY protocol, on the connection of the caller's transaction: bulk imports
 * (and the outbox events they publish) are all or nothing like any other write, at the speed of COPY.
 */
public final class CopyIn {

    private CopyIn() {
    }

    /** @param rows values in the order of {@code columns}; null is SQL NULL */
    public static void rows(EntityManager entityManager, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL; a field that is empty or holds a delimiter, quote or line break is quoted. */
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value instanceof Enum<?> e ? e.name() : value.toString();
        if (!text.isEmpty() && text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            csv.append(text);
            return;
        }
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }
}
