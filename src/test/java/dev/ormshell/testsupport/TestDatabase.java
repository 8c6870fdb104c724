package dev.ormshell.testsupport;

import java.nio.file.Path;
import java.util.List;

/**
 * A database of its own for one test, of any kind the shell supports, and another client to
 * look at it with: the sqlite3, psql or mysql command line. Server databases come from
 * {@link ServerDatabases} (unique name, dropped at close, a dead server fails the test).
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final Path sqliteFile;
    private final ServerDatabases server;

    private TestDatabase(Kind kind, Path sqliteFile, ServerDatabases server) {
        this.kind = kind;
        this.sqliteFile = sqliteFile;
        this.server = server;
    }

    public static TestDatabase create(Kind kind, Path dir) {
        return switch (kind) {
            case SQLITE -> new TestDatabase(kind, dir.resolve("data.sqlite"), null);
            case POSTGRESQL -> new TestDatabase(kind, null, ServerDatabases.create(ServerDatabases.Server.POSTGRESQL));
            case MARIADB -> new TestDatabase(kind, null, ServerDatabases.create(ServerDatabases.Server.MARIADB));
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The URL in the chapter's format. */
    public String url() {
        return kind == Kind.SQLITE ? "sqlite:///" + sqliteFile : server.url();
    }

    /** Rows of a query as another client sees them, one a line, columns joined by '|'. */
    public List<String> query(String sql) {
        String output = kind == Kind.SQLITE ? ShellProcess.sqlite3(sqliteFile, sql) : server.query(sql);
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The tables as the database lists them, by name. */
    public List<String> tables() {
        return query(switch (kind) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            case POSTGRESQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1";
            case MARIADB -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' ORDER BY 1";
        });
    }

    /** The sequences, by name (SQLite has none). */
    public List<String> sequences() {
        return switch (kind) {
            case SQLITE -> List.of();
            case POSTGRESQL -> query("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1");
            case MARIADB -> query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'SEQUENCE' ORDER BY 1");
        };
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
