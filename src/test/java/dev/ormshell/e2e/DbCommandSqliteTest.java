package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code db} command through the real entry point on SQLite, checked with the sqlite3 CLI. */
class DbCommandSqliteTest {

    /** The chapter's schema, as SQLAlchemy's create_all writes it. */
    static final List<String> CHAPTER_SCHEMA = List.of(
            "CREATE TABLE roles (",
            "    id INTEGER NOT NULL,",
            "    name VARCHAR(64),",
            "    PRIMARY KEY (id),",
            "    UNIQUE (name)",
            ");",
            "CREATE TABLE users (",
            "    id INTEGER NOT NULL,",
            "    username VARCHAR(64),",
            "    role_id INTEGER,",
            "    PRIMARY KEY (id),",
            "    CONSTRAINT fk_users_role_id_roles FOREIGN KEY(role_id) REFERENCES roles (id)",
            ");",
            "CREATE UNIQUE INDEX ix_users_username ON users (username);");

    @TempDir
    Path dir;

    private Result db(String... args) {
        return ShellProcess.db(dir, args);
    }

    private List<String> sqlite(String sql) {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            return database.query(sql);
        }
    }

    @Test
    void chapterWorkflowVerbatim() throws Exception {
        assertEquals(0, db("init").exitCode());
        Files.deleteIfExists(dir.resolve("data.sqlite"));
        Result first = db("upgrade");
        assertEquals(0, first.exitCode(), first.all());
        Result migrate = db("migrate", "-m", "initial migration");
        assertEquals(0, migrate.exitCode(), migrate.all());
        assertTrue(migrate.out().contains("""
                Detected added table 'roles'
                Detected added table 'users'
                Detected added index 'ix_users_username' on 'username'
                """), migrate.out());
        assertTrue(Files.exists(dir.resolve("migrations/V1__initial_migration.sql")));
        assertTrue(Files.exists(dir.resolve("migrations/U1__initial_migration.sql")));
        Result upgrade = db("upgrade");
        assertEquals(0, upgrade.exitCode(), upgrade.all());
        assertTrue(upgrade.out().contains("Running upgrade -> 1, initial migration"), upgrade.out());
        assertEquals(CHAPTER_SCHEMA, schemaOf("roles", "users"));
        assertEquals(List.of("1|initial migration|1"), sqlite("SELECT version, description, success FROM flyway_schema_history"));

        Result again = db("migrate", "-m", "nothing new");
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.out().contains("No changes in schema detected."), again.out());
        assertFalse(Files.exists(dir.resolve("migrations/V2__nothing_new.sql")));
        assertEquals(0, db("check").exitCode());
    }

    private List<String> schemaOf(String... tables) {
        return sqlite("SELECT sql || ';' FROM sqlite_master WHERE tbl_name IN ('" + String.join("','", tables)
                + "') AND sql IS NOT NULL ORDER BY type = 'index', name").stream()
                .flatMap(s -> s.lines()).toList();
    }

    @Test
    void shippedInitialMigrationYieldsTheEntitySchema() throws Exception {
        Path shipped = Path.of(System.getProperty("user.dir"), "migrations");
        Result upgrade = db("upgrade", "--migrations", shipped.toString());
        assertEquals(0, upgrade.exitCode(), upgrade.all());
        assertEquals(CHAPTER_SCHEMA, schemaOf("roles", "users"));
        assertEquals(0, db("check", "--migrations", shipped.toString()).exitCode());

        // What db.createAll() makes is the same schema.
        Files.writeString(dir.resolve("create.jsh"), "db.createAll();\n");
        Result created = ShellProcess.run(dir, "", "run", "--url", "sqlite:///created.sqlite", "create.jsh");
        assertEquals(0, created.exitCode(), created.all());
        List<String> viaCreateAll = new TestDatabaseFile(dir.resolve("created.sqlite")).schema("roles", "users");
        assertEquals(CHAPTER_SCHEMA, viaCreateAll);

        // The shipped files are exactly what db migrate writes today.
        assertEquals(0, db("init", "--migrations", "fresh").exitCode());
        Result regenerated = db("migrate", "-m", "initial migration", "--migrations", "fresh", "--url", "sqlite:///fresh.sqlite");
        assertEquals(0, regenerated.exitCode(), regenerated.all());
        for (String file : List.of("V1__initial_migration.sql", "U1__initial_migration.sql", "README.md")) {
            assertEquals(Files.readString(shipped.resolve(file)), Files.readString(dir.resolve("fresh").resolve(file)), file);
        }
    }

    /** sqlite3 on another file than the test's data.sqlite. */
    private record TestDatabaseFile(Path file) {
        List<String> schema(String... tables) throws Exception {
            Process p = new ProcessBuilder("sqlite3", file.toString(), "SELECT sql || ';' FROM sqlite_master WHERE tbl_name IN ('"
                    + String.join("','", tables) + "') AND sql IS NOT NULL ORDER BY type = 'index', name").start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out.lines().toList();
        }
    }
}
