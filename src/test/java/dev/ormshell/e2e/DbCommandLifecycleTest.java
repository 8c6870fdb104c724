package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision, history, current, downgrade, stamp, targets, a failing migration, a changed one, and
 * concurrent upgrades, through the real entry point on SQLite.
 */
class DbCommandLifecycleTest {

    @TempDir
    Path dir;

    private Path migrations;

    @BeforeEach
    void shippedInitialMigration() throws Exception {
        migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Path shipped = Path.of(System.getProperty("user.dir"), "migrations");
        for (String file : List.of("V1__initial_migration.sql", "U1__initial_migration.sql")) {
            Files.copy(shipped.resolve(file), migrations.resolve(file));
        }
    }

    private Result db(String... args) {
        return ShellProcess.db(dir, args);
    }

    private List<String> sqlite(String sql) {
        return TestDatabase.create(TestDatabase.Kind.SQLITE, dir).query(sql);
    }

    /** A hand-written migration pair, as db revision leaves it to be filled in. */
    private void revision(int version, String message, String upgrade, String undo) throws Exception {
        Result result = db("revision", "-m", message);
        assertEquals(0, result.exitCode(), result.all());
        String slug = message.replace(' ', '_');
        Path up = migrations.resolve("V" + version + "__" + slug + ".sql");
        Path down = migrations.resolve("U" + version + "__" + slug + ".sql");
        assertTrue(Files.readString(up).contains("-- " + message), "revision writes a commented pair");
        Files.writeString(up, upgrade, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(down, undo, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void upgradeDowngradeHistoryCurrentAndTargets() throws Exception {
        revision(2, "seed roles", "INSERT INTO roles (name) VALUES ('Admin');\n", "DELETE FROM roles WHERE name = 'Admin';\n");
        revision(3, "add notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n", "DROP TABLE notes;\n");

        Result toTwo = db("upgrade", "2");
        assertEquals(0, toTwo.exitCode(), toTwo.all());
        assertEquals(List.of("Admin"), sqlite("SELECT name FROM roles"));
        assertTrue(db("current").out().contains("2 (seed roles) - pending: 1"));

        assertEquals(0, db("upgrade").exitCode());
        Result history = db("history");
        assertTrue(history.out().lines().anyMatch(l -> l.startsWith("3 ") && l.contains("applied") && l.contains("U3__add_notes.sql")),
                history.out());
        assertTrue(db("current").out().contains("3 (add notes) (head)"));
        assertTrue(db("upgrade").out().contains("up to date at version 3"));

        Result down = db("downgrade");
        assertEquals(0, down.exitCode(), down.all());
        assertTrue(down.out().contains("Running downgrade 3 -> 2, add notes"), down.out());
        assertEquals(List.of(), sqlite("SELECT name FROM sqlite_master WHERE name = 'notes'"));
        assertEquals(List.of("1", "2"), sqlite("SELECT version FROM flyway_schema_history ORDER BY installed_rank"));

        Result toZero = db("downgrade", "0");
        assertEquals(0, toZero.exitCode(), toZero.all());
        assertEquals(List.of("flyway_schema_history"), sqlite("SELECT name FROM sqlite_master WHERE type = 'table'"));
        assertTrue(db("history").out().lines().filter(l -> l.contains("pending")).count() == 3);

        Result badTarget = db("upgrade", "9");
        assertEquals(1, badTarget.exitCode());
        assertEquals("error: There is no version 9 in migrations (db history lists them)", badTarget.err().strip());
        assertEquals(0, db("upgrade").exitCode());
        Result wrongWay = db("upgrade", "1");
        assertEquals(1, wrongWay.exitCode());
        assertTrue(wrongWay.err().contains("use db downgrade 1"), wrongWay.err());
    }

    @Test
    void downgradeWithoutUndoScriptChangesNothing() throws Exception {
        revision(2, "add notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n", "DROP TABLE notes;\n");
        assertEquals(0, db("upgrade").exitCode());
        Files.delete(migrations.resolve("U2__add_notes.sql"));
        Result down = db("downgrade", "0");
        assertEquals(1, down.exitCode());
        assertTrue(down.err().contains("no undo script U2__*.sql"), down.err());
        assertEquals(List.of("1", "2"), sqlite("SELECT version FROM flyway_schema_history ORDER BY 1"));
        assertEquals(List.of("notes"), sqlite("SELECT name FROM sqlite_master WHERE name = 'notes'"));
    }

    @Test
    void stampMarksADatabaseMadeByCreateAll() throws Exception {
        Files.writeString(dir.resolve("create.jsh"), "db.createAll();\ndb.session.add(new Role(\"Admin\"));\ndb.session.commit();\n");
        assertEquals(0, ShellProcess.run(dir, "", "run", "create.jsh").exitCode());
        Result upgrade = db("upgrade");
        assertEquals(1, upgrade.exitCode());
        assertTrue(upgrade.err().contains("db stamp VERSION"), upgrade.err());

        Result stamp = db("stamp", "1");
        assertEquals(0, stamp.exitCode(), stamp.all());
        Result current = db("current");
        assertTrue(current.out().contains("1 (stamped) (head)"), current.out());
        List<String> history = db("history").out().lines().filter(l -> l.startsWith("1 ")).toList();
        assertEquals(1, history.size(), "one line for the stamped version: " + history);
        assertTrue(history.get(0).contains("initial migration") && history.get(0).contains("stamped"), history.get(0));
        assertEquals(0, db("check").exitCode());
        assertEquals(List.of("Admin"), sqlite("SELECT name FROM roles"));
    }

    @Test
    void failingMigrationStopsAtThePreviousVersion() throws Exception {
        revision(2, "add notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n", "DROP TABLE notes;\n");
        revision(3, "broken", "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n", "DROP TABLE half;\n");
        Result upgrade = db("upgrade");
        assertEquals(1, upgrade.exitCode());
        assertEquals(List.of("error: V3__broken.sql failed: no such table: nowhere. The migrations before it were applied: the database is now at version 2 (add notes)"),
                upgrade.err().lines().toList());
        assertEquals(List.of("notes"), sqlite("SELECT name FROM sqlite_master WHERE name IN ('notes', 'half')"));
        assertEquals(List.of("1|1", "2|1"), sqlite("SELECT version, success FROM flyway_schema_history ORDER BY 1"));
    }

    @Test
    void changedAppliedMigrationIsReportedWithWhatToDo() throws Exception {
        assertEquals(0, db("upgrade").exitCode());
        Files.writeString(migrations.resolve("V1__initial_migration.sql"), "-- edited\n", java.nio.file.StandardOpenOption.APPEND);
        for (String command : List.of("upgrade", "migrate", "check")) {
            Result result = command.equals("migrate") ? db("migrate", "-m", "x") : db(command);
            assertEquals(1, result.exitCode(), command);
            String error = result.err().strip();
            assertTrue(error.startsWith("error: V1__initial_migration.sql was changed after it was applied (checksum mismatch)")
                    && error.contains("git checkout") && error.lines().count() == 1, error);
        }
    }

    @Test
    void concurrentUpgradesApplyEachMigrationOnce() throws Exception {
        revision(2, "add notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n", "DROP TABLE notes;\n");
        revision(3, "seed roles", "INSERT INTO roles (name) VALUES ('Admin');\n", "DELETE FROM roles;\n");
        List<ShellProcess> running = List.of(
                ShellProcess.start(dir, "", "db", "upgrade"), ShellProcess.start(dir, "", "db", "upgrade"),
                ShellProcess.start(dir, "", "db", "upgrade"));
        for (ShellProcess process : running) {
            Result result = process.finish();
            assertEquals(0, result.exitCode(), result.all());
        }
        assertEquals(List.of("1|1", "2|1", "3|1"), sqlite("SELECT version, success FROM flyway_schema_history ORDER BY 1"));
        assertEquals(List.of("Admin"), sqlite("SELECT name FROM roles"));
    }

    @Test
    void replRunsTheSameCommands() throws Exception {
        String script = "/db upgrade\n/db current\nRole.query.count()\n/db downgrade\n/db check\n";
        Result result = ShellProcess.run(dir, script);
        assertEquals(1, result.exitCode(), "a failing /db check fails the script");
        assertTrue(result.out().contains("Running upgrade -> 1, initial migration"), result.out());
        assertTrue(result.out().contains("1 (initial migration) (head)"), result.out());
        assertTrue(result.out().contains("Running downgrade 1 -> 0"), result.out());
        assertTrue(result.out().contains("Detected added table 'roles'"), result.out());
        assertTrue(result.err().contains("<stdin>:5: error:"), result.err());
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        Result noCommand = db();
        assertEquals(2, noCommand.exitCode());
        Result noMessage = db("migrate");
        assertEquals(2, noMessage.exitCode());
        assertTrue(noMessage.err().contains("Missing required option: '--message=MESSAGE'"), noMessage.err());
        Result badVersion = db("stamp", "abc");
        assertEquals(1, badVersion.exitCode());
        assertEquals("error: 'abc' is not a version: give a number such as 2 (db history lists them)", badVersion.err().strip());
        Result memory = db("upgrade", "--url", "sqlite://");
        assertEquals(1, memory.exitCode());
        assertTrue(memory.err().strip().startsWith("error: Migrations need a database that outlives the shell"), memory.err());
        assertEquals(List.of(), sqlite("SELECT name FROM sqlite_master"));
    }
}
