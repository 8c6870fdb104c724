package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell's edges in a real terminal: leaving, System.exit, an unfinishable line, what Tab offers. */
class TerminalEdgesTest {

    @TempDir
    Path dir;

    private TmuxTerminal shell(Map<String, String> environment) {
        TmuxTerminal terminal = TmuxTerminal.start(dir, environment, "--url", "sqlite:///" + dir.resolve("test.sqlite"));
        terminal.waitForStart();
        return terminal;
    }

    private TmuxTerminal shell() {
        return shell(Map.of("ORMSHELL_HISTORY", dir.resolve("history").toString()));
    }

    @Test
    void leavingAfterAFailedSnippetEndsWithStatusZeroAndTheHistoryIsKeptInHome() {
        try (TmuxTerminal terminal = shell(Map.of("HOME", dir.toString()))) {
            terminal.enter("undefinedThing + 1");
            terminal.waitFor("error: cannot find symbol");
            terminal.enter("/exit");
            terminal.waitFor(TmuxTerminal.EXITED + " status=0");
        }
        assertTrue(Files.exists(dir.resolve(".ormshell_history")), "the history belongs in $HOME");
    }

    @Test
    void tabAfterDbSessionOffersOnlyTheUsersApi() {
        try (TmuxTerminal terminal = shell()) {
            terminal.type("db.session.");
            terminal.press("Tab");
            String screen = terminal.waitFor("hasUncommittedChanges()");
            assertTrue(screen.contains("commit()") && screen.contains("addAll("), screen);
            for (String internal : List.of("releaseConnection", "withConnection", "recoverIfBroken", "discardAfterStop",
                    "forQuery", "setSandbox")) {
                assertFalse(screen.contains(internal), internal + " offered:\n" + screen);
            }
        }
    }

    @Test
    void systemExitAtThePromptOrInAnOpenedScriptLeavesAsExitDoes() throws IOException {
        Files.writeString(dir.resolve("bye.jsh"), """
                System.out.println("before " + "exit");
                System.exit(5);
                System.out.println("not " + "reached");
                """);
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("db.createAll(); db.session.add(new Role(\"Kept\"))");
            terminal.waitForPrompt();
            terminal.enter("System.exit(0)");
            String asked = terminal.waitFor("There are uncommitted changes");
            assertTrue(asked.contains("System.exit(0)"), asked);
            terminal.enter("c");
            terminal.waitForPrompt();
            terminal.enter("20 + 22");
            terminal.waitFor("\n42\n");

            terminal.enter("/open " + dir.resolve("bye.jsh"));
            terminal.waitFor("before exit");
            terminal.waitUntil(s -> s.split("There are uncommitted changes", -1).length == 3, "the question again");
            terminal.enter("y");
            String left = terminal.waitFor(TmuxTerminal.EXITED + " status=0");
            assertTrue(left.contains("Committed."), left);
            assertFalse(left.contains("not reached"), left);
        }
        assertEquals("Kept", ShellProcess.sqlite3(dir.resolve("test.sqlite"), "select group_concat(name) from roles"));
    }

    @Test
    void aLineThatCannotBeFinishedIsAnErrorAtOnce() {
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("User x = new User(\"a\" ;");
            terminal.waitFor("error: ')'"); // then "expected" (javac 17) or "or ',' expected" (javac 25)
            terminal.waitForPrompt();
            terminal.enter("1 + 1");
            terminal.waitFor("\n2\n");
        }
    }
}
