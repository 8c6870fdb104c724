package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A change SQLite can only make by rebuilding a table must not lose rows elsewhere (a child
 * table's ON DELETE CASCADE) nor what the model does not describe (CHECKs, triggers, views,
 * indexes on expressions), as SQLite's own procedure for such changes prescribes.
 */
class RebuildKeepsDataTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void widenedParentKeepsTheChildRowsOfACascadingForeignKey(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = MigrationBench.create(kind, dir)) {
            bench.write(1, "clubs", ClubEntities.V1_SQL, ClubEntities.V1_UNDO);
            bench.run(ClubEntities.V1, m -> m.upgrade(null));
            bench.query("INSERT INTO clubs (name) VALUES ('red'), ('blue')");
            bench.query("INSERT INTO players (name, club_id) VALUES ('ann', 1), ('bob', 1), ('cy', 2)");

            MigrationResult.Generated wider = bench.run(ClubEntities.WIDER_NAME, m -> m.migrate("wider names"));
            assertTrue(wider.detected().toString().contains("VARCHAR(80)"), wider.detected().toString());
            bench.run(ClubEntities.WIDER_NAME, m -> m.upgrade(null));
            assertPlayersKept(bench);

            bench.run(ClubEntities.WIDER_NAME, m -> m.downgrade(null));
            assertPlayersKept(bench);
            bench.run(ClubEntities.WIDER_NAME, m -> m.upgrade(null));
            assertPlayersKept(bench);
            // sqlite3 leaves foreign keys off unless told.
            bench.query((kind == TestDatabase.Kind.SQLITE ? "PRAGMA foreign_keys = ON; " : "") + "DELETE FROM clubs WHERE name = 'blue'");
            assertEquals(List.of("ann", "bob"), bench.query("SELECT name FROM players ORDER BY name"),
                    "the cascade itself is still there");
        }
    }

    private static void assertPlayersKept(MigrationBench bench) {
        assertEquals(List.of("ann|red", "bob|red", "cy|blue"),
                bench.query("SELECT p.name, c.name FROM players p JOIN clubs c ON c.id = p.club_id ORDER BY p.name"));
        if (bench.kind() == TestDatabase.Kind.SQLITE) {
            assertEquals(List.of(), bench.query("PRAGMA foreign_key_check"));
        }
    }

    @Test
    void sqliteMigrationLeavingRowsPointingNowhereFailsAndChangesNothing() throws Exception {
        try (MigrationBench bench = MigrationBench.create(TestDatabase.Kind.SQLITE, dir)) {
            bench.write(1, "clubs", ClubEntities.V1_SQL, ClubEntities.V1_UNDO);
            bench.write(2, "drop red", "UPDATE clubs SET name = name || '!';\nDELETE FROM clubs WHERE id = 1;\n", "");
            bench.run(ClubEntities.V1, m -> m.upgrade("1"));
            bench.query("INSERT INTO clubs (name) VALUES ('red'), ('blue')");
            bench.query("INSERT INTO players (name, club_id) VALUES ('ann', 1), ('bob', 1), ('cy', 2)");
            try (Database open = Database.open(DatabaseUrl.parse(bench.database.url()), ClubEntities.V1)) {
                MigrationException failed = assertThrows(MigrationException.class,
                        () -> new Migrations(open, bench.migrations).upgrade(null));
                assertEquals("V2__drop_red.sql failed: foreign key check failed: row 1 of players refers to a row of clubs"
                        + " that does not exist. The database stays at version 1 (clubs)", failed.getMessage());
                try (Connection connection = open.dataSource().getConnection(); Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
                    assertTrue(rs.next() && rs.getInt(1) == 1, "the pool's connections have foreign keys on again");
                }
            }
            assertEquals(List.of("1|red", "2|blue"), bench.query("SELECT id, name FROM clubs ORDER BY id"));
            assertEquals(List.of("3"), bench.query("SELECT count(*) FROM players"));
            assertEquals(List.of("1|1"), bench.query("SELECT version, success FROM flyway_schema_history"));
        }
    }

    private static final String HAND_MADE = """
            CREATE TRIGGER clubs_no_blank BEFORE INSERT ON clubs WHEN NEW.name = '' BEGIN SELECT RAISE(ABORT, 'blank name'); END;
            CREATE VIEW club_sizes AS SELECT c.name, count(p.id) AS players FROM clubs c LEFT JOIN players p ON p.club_id = c.id GROUP BY c.name;
            CREATE INDEX ix_clubs_lower_name ON clubs (lower(name));
            """;

    @Test
    void sqliteRebuildKeepsChecksTriggersViewsAndExpressionIndexes() throws Exception {
        try (MigrationBench bench = MigrationBench.create(TestDatabase.Kind.SQLITE, dir)) {
            String checked = ClubEntities.V1_SQL.replace("name VARCHAR(64),\n    PRIMARY KEY (id),\n    UNIQUE",
                    "name VARCHAR(64) CHECK (length(name) < 60),\n    PRIMARY KEY (id),\n    UNIQUE");
            assertTrue(checked.contains("CHECK"));
            bench.write(1, "clubs", checked + HAND_MADE, "DROP VIEW club_sizes;\n" + ClubEntities.V1_UNDO);
            bench.run(ClubEntities.V1, m -> m.upgrade(null));
            bench.query("INSERT INTO clubs (name) VALUES ('red'), ('blue')");
            bench.query("INSERT INTO players (name, club_id) VALUES ('ann', 1), ('bob', 1), ('cy', 2)");

            bench.run(ClubEntities.WIDER_NAME, m -> m.migrate("wider names"));
            bench.run(ClubEntities.WIDER_NAME, m -> m.upgrade(null));
            assertHandMadeKept(bench);
            assertTrue(String.join("\n", bench.query("SELECT sql FROM sqlite_master WHERE name = 'clubs'")).contains("VARCHAR(80)"));

            bench.run(ClubEntities.WIDER_NAME, m -> m.downgrade(null));
            assertHandMadeKept(bench);
            assertTrue(String.join("\n", bench.query("SELECT sql FROM sqlite_master WHERE name = 'clubs'")).contains("VARCHAR(64)"));
            assertEquals(List.of(), bench.run(ClubEntities.V1, Migrations::check).differences(), "the hand-made parts are not differences");
        }
    }

    private static void assertHandMadeKept(MigrationBench bench) {
        assertEquals(List.of("blue|1", "red|2"), bench.query("SELECT name, players FROM club_sizes ORDER BY name"));
        assertEquals(List.of("clubs_no_blank", "ix_clubs_lower_name"),
                bench.query("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index') AND tbl_name = 'clubs' AND sql IS NOT NULL ORDER BY name"));
        AssertionError blank = assertThrows(AssertionError.class, () -> bench.query("INSERT INTO clubs (name) VALUES ('')"));
        assertTrue(blank.getMessage().contains("blank name"), blank.getMessage());
        AssertionError tooLong = assertThrows(AssertionError.class,
                () -> bench.query("INSERT INTO clubs (name) VALUES ('" + "x".repeat(70) + "')"));
        assertTrue(tooLong.getMessage().contains("CHECK constraint failed"), tooLong.getMessage());
        assertEquals(List.of("ann|red", "bob|red", "cy|blue"),
                bench.query("SELECT p.name, c.name FROM players p JOIN clubs c ON c.id = p.club_id ORDER BY p.name"));
    }

    @Test
    void sqliteRebuildThatWouldLoseAHandMadeCheckIsRefusedBeforeAnyFile() throws Exception {
        try (MigrationBench bench = MigrationBench.create(TestDatabase.Kind.SQLITE, dir)) {
            String collated = ClubEntities.V1_SQL.replace("name VARCHAR(64),\n    PRIMARY KEY (id),\n    UNIQUE",
                    "name VARCHAR(64) COLLATE NOCASE,\n    PRIMARY KEY (id),\n    UNIQUE");
            bench.write(1, "clubs", collated, ClubEntities.V1_UNDO);
            bench.run(ClubEntities.V1, m -> m.upgrade(null));
            bench.query("INSERT INTO clubs (name) VALUES ('red')");
            MigrationException refused = assertThrows(MigrationException.class,
                    () -> bench.run(ClubEntities.WIDER_NAME, m -> m.migrate("wider names")));
            assertTrue(refused.getMessage().contains("COLLATE NOCASE") && refused.getMessage().contains("clubs"), refused.getMessage());
            assertFalse(Files.exists(bench.migrations.resolve("V2__wider_names.sql")));
            assertEquals(List.of("red"), bench.query("SELECT name FROM clubs"));
        }
    }
}
