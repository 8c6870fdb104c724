package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** stamp, repair and the offline SQL of upgrade and downgrade on each database, checked with its own client. */
class VersionCommandsTest {

    static final List<Class<?>> MODEL = TeamEntities.V1;

    @TempDir
    Path dir;

    /** Three hand-written migrations that run on every database. */
    static MigrationBench threeMigrations(TestDatabase.Kind kind, Path dir) throws Exception {
        MigrationBench bench = MigrationBench.create(kind, dir);
        bench.write(1, "notes", "CREATE TABLE notes (id INTEGER NOT NULL${identity}, body VARCHAR(100), PRIMARY KEY (id));\n",
                "DROP TABLE notes;\n");
        bench.write(2, "tags", "CREATE TABLE tags (id INTEGER NOT NULL${identity}, name VARCHAR(40), PRIMARY KEY (id));\n",
                "DROP TABLE tags;\n");
        bench.write(3, "seed", "INSERT INTO notes (body) VALUES ('seed');\n", "DELETE FROM notes WHERE body = 'seed';\n");
        return bench;
    }

    static List<String> history(MigrationBench bench) {
        return bench.query("SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank");
    }

    private static List<String> tables(MigrationBench bench) {
        return bench.database.tables().stream().filter(t -> !t.equals("flyway_schema_history")).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void stampAnyVersionEitherWayThenDowngrade(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = threeMigrations(kind, dir)) {
            bench.run(MODEL, m -> m.upgrade(null));
            bench.run(MODEL, m -> m.stamp("1"));
            assertEquals(List.of("1"), history(bench));
            assertEquals(List.of("The database is now marked as at version 3 (seed)."), bench.run(MODEL, m -> m.stamp("3")).lines());
            assertEquals(List.of("1", "2", "3"), history(bench));
            bench.run(MODEL, m -> m.stamp("0"));
            assertEquals(List.of(), history(bench));
            bench.run(MODEL, m -> m.stamp("3"));
            assertEquals(List.of("1", "2", "3"), history(bench));
            assertEquals(List.of("notes", "tags"), tables(bench), "stamping runs nothing");
            assertEquals(List.of("seed"), bench.query("SELECT body FROM notes"));

            MigrationResult.Downgraded down = bench.run(MODEL, m -> m.downgrade(null));
            assertEquals(List.of("Running downgrade 3 -> 2, seed (U3__seed.sql)", "The database is now at version 2 (tags)."), down.lines());
            assertEquals(List.of(), bench.query("SELECT body FROM notes"));
            bench.run(MODEL, m -> m.downgrade("0"));
            assertEquals(List.of(), tables(bench));
            assertEquals(List.of(), history(bench));
            bench.run(MODEL, m -> m.upgrade(null));
            assertEquals(List.of("seed"), bench.query("SELECT body FROM notes"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repairRealignsEditedFilesAndRemovesFailedRows(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = threeMigrations(kind, dir)) {
            bench.run(MODEL, m -> m.upgrade(null));
            Files.writeString(bench.migrations.resolve("V1__notes.sql"), "-- reviewed  \n", StandardOpenOption.APPEND);
            MigrationException changed = assertThrows(MigrationException.class, () -> bench.run(MODEL, m -> m.downgrade(null)));
            assertTrue(changed.getMessage().startsWith("V1__notes.sql was changed after it was applied")
                    && changed.getMessage().contains("db repair"), changed.getMessage());
            assertEquals(List.of("seed"), bench.query("SELECT body FROM notes"), "no undo ran against a changed history");

            bench.write(4, "four", "INSERT INTO notes (body) VALUES ('four');\n", "DELETE FROM notes WHERE body = 'four';\n");
            bench.query("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (4, '4', 'four', 'SQL', 'V4__four.sql', 0, 'x', 0, FALSE)");
            assertEquals(List.of("Realigned the checksum of version 1 (notes) with V1__notes.sql.", "Removed the failed row of version 4 (four)."),
                    bench.run(MODEL, Migrations::repair).lines());
            bench.run(MODEL, m -> m.upgrade(null));
            assertEquals(List.of("1", "2", "3", "4"), history(bench));
            assertEquals(List.of("four", "seed"), bench.query("SELECT body FROM notes ORDER BY body"));
            bench.run(MODEL, m -> m.downgrade("2"));
            assertEquals(List.of(), bench.query("SELECT body FROM notes"));
            assertEquals(List.of("1", "2"), history(bench));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void offlineSqlRunsInTheDatabasesOwnClientAndMatchesFlyway(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = threeMigrations(kind, dir)) {
            String upgrade = bench.run(MODEL, m -> m.upgradeSql(null)).sql();
            assertTrue(upgrade.contains("CREATE TABLE flyway_schema_history") && upgrade.contains("-- V3__seed.sql"), upgrade);
            assertEquals(List.of(), bench.database.tables(), "nothing was run, not even the history table made");
            bench.query("\n" + upgrade);
            assertEquals(List.of("1", "2", "3"), history(bench));
            assertEquals(List.of("seed"), bench.query("SELECT body FROM notes"));
            assertEquals("3 (seed)", bench.run(MODEL, Migrations::current).version());
            assertTrue(bench.run(MODEL, m -> m.upgrade(null)).steps().isEmpty(), "Flyway sees its own bookkeeping, checksums included");

            String downgrade = bench.run(MODEL, m -> m.downgradeSql("1")).sql();
            assertEquals(List.of("1", "2", "3"), history(bench));
            bench.query("\n" + downgrade);
            assertEquals(List.of("1"), history(bench));
            assertEquals(List.of("notes"), tables(bench));
            assertEquals(List.of(), bench.query("SELECT body FROM notes"));
            bench.run(MODEL, m -> m.upgrade(null));
            assertEquals(List.of("1", "2", "3"), history(bench));
        }
    }
}
