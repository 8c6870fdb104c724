package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stamp, repair, show, heads, merge and the offline --sql of upgrade and downgrade through the
 * real entry point on SQLite, checked with sqlite3 (migrate/VersionCommandsTest runs them on
 * every database).
 */
class DbVersionCommandsTest {

    @TempDir
    Path dir;

    private Path migrations;

    @BeforeEach
    void threeMigrations() throws Exception {
        migrations = Files.createDirectories(dir.resolve("migrations"));
        write("V1__notes.sql", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100));\n");
        write("U1__notes.sql", "DROP TABLE notes;\n");
        write("V2__tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(40));\n");
        write("U2__tags.sql", "DROP TABLE tags;\n");
        write("V3__seed.sql", "INSERT INTO notes (body) VALUES ('seed');\n");
        write("U3__seed.sql", "DELETE FROM notes WHERE body = 'seed';\n");
    }

    private void write(String file, String sql) throws Exception {
        Files.writeString(migrations.resolve(file), sql);
    }

    private Result db(String... args) {
        return ShellProcess.db(dir, args);
    }

    private List<String> sqlite(String sql) {
        return TestDatabase.create(TestDatabase.Kind.SQLITE, dir).query(sql);
    }

    private List<String> history() {
        return sqlite("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank");
    }

    @Test
    void offlineSqlStampAndRepair() throws Exception {
        assertEquals(0, db("upgrade", "1").exitCode());
        Result sql = db("upgrade", "--sql");
        assertEquals(0, sql.exitCode(), sql.all());
        assertTrue(sql.out().contains("-- V2__tags.sql") && sql.out().contains("CREATE TABLE tags"), sql.out());
        assertEquals(List.of("1"), history(), "nothing ran");
        sqlite("\n" + sql.out()); // sqlite3 takes an argument that begins with - for an option
        assertEquals(List.of("1", "2", "3"), history());
        assertEquals(List.of("seed"), sqlite("SELECT body FROM notes"));

        Result undo = db("downgrade", "--sql", "1");
        assertEquals(0, undo.exitCode(), undo.all());
        assertEquals(List.of("1", "2", "3"), history(), "nothing ran");
        sqlite("\n" + undo.out());
        assertEquals(List.of("1"), history());
        assertEquals(List.of(), sqlite("SELECT name FROM sqlite_master WHERE name = 'tags'"));

        Result zero = db("stamp", "0");
        assertEquals(List.of("The database is now marked as at version 0 (no migration applied)."), zero.outLines(), zero.all());
        assertEquals(List.of(), history());
        Result up = db("stamp", "3");
        assertEquals(List.of("The database is now marked as at version 3 (seed)."), up.outLines(), up.all());
        assertEquals(List.of("1", "2", "3"), history());
        assertEquals(List.of(), sqlite("SELECT name FROM sqlite_master WHERE name = 'tags'"), "stamping runs nothing");

        Files.writeString(migrations.resolve("V1__notes.sql"), "-- reviewed   \n", StandardOpenOption.APPEND);
        Result repair = db("repair");
        assertEquals(List.of("Realigned the checksum of version 1 (notes) with V1__notes.sql."), repair.outLines(), repair.all());
        Result downgrade = db("downgrade");
        assertTrue(downgrade.out().contains("Running downgrade 3 -> 2, seed (U3__seed.sql)"), downgrade.all());
    }

    @Test
    void showAndHeads() throws Exception {
        assertEquals(0, db("upgrade", "2").exitCode());
        Result show = db("show", "2");
        assertEquals(0, show.exitCode(), show.all());
        assertTrue(show.outLines().get(0).startsWith("Version 2 (tags): applied on "), show.out());
        assertTrue(show.out().contains("V2__tags.sql (undo: U2__tags.sql)") && show.out().contains("CREATE TABLE tags"), show.out());
        write("V3__labels.sql", "CREATE TABLE labels (id INTEGER PRIMARY KEY);\n");
        write("U3__labels.sql", "DROP TABLE labels;\n");
        Result two = db("heads");
        assertEquals(List.of("3 (labels) V3__labels.sql: pending", "3 (seed) V3__seed.sql: pending",
                "Two migrations have version 3 (two branches): db merge gives V3__seed.sql the next free version"), two.outLines());
        Result blocked = db("upgrade");
        assertEquals(1, blocked.exitCode());
        assertEquals("error: Two migrations have version 3: V3__labels.sql and V3__seed.sql (written on two branches?)."
                + " db merge gives the one this database has not applied the next free version; db heads lists them",
                blocked.err().strip());
        Result merge = db("merge");
        assertEquals(List.of("Renamed V3__seed.sql to V4__seed.sql and U3__seed.sql to U4__seed.sql."), merge.outLines(), merge.all());
        assertEquals(0, db("upgrade").exitCode());
        assertEquals(List.of("1", "2", "3", "4"), history());
    }
}
