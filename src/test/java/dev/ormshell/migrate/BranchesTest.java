package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two developers each wrote a V2: the merged folder is refused in one line, db merge renumbers
 * the one the database did not apply, and the other developer's database finds its V2 under
 * its new number with db repair, then gets the first V2 out of order; downgrades undo what was
 * applied, last applied first, and never run the undo script of another migration.
 */
class BranchesTest {

    static final List<Class<?>> MODEL = TeamEntities.V1;

    @TempDir
    Path dir;

    private static MigrationBench developer(TestDatabase.Kind kind, Path dir, String table) throws Exception {
        MigrationBench bench = MigrationBench.create(kind, dir);
        bench.write(1, "notes", "CREATE TABLE notes (id INTEGER NOT NULL${identity}, PRIMARY KEY (id));\n", "DROP TABLE notes;\n");
        bench.write(2, table, "CREATE TABLE " + table + " (id INTEGER NOT NULL${identity}, PRIMARY KEY (id));\n", "DROP TABLE " + table + ";\n");
        bench.run(MODEL, m -> m.upgrade(null));
        return bench;
    }

    private static List<String> tables(MigrationBench bench) {
        return bench.database.tables().stream().filter(t -> !t.equals("flyway_schema_history")).toList();
    }

    private static List<String> history(MigrationBench bench) {
        return bench.query("SELECT version, description FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> old = Files.list(to)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoVersionTwosAreMergedAndBothDatabasesGetBoth(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench ann = developer(kind, Files.createDirectories(dir.resolve("ann")), "tags");
             MigrationBench bob = developer(kind, Files.createDirectories(dir.resolve("bob")), "labels")) {
            Files.copy(bob.migrations.resolve("V2__labels.sql"), ann.migrations.resolve("V2__labels.sql"));
            Files.copy(bob.migrations.resolve("U2__labels.sql"), ann.migrations.resolve("U2__labels.sql"));

            MigrationException twoHeads = assertThrows(MigrationException.class, () -> ann.run(MODEL, m -> m.upgrade(null)));
            assertTrue(twoHeads.getMessage().startsWith("Two migrations have version 2: V2__labels.sql and V2__tags.sql"),
                    twoHeads.getMessage());
            assertEquals(List.of("2 (labels) V2__labels.sql: pending", "2 (tags) V2__tags.sql: applied",
                    "Two migrations have version 2 (two branches): db merge gives V2__labels.sql the next free version"),
                    ann.run(MODEL, Migrations::heads).lines());
            assertEquals(List.of("Renamed V2__labels.sql to V3__labels.sql and U2__labels.sql to U3__labels.sql."),
                    ann.run(MODEL, Migrations::merge).lines());
            ann.run(MODEL, m -> m.upgrade(null));
            assertEquals(List.of("labels", "notes", "tags"), tables(ann));

            copyFolder(ann.migrations, bob.migrations);
            MigrationException moved = assertThrows(MigrationException.class, () -> bob.run(MODEL, m -> m.upgrade(null)));
            assertEquals("Version 2 in the history is 'labels', which is now V3__labels.sql (renumbered, as db merge does):"
                    + " db repair records it as version 3, then db upgrade applies what it missed", moved.getMessage());
            assertThrows(MigrationException.class, () -> bob.run(MODEL, m -> m.downgrade(null)), "U2__tags.sql is not labels' undo");
            assertEquals(List.of("labels", "notes"), tables(bob));

            assertEquals(List.of("Moved version 2 (labels) to version 3, as V3__labels.sql."), bob.run(MODEL, Migrations::repair).lines());
            MigrationResult.Upgraded upgraded = bob.run(MODEL, m -> m.upgrade(null));
            assertEquals(List.of("Running upgrade -> 2, tags (V2__tags.sql) out of order: the database had a later version",
                    "The database is now at version 3 (labels)."), upgraded.lines());
            assertEquals(List.of("1|notes", "3|labels", "2|tags"), history(bob));
            assertEquals(List.of("labels", "notes", "tags"), tables(bob));

            assertEquals(List.of("Running downgrade 2, tags (U2__tags.sql), applied out of order: the database stays at version 3",
                    "The database is now at version 3 (labels)."), bob.run(MODEL, m -> m.downgrade(null)).lines());
            assertEquals(List.of("labels", "notes"), tables(bob), "the last applied is undone first");
            bob.run(MODEL, m -> m.downgrade("1"));
            assertEquals(List.of("notes"), tables(bob));
            assertEquals(List.of("1|notes"), history(bob));
        }
    }
}
