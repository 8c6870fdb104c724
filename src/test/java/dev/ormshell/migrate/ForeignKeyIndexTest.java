package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An index on a foreign-key column is compared like any other (MariaDB backs foreign keys with
 * indexes of its own), can be dropped again, and the undo of a dropped table makes it again
 * whole: its index, and timestamps with their fractional seconds.
 */
class ForeignKeyIndexTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void indexOnAForeignKeyColumnComesAndGoesAndADroppedTableComesBackWhole(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = MigrationBench.create(kind, dir)) {
            bench.run(EventEntities.PLAIN, m -> m.migrate("events"));
            bench.run(EventEntities.PLAIN, m -> m.upgrade(null));
            bench.query("INSERT INTO rooms (name) VALUES ('hall')");
            bench.query("INSERT INTO events (startsAt, room_id) VALUES ('2026-12-02 10:00:00.123456', 1)");

            MigrationResult.Generated indexed = bench.run(EventEntities.INDEXED, m -> m.migrate("index rooms"));
            assertEquals(List.of("Detected added index 'ix_events_room_id' on 'room_id'"), indexed.detected());
            bench.run(EventEntities.INDEXED, m -> m.upgrade(null));
            assertEquals(List.of(), bench.run(EventEntities.INDEXED, Migrations::check).differences(), "the index is seen");
            assertTrue(bench.run(EventEntities.INDEXED, m -> m.migrate("again")).files().isEmpty());

            bench.run(EventEntities.INDEXED, m -> m.downgrade(null));
            assertEquals(List.of(), bench.run(EventEntities.PLAIN, Migrations::check).differences());
            assertEquals(List.of("1|1"), bench.query("SELECT id, room_id FROM events"));
            bench.run(EventEntities.INDEXED, m -> m.upgrade(null));

            bench.run(EventEntities.ROOMS_ONLY, m -> m.migrate("no events"));
            bench.run(EventEntities.ROOMS_ONLY, m -> m.upgrade(null));
            assertTrue(bench.database.tables().stream().noneMatch(t -> t.equals("events")));
            bench.run(EventEntities.ROOMS_ONLY, m -> m.downgrade(null));
            assertEquals(List.of(), bench.run(EventEntities.INDEXED, Migrations::check).differences(), "made again whole");
            bench.query("INSERT INTO events (startsAt, room_id) VALUES ('2026-12-02 10:00:00.123456', 1)");
            assertEquals(List.of("2026-12-02 10:00:00.123456"), bench.query("SELECT startsAt FROM events"));
            assertEquals(List.of("hall"), bench.query("SELECT name FROM rooms"));
        }
    }
}
