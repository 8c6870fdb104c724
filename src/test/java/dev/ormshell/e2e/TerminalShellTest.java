package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.bench.ScratchFolder;
import dev.ormshell.testsupport.ShellProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell in a real terminal (tmux): prompt, completion, Ctrl-C, history, echo, leaving. */
class TerminalShellTest {

    @TempDir
    Path dir;

    // The tests that leave the shell as they found it (nothing running, nothing uncommitted, the
    // shell still there) share one shell in a folder of its own, reset before each of them:
    // /echo off, /reset, a cleared screen. A shell that does not come back from that is closed
    // and a fresh one started, so one test's failure does not turn up in the next. The tests of
    // Ctrl-C on running snippets, of transactions, of leaving and of the history start their own.
    private static TmuxTerminal shared;
    private static Path sharedDir;
    private static String sharedStartScreen;

    private static TmuxTerminal sharedShell() throws IOException {
        if (shared != null) {
            try {
                shared.press("C-c"); // drops a line left half-typed
                shared.waitForPrompt();
                shared.enter("/echo off");
                shared.waitFor("SQL echo is off.");
                shared.enter("/reset");
                shared.waitFor("Reset: your variables are gone");
                shared.waitForPrompt();
                shared.clearScreen();
                return shared;
            } catch (AssertionError | RuntimeException broken) {
                closeShared();
            }
        }
        sharedDir = Files.createTempDirectory("ormshell-terminal-");
        shared = TmuxTerminal.start(sharedDir, Map.of("ORMSHELL_HISTORY", sharedDir.resolve("history").toString()),
                "--url", "sqlite:///" + sharedDir.resolve("test.sqlite"));
        sharedStartScreen = shared.waitForStart();
        return shared;
    }

