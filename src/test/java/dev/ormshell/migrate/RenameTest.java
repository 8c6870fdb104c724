package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A renamed attribute keeps its column's data when the user says it was a rename; without an answer the file says what is lost. */
class RenameTest {

    @TempDir
    Path dir;

    private static MigrationBench withAccounts(TestDatabase.Kind kind, Path dir) {
        MigrationBench bench = MigrationBench.create(kind, dir);
        bench.run(RenameEntities.V1, m -> m.migrate("accounts"));
        bench.run(RenameEntities.V1, m -> m.upgrade(null));
        bench.query("INSERT INTO accounts (username, email) VALUES ('ann', 'ann@example.com'), ('bob', 'bob@example.com')");
        return bench;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRenameGivenOnTheCommandLineKeepsTheDataAndItsConstraints(TestDatabase.Kind kind) throws Exception {
        try (MigrationBench bench = withAccounts(kind, dir)) {
            Renames renames = Renames.of(List.of("accounts.username=login"), question -> {
                throw new AssertionError("no question when --rename answers it: " + question);
            });
            MigrationResult.Generated renamed = bench.run(RenameEntities.RENAMED, m -> m.migrate("login", renames));
            assertEquals(List.of("Detected renamed column 'accounts.username' to 'accounts.login'",
                    "Detected renamed index 'ix_accounts_username_email' to 'ix_accounts_login_email' on 'accounts'"), renamed.detected());
            bench.run(RenameEntities.RENAMED, m -> m.upgrade(null));
            assertEquals(List.of("ann|ann@example.com", "bob|bob@example.com"), bench.query("SELECT login, email FROM accounts ORDER BY id"));
            assertEquals(List.of(), bench.run(RenameEntities.RENAMED, Migrations::check).differences(),
                    "the unique constraint and the index were renamed with the column");
            assertThrows(AssertionError.class, () -> bench.query("INSERT INTO accounts (login) VALUES ('ann')"));

            bench.run(RenameEntities.RENAMED, m -> m.downgrade(null));
            assertEquals(List.of("ann", "bob"), bench.query("SELECT username FROM accounts ORDER BY id"));
            assertEquals(List.of(), bench.run(RenameEntities.V1, Migrations::check).differences());
            bench.run(RenameEntities.RENAMED, m -> m.upgrade(null));
            assertEquals(List.of("ann", "bob"), bench.query("SELECT login FROM accounts ORDER BY id"));
        }
    }

    @Test
    void theQuestionIsAskedWhenOneColumnGoesAndACompatibleOneComes() throws Exception {
        try (MigrationBench bench = withAccounts(TestDatabase.Kind.SQLITE, dir)) {
            List<String> asked = new ArrayList<>();
            Renames yes = Renames.of(List.of(), question -> {
                asked.add(question);
                return true;
            });
            bench.run(RenameEntities.RENAMED, m -> m.migrate("login", yes));
            assertEquals(List.of("Did you rename accounts.username to accounts.login? [y/N]"), asked);
            bench.run(RenameEntities.RENAMED, m -> m.upgrade(null));
            assertEquals(List.of("ann", "bob"), bench.query("SELECT login FROM accounts ORDER BY id"));
        }
    }

    @Test
    void withoutAnAnswerTheFileBeginsBySayingTheDataIsDropped() throws Exception {
        try (MigrationBench bench = withAccounts(TestDatabase.Kind.SQLITE, dir)) {
            MigrationResult.Generated dropped = bench.run(RenameEntities.RENAMED, m -> m.migrate("login", Renames.of(List.of(), q -> null)));
            String warning = "The data of column accounts.username will be dropped (accounts.login is added): if it was renamed,"
                    + " delete V2__login.sql and U2__login.sql and run db migrate again with --rename accounts.username=login";
            assertEquals(List.of(warning), dropped.warnings());
            assertTrue(bench.file("V2__login.sql").startsWith("-- " + warning + "\n"), bench.file("V2__login.sql"));
        }
    }

    @Test
    void aRenameThatMatchesNothingIsRefused() {
        try (MigrationBench bench = withAccounts(TestDatabase.Kind.SQLITE, dir)) {
            MigrationException wrong = assertThrows(MigrationException.class, () -> bench.run(RenameEntities.RENAMED,
                    m -> m.migrate("login", Renames.of(List.of("accounts.email=login"), q -> null))));
            assertEquals("--rename accounts.email=login: the entities keep accounts.email; a rename needs a column that goes"
                    + " and one that comes (here accounts.username goes, accounts.login comes). Nothing was written", wrong.getMessage());
            assertThrows(MigrationException.class, () -> Renames.of(List.of("username=login"), q -> null));
        }
    }
}
