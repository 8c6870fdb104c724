package dev.ormshell.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The real shell with its standard input kept open: the test sends a line, waits for what it
 * printed, changes something outside (a server going down), and sends the next. Lines on
 * standard output and on standard error arrive in one queue, errors marked with "err: ".
 */
public final class ShellConversation implements AutoCloseable {

    private static final long PATIENCE_SECONDS = 60;

    private final Process process;
    private final Writer input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ShellConversation(Process process) {
        this.process = process;
        this.input = process.outputWriter(StandardCharsets.UTF_8);
        read(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), "");
        read(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), "err: ");
    }

    /** Starts the shell with these arguments in the folder; it reads standard input until {@link #close()}. */
    public static ShellConversation start(Path workingDir, String... args) {
        return start(ShellProcess.command(ShellProcess.classpath(), args), workingDir, java.util.Map.of());
    }

    /** Starts this command line (./shell.sh …, say) with these variables added to the environment. */
    public static ShellConversation start(java.util.List<String> command, Path workingDir, java.util.Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        try {
            return new ShellConversation(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process started, and (through it) whatever it started or became. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Sends one line of input. */
    public void send(String line) {
        try {
            input.write(line + "\n");
            input.flush();
        } catch (IOException e) {
            throw new AssertionError("the shell no longer reads its input: " + e.getMessage() + drained(), e);
        }
    }

    /** The next line the shell printed ("err: …" for standard error); fails when none comes within a minute. */
    public String nextLine() {
        try {
            String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("the shell printed nothing within " + PATIENCE_SECONDS + " s");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next line on standard output, passing over what standard error says meanwhile (a build, say). */
    public String nextOutputLine() {
        String line;
        do {
            line = nextLine();
        } while (line.startsWith("err: "));
        return line;
    }

    /** Sends a line and returns the next line printed (its value, or its error). */
    public String ask(String line) {
        send(line);
        return nextLine();
    }

    private String drained() {
        java.util.List<String> rest = new java.util.ArrayList<>();
        lines.drainTo(rest);
        return rest.isEmpty() ? "" : "; it printed: " + String.join(" / ", rest);
    }

    private void read(BufferedReader reader, String prefix) {
        Thread thread = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(prefix + line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "shell-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the input and waits for the shell to leave. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException alreadyGone) {
            // ended before
        }
        try {
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