    @AfterAll
    static void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
        if (sharedDir != null) {
            ScratchFolder.delete(sharedDir);
            sharedDir = null;
        }
    }

    private TmuxTerminal shell() {
        TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", history().toString()),
                "--url", "sqlite:///" + dir.resolve("test.sqlite"));
        terminal.waitForStart();
        return terminal;
    }

    private Path history() {
        return dir.resolve("history");
    }

    @Test
    void promptAppearsAndTabOffersFilterBy() throws IOException {
        TmuxTerminal terminal = sharedShell();
        assertTrue(sharedStartScreen.contains("ORM Shell on sqlite:"), sharedStartScreen);
        terminal.type("User.query.filt");
        terminal.press("Tab");
        terminal.waitFor("filterBy(");
        terminal.press("C-u");
        terminal.type("db.session.add(");
        terminal.press("BTab");
        terminal.waitFor("void DbSession.add(Object entity)");
    }

    @Test
    void inputIsColouredOnTheTerminal() throws IOException {
        TmuxTerminal terminal = sharedShell();
        terminal.type("/sql select 'x' from roles");
        terminal.waitFor("from roles");
        String coloured = terminal.screenWithColours();
        String line = coloured.lines().filter(l -> l.contains("roles") && l.contains("/sql")).findFirst().orElseThrow();
        assertTrue(line.contains("\u001B["), "no colours in: " + line);
        assertTrue(line.replaceAll("\u001B\\[[0-9;]*m", "").contains("orm> /sql select 'x' from roles"), line);
    }

    @Test
    void tabCompletesAttributeNamesInsideFilterBy() throws IOException {
        TmuxTerminal terminal = sharedShell();
        terminal.type("User.query.filterBy(\"usern");
        terminal.press("Tab");
        terminal.waitFor("User.query.filterBy(\"username");
    }

    @Test
    void ctrlCStopsASleepingSnippetAndKeepsTheVariables() {
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("int kept = 42");
            terminal.waitForPrompt();
            terminal.enter("Thread.sleep(600000)");
            terminal.waitFor("orm> Thread.sleep(600000)\n");
            String screen = terminal.interruptUntilPrompt();
            assertTrue(screen.contains("stopped (Ctrl-C)"), screen);
            terminal.enter("kept + 1");
            terminal.waitFor("\n43\n");
        }
    }

    @Test
    void ctrlCCancelsALongSqlQueryAndAQueryFromASnippet() {
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("String kept = \"still here\"");
            terminal.waitForPrompt();
            terminal.enter("/sql with recursive c(n) as (select 1 union all select n+1 from c) select count(*) from c");
            terminal.waitFor("select count(*) from c\n");
            assertTrue(terminal.interruptUntilPrompt().contains("query cancelled"), terminal.screen());

            terminal.enter("session.createNativeQuery(\"with recursive c(n) as (select 1 union all select n+1 from c)"
                    + " select count(*) from c\", Long.class).getSingleResult()");
            terminal.waitFor("getSingleResult()\n");
            assertTrue(terminal.interruptUntilPrompt().contains("stopped (Ctrl-C)"), terminal.screen());

            terminal.enter("kept.toUpperCase()");
            terminal.waitFor("\"STILL HERE\"");
            terminal.enter("/sql select 6 * 7 as answer");
            terminal.waitFor("42");
        }
    }

    @Test
    void ctrlCStopsASnippetThatCatchesItsCancelledQueryAndGoesOn() {
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("int tries = 0");
            terminal.waitForPrompt();
            // One Ctrl-C cancels the running query; this loop swallows that and starts another,
            // so the shell has to stop the snippet itself once its grace period is over.
            terminal.enter("while (true) { if (tries++ == 0) System.out.println(\"query \" + 1); try {"
                    + " session.createNativeQuery(\"with recursive c(n) as (select 1 union all select n+1 from c)"
                    + " select count(*) from c\", Long.class).getSingleResult(); } catch (RuntimeException e) { } }");
            terminal.waitFor("query 1"); // printed by the loop: the echoed line shows "query " + 1
            TmuxTerminal.pause(300);
            terminal.press("C-c");
            String screen = terminal.waitForPrompt();
            assertTrue(screen.contains("stopped (Ctrl-C)"), screen);

            terminal.enter("tries > 1");
            terminal.waitFor("true");
            terminal.enter("/sql select 6 * 7 as answer");
            terminal.waitFor("42");
        }
    }

    @Test
    void ctrlCOnASqlWriteThatEndsTheTransactionSaysSoAndTheNextRollbackStillWorks() {
        try (TmuxTerminal terminal = shell()) {
            flushAPendingRole(terminal);
            // An interrupted write makes SQLite roll back the whole transaction, savepoint and all.
            terminal.enter("/sql insert into roles (name) with recursive c(n) as (select 1 union all select n + 1 from c)"
                    + " select 'role ' || n from c");
            terminal.waitFor("from c\n");
            TmuxTerminal.pause(500);
            String screen = terminal.interruptUntilPrompt();
            assertTrue(screen.contains("changes since the last commit are gone"), screen);

            // The session is really in a transaction again: what it flushes now a rollback undoes.
            terminal.enter("db.session.add(new Role(\"After\")); db.session.flush(); db.session.rollback()");
            terminal.waitForPrompt();
            assertEquals("0", sqlite("select count(*) from roles"));
        }
    }

    @Test
    void aSnippetStoppedByForceKeepsItsTransactionUnlessItWrote() {
        try (TmuxTerminal terminal = shell()) {
            flushAPendingRole(terminal);
            // No statement runs when Ctrl-C comes, so the snippet is stopped at once, wherever it is.
            terminal.enter("Role.query.count(); for (int i = 0; ; i++) { if (i == 0) System.out.println(\"loop \" + 1); }");
            terminal.waitFor("loop 1"); // printed by the running loop; the echoed line shows "loop " + 1
            terminal.press("C-c");
            String onlyRead = terminal.waitForPrompt();
            assertTrue(onlyRead.contains("stopped (Ctrl-C)") && !onlyRead.contains("changes since the last commit are gone"), onlyRead);

            // It wrote before it was stopped: it may have been in the middle of that, so nothing of it is kept.
            terminal.enter("session.createNativeMutationQuery(\"insert into roles (name) values ('Half')\").executeUpdate();"
                    + " for (int i = 0; ; i++) { if (i == 0) System.out.println(\"loop \" + 2); }");
            terminal.waitFor("loop 2");
            terminal.press("C-c");
            String wrote = terminal.waitForPrompt();
            assertTrue(wrote.contains("changes since the last commit are gone"), wrote);

            terminal.enter("db.session.add(new Role(\"After\")); db.session.commit()");
            String committed = terminal.waitForPrompt();
            assertEquals("After", sqlite("select group_concat(name) from roles"), committed);
        }
    }

    private static void flushAPendingRole(TmuxTerminal terminal) {
        terminal.enter("db.createAll(); db.session.add(new Role(\"Pending\")); db.session.flush()");
        terminal.waitForPrompt();
    }

    @Test
    void ctrlCOnAnEmptyLineDoesNotExit() throws IOException {
        TmuxTerminal terminal = sharedShell();
        // At a person's pace: each Ctrl-C gets its fresh prompt before the next key.
        terminal.press("C-c");
        terminal.waitForPrompt();
        terminal.press("C-c");
        terminal.waitForPrompt();
        terminal.enter("20 + 22");
        terminal.waitFor("\n42\n");
        assertFalse(terminal.screen().contains(TmuxTerminal.EXITED));
    }

    @Test
    void historyPersistsAcrossRunsWithMode0600AndWithoutPasswords() throws IOException {
        try (TmuxTerminal first = shell()) {
            first.enter("String marker = \"history-marker-1\"");
            first.waitForPrompt();
            first.enter("String url = \"postgresql://bob:s3cret@db.example/app\"");
            first.waitForPrompt();
            first.enter("/exit");
            first.waitFor(TmuxTerminal.EXITED);
        }
        String saved = Files.readString(history(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("history-marker-1"), saved);
        assertTrue(saved.contains("postgresql://bob:***@db.example/app"), saved);
        assertFalse(saved.contains("s3cret"), saved);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history())));

        try (TmuxTerminal second = shell()) {
            second.press("C-r");
            second.type("history-mark");
            second.waitFor("String marker = \"history-marker-1\"");
            second.press("Enter");
            second.waitForPrompt();
            second.enter("marker");
            second.waitFor("\n\"history-marker-1\"\n");
        }
    }

    @Test
    void echoShowsTheSqlOfAQueryWithItsParameter() throws IOException {
        TmuxTerminal terminal = sharedShell();
        terminal.enter("db.createAll()");
        terminal.waitForPrompt();
        terminal.enter("/echo on");
        terminal.waitFor("SQL echo is on.");
        terminal.enter("User.query.filterBy(\"username\", \"echo-probe\").all()");
        String screen = terminal.waitFor("[parameters: ('echo-probe')]");
        assertTrue(screen.contains("from users"), screen);
        terminal.waitFor("\n[]\n");
    }

    @Test
    void leavingWithUncommittedChangesAsksAndCanStayOrRollBack() throws Exception {
        try (TmuxTerminal terminal = shell()) {
            terminal.enter("db.createAll()");
            terminal.waitForPrompt();
            terminal.enter("db.session.add(new Role(\"Temporary\"))");
            terminal.waitForPrompt();
            terminal.press("C-d");
            terminal.waitFor("There are uncommitted changes");
            terminal.enter("c");
            terminal.waitForPrompt();
            terminal.enter("/exit");
            terminal.waitUntil(s -> s.split("There are uncommitted changes", -1).length == 3, "the question again");
            terminal.press("C-c"); // leaves the question, as it leaves a line: the shell stays
            terminal.waitForPrompt();
            terminal.enter("/exit");
            terminal.waitUntil(s -> s.split("There are uncommitted changes", -1).length == 4, "the question a third time");
            terminal.enter("n");
            terminal.waitFor("Uncommitted changes were rolled back.");
            terminal.waitFor(TmuxTerminal.EXITED);
        }
        assertEquals("0", sqlite("select count(*) from roles"));
    }

    private String sqlite(String sql) {
        return ShellProcess.sqlite3(dir.resolve("test.sqlite"), sql);
    }
}
