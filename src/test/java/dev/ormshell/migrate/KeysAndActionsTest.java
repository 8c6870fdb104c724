package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A moved primary key and an ON DELETE action are compared and migrated both ways; what is not compared is said. */
class KeysAndActionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void primaryKeyMovesAndCascadeComesAndGoes(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = MigrationBench.create(kind, dir)) {
            bench.run(KeyEntities.V1, m -> m.migrate("countries"));
            bench.run(KeyEntities.V1, m -> m.upgrade(null));
            assertEquals(List.of(), bench.run(KeyEntities.V1, Migrations::check).differences());
            bench.query("INSERT INTO countries (code, iso3, status) VALUES ('FR', 'FRA', 'ACTIVE'), ('DE', 'DEU', 'ACTIVE')");
            bench.query("INSERT INTO cities (id, name, country) VALUES (1, 'Paris', 'FRA'), (2, 'Lyon', 'FRA'), (3, 'Bonn', 'DEU')");

            MigrationResult.Generated moved = bench.run(KeyEntities.V2, m -> m.migrate("iso3 key"));
            assertTrue(moved.detected().contains("Detected primary key (code) changed to (iso3) on 'countries'"), moved.detected().toString());
            assertTrue(moved.detected().stream().anyMatch(d -> d.contains("ON DELETE CASCADE")), moved.detected().toString());
            assertTrue(String.join("\n", moved.notCompared()).contains("CHECK constraints"), moved.notCompared().toString());
            bench.run(KeyEntities.V2, m -> m.upgrade(null));
            assertEquals(List.of(), bench.run(KeyEntities.V2, Migrations::check).differences());
            assertEquals(List.of("DEU|DE", "FRA|FR"), bench.query("SELECT iso3, code FROM countries ORDER BY iso3"));
            bench.query((kind == TestDatabase.Kind.SQLITE ? "PRAGMA foreign_keys = ON; " : "") + "DELETE FROM countries WHERE iso3 = 'DEU'");
            assertEquals(List.of("Lyon", "Paris"), bench.query("SELECT name FROM cities ORDER BY name"), "the cities went with it");

            bench.run(KeyEntities.V2, m -> m.downgrade(null));
            assertEquals(List.of(), bench.run(KeyEntities.V1, Migrations::check).differences());
            assertEquals(List.of("FR|FRA"), bench.query("SELECT code, iso3 FROM countries"));
            assertEquals(List.of("Lyon", "Paris"), bench.query("SELECT name FROM cities ORDER BY name"));
        }
    }
}
