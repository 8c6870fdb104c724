package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A narrowing type change never cuts a value: it fails with the database's own error when one does not fit. */
class NarrowingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void undoingAWideningFailsRatherThanCutAValue(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = MigrationBench.create(kind, dir)) {
            bench.write(1, "clubs", ClubEntities.V1_SQL, ClubEntities.V1_UNDO);
            bench.run(ClubEntities.V1, m -> m.upgrade(null));
            bench.run(ClubEntities.WIDER_NAME, m -> m.migrate("wider names"));
            bench.run(ClubEntities.WIDER_NAME, m -> m.upgrade(null));
            String longName = "x".repeat(75);
            bench.query("INSERT INTO clubs (name) VALUES ('short'), ('" + longName + "')");

            if (kind == TestDatabase.Kind.SQLITE) {
                // SQLite keeps any length in a VARCHAR(64): the value fits, and stays whole.
                bench.run(ClubEntities.WIDER_NAME, m -> m.downgrade(null));
                assertEquals(List.of("1"), bench.query("SELECT max(version) FROM flyway_schema_history"));
            } else {
                MigrationException failed = assertThrows(MigrationException.class,
                        () -> bench.run(ClubEntities.WIDER_NAME, m -> m.downgrade(null)));
                String message = failed.getMessage();
                assertTrue(message.startsWith("U2__wider_names.sql failed: ") && message.matches(".*(value too long|Data truncated).*")
                        && message.contains("The database stays at version 2 (wider names)"), message);
                assertEquals(List.of("2"), bench.query("SELECT max(version) FROM flyway_schema_history"));
            }
            assertEquals(List.of("5|short", "75|" + longName), bench.query(
                    "SELECT " + (kind == TestDatabase.Kind.MARIADB ? "char_length" : "length") + "(name), name FROM clubs ORDER BY 1"));
        }
    }
}
