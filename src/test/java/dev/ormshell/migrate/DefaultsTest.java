package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @ColumnDefault} is part of the model: written, compared, kept through rebuilds, and needed for NOT NULL on rows. */
class DefaultsTest {

    @TempDir
    Path dir;

    private static MigrationBench withTeams(TestDatabase.Kind kind, Path dir) {
        MigrationBench bench = MigrationBench.create(kind, dir);
        bench.run(TeamEntities.V1, m -> m.migrate("initial migration"));
        bench.run(TeamEntities.V1, m -> m.upgrade(null));
        bench.query("INSERT INTO teams (name) VALUES ('red'), ('blue')");
        bench.query("INSERT INTO members (name, team_id) VALUES ('ann', 1), ('bob', 2)");
        return bench;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void newColumnsWithDefaultsFillTheRowsAndStayCompared(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = withTeams(kind, dir)) {
            MigrationResult.Generated generated = bench.run(DefaultEntities.WITH_DEFAULTS, m -> m.migrate("ranks"));
            assertTrue(generated.detected().contains("Detected added column 'teams.rank'"), generated.detected().toString());
            bench.run(DefaultEntities.WITH_DEFAULTS, m -> m.upgrade(null));
            assertEquals(List.of("1|red|0|active", "2|blue|0|active"), bench.query("SELECT id, name, rank, status FROM teams ORDER BY id"));
            assertEquals(List.of(), bench.run(DefaultEntities.WITH_DEFAULTS, Migrations::check).differences(),
                    "the defaults the database reports are the model's");

            bench.query("INSERT INTO teams (name) VALUES ('green')");
            bench.run(DefaultEntities.WIDER, m -> m.migrate("wider names"));
            bench.run(DefaultEntities.WIDER, m -> m.upgrade(null));
            bench.query("INSERT INTO teams (name) VALUES ('black')");
            assertEquals(List.of("green|0|active", "black|0|active"),
                    bench.query("SELECT name, rank, status FROM teams WHERE id > 2 ORDER BY id"), "defaults kept through a rebuild");
            assertEquals(List.of(), bench.run(DefaultEntities.WIDER, Migrations::check).differences());

            bench.run(DefaultEntities.WIDER, m -> m.downgrade("1"));
            assertEquals(List.of("1|red", "2|blue", "3|green", "4|black"), bench.query("SELECT id, name FROM teams ORDER BY id"));
            assertEquals(List.of("ann|red", "bob|blue"),
                    bench.query("SELECT m.name, t.name FROM members m JOIN teams t ON t.id = m.team_id ORDER BY m.name"));
            assertEquals(List.of(), bench.run(TeamEntities.V1, Migrations::check).differences());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void notNullColumnWithoutDefaultIsRefusedOnATableWithRows(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = withTeams(kind, dir)) {
            MigrationException refused = assertThrows(MigrationException.class,
                    () -> bench.run(DefaultEntities.NO_DEFAULT, m -> m.migrate("levels")));
            assertEquals("Cannot add the NOT NULL column 'teams.level' without a default: table teams has rows."
                    + " Give it a default (@ColumnDefault(\"0\")) or let it be null, or write the migration by hand"
                    + " (db revision -m \"...\"). Nothing was written", refused.getMessage());
            assertFalse(Files.exists(bench.migrations.resolve("V2__levels.sql")));
            assertEquals(List.of("red", "blue"), bench.query("SELECT name FROM teams ORDER BY id"));
        }
    }
}
