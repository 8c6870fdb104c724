package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renamed column through the real entry point: asked in a terminal (./shell.sh db migrate, and
 * /db migrate in the shell), given with --rename in a script, and unanswered. The database's
 * users.login stands for an attribute the entities now call username.
 */
class DbMigrateRenameTest {

    @TempDir
    Path dir;

    @BeforeEach
    void usersWithLogin() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Path shipped = Path.of(System.getProperty("user.dir"), "migrations");
        for (String file : List.of("V1__initial_migration.sql", "U1__initial_migration.sql")) {
            Files.copy(shipped.resolve(file), migrations.resolve(file));
        }
        assertEquals(0, ShellProcess.db(dir, "upgrade").exitCode());
        sqlite("ALTER TABLE users RENAME COLUMN username TO login; INSERT INTO roles (name) VALUES ('Admin');"
                + " INSERT INTO users (login, role_id) VALUES ('john', 1), ('susan', 1)");
    }

    private List<String> sqlite(String sql) {
        return TestDatabase.create(TestDatabase.Kind.SQLITE, dir).query(sql);
    }

    /** The rename written keeps the data (migrate/RenameTest goes down and up again on every database). */
    private void upgradedKeepsTheNames() {
        Result upgrade = ShellProcess.db(dir, "upgrade");
        assertEquals(0, upgrade.exitCode(), upgrade.all());
        assertEquals(List.of("john", "susan"), sqlite("SELECT username FROM users ORDER BY id"));
    }

    @Test
    void theTerminalIsAskedAndAYesKeepsTheData() {
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of(), "db", "migrate", "-m", "username")) {
            terminal.waitFor("Did you rename users.login to users.username? [y/N]");
            terminal.enter("y");
            String screen = terminal.waitFor(TmuxTerminal.EXITED);
            assertTrue(screen.contains("Detected renamed column 'users.login' to 'users.username'"), screen);
        }
        upgradedKeepsTheNames();
    }

    @Test
    void theShellAsksThroughItsOwnInput() {
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of())) {
            terminal.waitForPrompt();
            terminal.enter("/db migrate -m username");
            terminal.waitFor("Did you rename users.login to users.username? [y/N]");
            terminal.enter("yes");
            terminal.waitFor("Generating ");
            assertTrue(terminal.screen().contains("Detected renamed column 'users.login' to 'users.username'"), terminal.screen());
            terminal.enter("/exit");
            terminal.waitFor(TmuxTerminal.EXITED);
        }
        upgradedKeepsTheNames();
    }

    @Test
    void scriptsSayItWithRenameAndOtherwiseAreWarned() throws Exception {
        Result unanswered = ShellProcess.db(dir, "migrate", "-m", "dropped");
        assertEquals(0, unanswered.exitCode(), unanswered.all());
        String warning = "The data of column users.login will be dropped (users.username is added): if it was renamed, delete"
                + " V2__dropped.sql and U2__dropped.sql and run db migrate again with --rename users.login=username";
        assertTrue(unanswered.out().contains(warning), unanswered.out());
        assertTrue(Files.readString(dir.resolve("migrations/V2__dropped.sql")).startsWith("-- " + warning + "\n"));
        Files.delete(dir.resolve("migrations/V2__dropped.sql"));
        Files.delete(dir.resolve("migrations/U2__dropped.sql"));

        Result given = ShellProcess.db(dir, "migrate", "-m", "username", "--rename", "users.login=username");
        assertEquals(0, given.exitCode(), given.all());
        assertTrue(given.out().contains("Detected renamed column 'users.login' to 'users.username'"), given.out());
        upgradedKeepsTheNames();

        Result wrong = ShellProcess.db(dir, "migrate", "-m", "again", "--rename", "users.nothing");
        assertEquals(1, wrong.exitCode());
        assertEquals("error: --rename users.nothing: write it as TABLE.COLUMN=NEW_NAME, e.g. --rename users.username=login",
                wrong.err().strip());
    }
}
