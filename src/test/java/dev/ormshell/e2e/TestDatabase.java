package dev.ormshell.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own for one test, and another client to look at it with: the sqlite3,
 * psql or mysql command line. Server databases get a unique name and are dropped at close; an
 * unreachable server fails the test with what to start.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final String name;
    private final Path sqliteFile;

    private TestDatabase(Kind kind, String name, Path sqliteFile) {
        this.kind = kind;
        this.name = name;
        this.sqliteFile = sqliteFile;
    }

    public static TestDatabase create(Kind kind, Path dir) {
        if (kind == Kind.SQLITE) {
            return new TestDatabase(kind, null, dir.resolve("data.sqlite"));
        }
        String name = "ormshell_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase database = new TestDatabase(kind, name, null);
        database.admin("CREATE DATABASE " + name);
        return database;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL in the chapter's format. */
    public String url() {
        return switch (kind) {
            case SQLITE -> "sqlite:///" + sqliteFile;
            case POSTGRESQL -> "postgresql://postgres@127.0.0.1/" + name;
            case MARIADB -> "mysql://root@127.0.0.1/" + name;
        };
    }

    /** Rows of a query as another client sees them, columns joined by '|'. */
    public List<String> query(String sql) {
        return run(switch (kind) {
            case SQLITE -> List.of("sqlite3", sqliteFile.toString(), sql);
            case POSTGRESQL -> List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-At", "-F", "|",
                    "-v", "ON_ERROR_STOP=1", "-c", sql);
            case MARIADB -> List.of("mysql", "-h", "127.0.0.1", "-u", "root", "-N", "-B", name, "-e", sql);
        }).stream().map(line -> line.replace('\t', '|')).toList();
    }

    /** The model's tables as the database lists them. */
    public List<String> tables() {
        return query(switch (kind) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            case POSTGRESQL -> "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1";
            case MARIADB -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1";
        });
    }

    private void admin(String sql) {
        if (kind == Kind.POSTGRESQL) {
            run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql));
        } else {
            run(List.of("mysql", "-h", "127.0.0.1", "-u", "root", "-e", sql));
        }
    }

    private List<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(command.get(0) + " failed: " + output.strip() + unreachableHint(output));
            }
            List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n")));
            lines.removeIf(String::isBlank);
            return lines;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (is it installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String unreachableHint(String output) {
        boolean unreachable = output.contains("Connection refused") || output.contains("could not connect")
                || output.contains("Can't connect");
        if (!unreachable) {
            return "";
        }
        return kind == Kind.POSTGRESQL
                ? " -- PostgreSQL at 127.0.0.1:5432 is not reachable: start it (e.g. `service postgresql start`)"
                : " -- MariaDB at 127.0.0.1:3306 is not reachable: start it (e.g. `service mariadb start`)";
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else if (kind == Kind.MARIADB) {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }
}
