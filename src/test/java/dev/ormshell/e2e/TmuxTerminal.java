package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ormshell.testsupport.FastStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The real shell in a real terminal: a child process of the entry point inside a detached tmux
 * session (its own tmux server), driven by send-keys and read by capture-pane. Waits poll the
 * screen until the text appears, up to a bound, so tests do not depend on timing.
 */
final class TmuxTerminal implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String EXITED = "ORMSHELL-EXITED";

    private final String server;
    private final String session = "shell";
    // The server's socket file, which tmux leaves behind when its server ends.
    private Path socket;

    private TmuxTerminal(String server) {
        this.server = server;
    }

    /** Starts the shell with these arguments and environment, in the given working directory. */
    static TmuxTerminal start(Path workingDirectory, Map<String, String> environment, String... arguments) {
        // The same java command line as the tests' other child shells (see FastStart).
        return run(workingDirectory, environment, FastStart.command(arguments));
    }

    /** Runs a command (shell.sh, say) in the terminal, with this environment, in the given working directory. */
    static TmuxTerminal run(Path workingDirectory, Map<String, String> environment, List<String> words) {
        requireTmux();
        StringBuilder command = new StringBuilder("cd '" + workingDirectory + "' && env");
        environment.forEach((k, v) -> command.append(' ').append(k).append("='").append(v).append('\''));
        for (String word : words) {
            command.append(" '").append(word).append('\'');
        }
        // The pane stays after the shell ends, so a test can read its last words and exit status.
        command.append("; echo ").append(EXITED).append(" status=$?; sleep 600");
        TmuxTerminal terminal = new TmuxTerminal("ormshell-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        terminal.tmux("new-session", "-d", "-s", terminal.session, "-x", "200", "-y", "50", command.toString());
        terminal.socket = Path.of(terminal.tmux("display-message", "-p", "#{socket_path}").strip());
        return terminal;
    }

    private static void requireTmux() {
        try {
            Process probe = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // Fall through to the message.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail("tmux is not installed: the terminal tests drive the shell through tmux (apt-get install tmux)");
    }

    /** Types text literally (no key names); semicolons are sent as bytes, since tmux reads a trailing ; as a separator. */
    void type(String text) {
        StringBuilder chunk = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ';') {
                if (!chunk.isEmpty()) {
                    tmux("send-keys", "-t", session, "-l", chunk.toString());
                    chunk.setLength(0);
                }
                tmux("send-keys", "-t", session, "-H", "3b");
            } else {
                chunk.append(c);
            }
        }
        if (!chunk.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", chunk.toString());
        }
    }

    /** Presses keys by tmux name: Enter, Tab, C-c, C-d, C-r, Up … */
    void press(String... keys) {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
    }

    /**
     * Types a line and presses Enter. At a prompt it waits for the line to be echoed first: until
     * then the screen still ends at the empty prompt, and a waitForPrompt() right after would
     * return before the line has even run.
     */
    void enter(String line) {
        type(line);
        if (!line.isEmpty()) {
            waitUntil(screen -> !endsAtPrompt(screen), "the typed line '" + line + "'");
        }
        press("Enter");
    }

    String screen() {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen with its colours, as escape sequences. */
    String screenWithColours() {
        return tmux("capture-pane", "-p", "-e", "-t", session);
    }

    /** Waits until the screen shows the text; fails with the screen when it does not within the bound. */
    String waitFor(String text) {
        return waitUntil(screen -> screen.contains(text), "'" + text + "'");
    }

    /** The same, for a step that takes longer than most (a Maven build). */
    String waitFor(String text, Duration patience) {
        return waitUntil(screen -> screen.contains(text), "'" + text + "'", patience);
    }

    String waitUntil(Predicate<String> condition, String what) {
        return waitUntil(condition, what, PATIENCE);
    }

    private String waitUntil(Predicate<String> condition, String what, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        String screen;
        do {
            screen = screen();
            if (condition.test(screen)) {
                return screen;
            }
            pause(50);
        } while (System.nanoTime() < deadline);
        return fail("the terminal did not show " + what + " within " + patience.toSeconds() + " s; screen:\n" + screen);
    }

    /**
     * Waits until the shell has started: its banner, then an empty prompt. The prompt alone
     * shows earlier, before the database is open (Enter and Tab wait for it then).
     */
    String waitForStart() {
        waitFor("/exit or Ctrl-D to leave.");
        return waitForPrompt();
    }

    /** Waits until the last non-blank line is an empty prompt: the shell is ready for input. */
    String waitForPrompt() {
        return waitUntil(TmuxTerminal::endsAtPrompt, "an empty prompt");
    }

    /**
     * At an empty prompt: clears the screen (Ctrl-L) and tmux's scrollback, so that what a test
     * waits for next can only come from what it does next.
     */
    void clearScreen() {
        press("C-l");
        tmux("clear-history", "-t", session);
        waitUntil(screen -> screen.strip().equals("orm>"), "a cleared screen with only the prompt");
    }

    static boolean endsAtPrompt(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing().endsWith("orm>");
    }

    /**
     * Presses Ctrl-C until the prompt is back. The first press may come before the snippet has
     * started running; pressing again, a while later, does no harm at a prompt.
     */
    String interruptUntilPrompt() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String screen;
        do {
            press("C-c");
            long next = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            do {
                screen = screen();
                if (endsAtPrompt(screen)) {
                    return screen;
                }
                pause(50);
            } while (System.nanoTime() < next);
        } while (System.nanoTime() < deadline);
        return fail("Ctrl-C did not bring the prompt back; screen:\n" + screen);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tmux(String... arguments) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("tmux " + String.join(" ", arguments) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run tmux", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // The test has read all it asserts on by now. Ending the shell's JVM at once spares the
        // second or two it takes to leave on the terminal's hang-up (history, database, hooks),
        // which no test looks at: a test that checks how the shell leaves makes it leave first
        // and waits for EXITED.
        List<ProcessHandle> shell = shellProcesses();
        for (ProcessHandle process : shell) {
            process.destroyForcibly();
        }
        try {
            tmux("kill-server");
        } catch (IllegalStateException alreadyGone) {
            // The server ends by itself when its last session does.
        }
        // Wait until they are gone: the test's folder is deleted right after this.
        for (ProcessHandle process : shell) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception notEnded) {
                // Killed; the kernel has the last word.
            }
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // A file in tmux's folder; the next run does not use its name.
        }
    }

    // The pane's own process and everything it started (the JVM of the shell).
    private List<ProcessHandle> shellProcesses() {
        try {
            long pane = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());
            return ProcessHandle.of(pane).map(p -> Stream.concat(Stream.of(p), p.descendants()).toList())
                    .orElse(List.of());
        } catch (RuntimeException gone) {
            return List.of();
        }
    }
}
