package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long addAll shows a progress bar on the terminal's status line, gone when done; a script never shows one. */
class ProgressLineTest {

    private static final String MANY_USERS = "List<User> many = new ArrayList<>(); "
            + "for (int i = 0; i < 600_000; i++) many.add(new User(\"u\" + i, null));";

    @TempDir
    Path dir;

    @Test
    void aLongAddAllShowsRowsRateAndTimeLeftUntilItEnds() {
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("history").toString()),
                "--url", "sqlite:///" + dir.resolve("test.sqlite"))) {
            terminal.waitForPrompt();
            terminal.enter("db.createAll();");
            terminal.waitForPrompt();
            terminal.enter(MANY_USERS);
            terminal.waitForPrompt();
            terminal.enter("db.session.addAll(many); many.size()");
            String during = terminal.waitFor(" / 600,000 rows");
            String bar = during.lines().filter(line -> line.contains(" / 600,000 rows")).findFirst().orElseThrow();
            assertTrue(bar.startsWith("addAll  [") && bar.contains(" rows/s"), bar);
            String after = terminal.waitFor("600000");
            terminal.waitForPrompt();
            assertFalse(terminal.screen().contains("rows/s"), terminal.screen());
            assertTrue(after.contains("orm> db.session.addAll(many); many.size()"), after);
        }
    }

    @Test
    void aScriptShowsNoProgress() {
        ShellProcess.Result run = ShellProcess.run(dir, "db.createAll();\n" + MANY_USERS + "\ndb.session.addAll(many);\n"
                + "db.session.commit();\nUser.query.count()\n", "--url", "sqlite:///" + dir.resolve("test.sqlite"));
        assertTrue(run.out().strip().equals("600000"), run.all());
        assertFalse(run.all().contains("rows/s") || run.all().contains("\u001B["), run.all());
    }
}
