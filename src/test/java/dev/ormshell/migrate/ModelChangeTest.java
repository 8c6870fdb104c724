package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model change end to end on each database: migrate, upgrade, put rows in, downgrade, upgrade
 * again. The rows are checked with the database's own command-line client after every step.
 */
class ModelChangeTest {

    @TempDir
    Path dir;

    private <T extends MigrationResult> T run(TestDatabase database, List<Class<?>> model, Function<Migrations, T> command) {
        try (Database open = Database.open(DatabaseUrl.parse(database.url()), model)) {
            return command.apply(new Migrations(open, dir.resolve("migrations")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void addedColumnsKeepTheRowsThroughUpgradeAndDowngrade(TestDatabase.Kind kind) throws Exception {
        Migrations.init(dir.resolve("migrations"));
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            run(database, TeamEntities.V1, m -> m.migrate("initial migration"));
            run(database, TeamEntities.V1, m -> m.upgrade(null));
            database.query("INSERT INTO teams (name) VALUES ('red'), ('blue')");
            database.query("INSERT INTO members (name, team_id) VALUES ('ann', 1), ('bob', 2)");

            MigrationResult.Generated generated = run(database, TeamEntities.V2, m -> m.migrate("add codes and emails"));
            assertTrue(generated.detected().contains("Detected added column 'teams.code'"), generated.detected().toString());
            assertTrue(generated.detected().contains("Detected added column 'members.email'"), generated.detected().toString());
            String upgradeSql = Files.readString(dir.resolve("migrations/V2__add_codes_and_emails.sql"));
            if (kind == TestDatabase.Kind.SQLITE) {
                assertTrue(upgradeSql.contains("CREATE TABLE _ormshell_old_teams AS SELECT * FROM teams"), upgradeSql);
            }

            run(database, TeamEntities.V2, m -> m.upgrade(null));
            assertRowsIntact(database);
            database.query("UPDATE teams SET code = 'R' WHERE name = 'red'");
            database.query("INSERT INTO teams (name, code) VALUES ('green', 'G')");
            assertTrue(run(database, TeamEntities.V2, Migrations::check).succeeded());

            run(database, TeamEntities.V2, m -> m.downgrade(null));
            assertRowsIntact(database);
            assertEquals(List.of("blue", "green", "red"), database.query("SELECT name FROM teams ORDER BY name"));
            MigrationResult.Checked check = run(database, TeamEntities.V1, Migrations::check);
            assertEquals(List.of("V2__add_codes_and_emails.sql"), check.pending(), "version 2 is pending again");
            assertEquals(List.of(), check.differences(), "after the downgrade the schema is model version 1's, nothing else differs");

            run(database, TeamEntities.V2, m -> m.upgrade(null));
            assertRowsIntact(database);
            database.query("INSERT INTO teams (name, code) VALUES ('black', 'B')");
            assertEquals(List.of("4|black|B"), database.query("SELECT id, name, code FROM teams WHERE name = 'black'"),
                    "new ids continue after the kept ones");
            assertTrue(run(database, TeamEntities.V2, Migrations::check).succeeded());
        }
    }

    private static void assertRowsIntact(TestDatabase database) {
        assertEquals(List.of("1|red", "2|blue"), database.query("SELECT id, name FROM teams WHERE id <= 2 ORDER BY id"));
        assertEquals(List.of("ann|red", "bob|blue"), database.query(
                "SELECT m.name, t.name FROM members m JOIN teams t ON t.id = m.team_id ORDER BY m.name"));
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            assertEquals(List.of(), database.query("PRAGMA foreign_key_check"));
        }
    }
}
