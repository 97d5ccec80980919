package cn.onenetwork.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL server from the embedded binaries on Maven Central, on a loopback port. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server with a fresh data directory. */
    public static PostgresServer startTemporary() {
        return start(null, FreePorts.next());
    }

    /** A server whose data survives restarts in {@code dataDirectory}. */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, null);
    }

    /**
     * A server whose data survives restarts in {@code dataDirectory}; with a {@code log}, the output of initdb, pg_ctl
     * and the server is appended to that file instead of going through slf4j line by line.
     */
    public static PostgresServer start(Path dataDirectory, int port, Path log) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (log != null) {
                Files.createDirectories(log.toAbsolutePath().getParent());
                ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
                builder.setOutputRedirector(toLog).setErrorRedirector(toLog);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The server's version, e.g. {@code 15.18}. */
    public String serverVersion() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server version", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database when it does not exist yet. */
    public void ensureDatabase(String database) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "") + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
