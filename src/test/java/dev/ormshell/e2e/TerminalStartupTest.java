package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

    /**
     * shell.sh prints the prompt before the JVM starts. Here the JVM does not start until the test
     * says so (a JDK whose java waits for a file), so the prompt and the keys on the screen can only
     * come from the launcher and the terminal. Then Java takes the same line over, keys included,
     * while a server that never answers holds the rest of its start-up.
     */
    @Test
    void theLauncherShowsThePromptBeforeJavaStartsAndJavaTakesOverTheTypedLine() throws IOException {
        Path go = dir.resolve("go");
        Path jdk = jdkWhoseJavaWaitsFor(go);
        Path launcher = Path.of("shell.sh").toAbsolutePath();
        buildIfNeeded(launcher); // not while keys are typed: the launcher's "Building…" line would take theirs
        ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        String url = "postgresql://nobody@127.0.0.1:" + silent.getLocalPort() + "/test";
        Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString(), "ORMSHELL_CDS", "off",
                "ORMSHELL_HISTORY", dir.resolve("history").toString());
        try (TmuxTerminal terminal = TmuxTerminal.run(dir, environment, List.of(launcher.toString(), "--url", url))) {
            terminal.waitForPrompt();
            terminal.type("1+4");
            terminal.press("BSpace");
            terminal.type("41"); // the terminal's own line editing until Java has the terminal
            terminal.press("Left"); // kept as it is sent outside keypad mode, and moves the cursor once Java reads it
            terminal.type("0");
            terminal.waitFor("orm> 1+41^[[D0");

            Files.createFile(go);
            try (silent; Socket held = silent.accept()) {
                // Java's line editor has the keys typed before it: Ctrl-A goes to their start.
                terminal.press("C-a");
                terminal.type("-");
                String screen = terminal.waitFor("orm> -1+401");
                assertEquals(List.of("orm> -1+401"), screen.lines().filter(line -> line.contains("1+4")).map(String::strip).toList(),
                        "Java's prompt took the launcher's line over, not a second copy beside it:\n" + screen);
            }
            String screen = terminal.waitFor(TmuxTerminal.EXITED);
            assertTrue(screen.contains("\nerror: Cannot open database " + url), screen);
        }
    }

    private void buildIfNeeded(Path launcher) {
        try {
            ProcessBuilder version = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("version.txt").toFile());
            version.environment().put("ORMSHELL_CDS", "off");
            assertEquals(0, version.start().waitFor(), () -> read(dir.resolve("version.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A JDK (release file and all, so shell.sh takes it as the newest) whose java runs this JVM's
    // java once the file exists.
    private Path jdkWhoseJavaWaitsFor(Path go) throws IOException {
        Path realJdk = Path.of(System.getProperty("java.home"));
        Path jdk = Files.createDirectories(dir.resolve("waiting-jdk/bin"));
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"" + Runtime.version().feature()
                + "\"\nJAVA_RUNTIME_VERSION=\"waiting\"\n", StandardCharsets.UTF_8);
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nwhile [ ! -e '" + go + "' ]; do sleep 0.05; done\nexec '"
                + realJdk.resolve("bin/java") + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(jdk.resolve("jar"), realJdk.resolve("bin/jar"));
        return jdk.getParent();
    }
}
