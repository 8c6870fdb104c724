package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first second in a real terminal: the prompt comes before the database is open, keys typed
 * before it are kept, and a start-up that fails gives back the terminal with its one-line error.
 */
class TerminalStartupTest {

    @TempDir
    Path dir;

    @Test
    void keysTypedAsTheShellLaunchesRunOnceItHasStarted() {
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("history").toString()),
                "--url", "sqlite:///" + dir.resolve("test.sqlite"))) {
            terminal.type("1+41"); // at once: the JVM has not even started its main yet
            terminal.press("Enter");
            String screen = terminal.waitFor("\n42\n");
            assertTrue(screen.contains("orm> 1+41"), screen);
            assertTrue(screen.contains("ORM Shell on sqlite:"), "the banner is still shown:\n" + screen);
            terminal.waitForPrompt();
        }
    }

    /**
     * A PostgreSQL "server" that accepts the connection and never answers holds the shell's
     * start-up for as long as the test likes: the prompt and the typed keys are on the screen
     * meanwhile. Then it hangs up, and the shell ends as it would have without the early prompt.
     */
    @Test
    void thePromptTakesKeysBeforeTheDatabaseAnswersAndAFailedStartEndsWithItsError() throws IOException {
        ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        String url = "postgresql://nobody@127.0.0.1:" + silent.getLocalPort() + "/test";
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("history").toString()),
                "--url", url)) {
            try (silent; Socket held = silent.accept()) {
                terminal.waitForPrompt();
                terminal.type("Role.query.all()");
                String waiting = terminal.waitFor("orm> Role.query.all()");
                assertFalse(waiting.contains("ORM Shell on"), "no banner before the database answers:\n" + waiting);
            }
            String screen = terminal.waitFor(TmuxTerminal.EXITED);
            assertTrue(screen.contains("\nerror: Cannot open database " + url), screen);
            assertTrue(screen.contains(TmuxTerminal.EXITED + " status=1"), screen);
            assertFalse(screen.contains("Exception"), screen);
        }
    }
}
