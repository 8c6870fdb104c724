package dev.ormshell.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real shell in a child process, as a user's terminal would start it (the same
 * main class and classpath that shell.sh uses), feeding it standard input and collecting what
 * it prints.
 */
public final class ShellProcess {

    /** What one run printed, and how it ended. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** The class path of a child shell: the shell's classes (in a jar, as shell.sh has them) and its dependencies. */
    public static String classpath() {
        return FastStart.classpath();
    }

    public static Result run(Path workingDir, String stdin, String... args) {
        return run(workingDir, stdin, Map.of(), args);
    }

    public static Result run(Path workingDir, String stdin, Map<String, String> env, String... args) {
        return runOnClasspath(classpath(), workingDir, stdin, env, args);
    }

    /** {@code ./shell.sh db ARGS…} with nothing on standard input. */
    public static Result db(Path workingDir, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "db";
        System.arraycopy(args, 0, full, 1, args.length);
        return run(workingDir, "", full);
    }

    /** Runs the shell on another classpath: one without a JDBC driver, say. */
    public static Result runOnClasspath(String classpath, Path workingDir, String stdin, Map<String, String> env,
                                        String... args) {
        return start(classpath, workingDir, stdin, env, args).finish();
    }

    /** Starts the shell without waiting for it (to run several at once); {@link #finish()} collects it. */
    public static ShellProcess start(Path workingDir, String stdin, String... args) {
        return start(classpath(), workingDir, stdin, Map.of(), args);
    }

    private static ShellProcess start(String classpath, Path workingDir, String stdin, Map<String, String> env,
                                      String... args) {
        return start(command(classpath, args), workingDir, stdin, env);
    }

    /** Runs another command line, such as {@code ./shell.sh …}, the same way. */
    public static Result runCommand(List<String> command, Path workingDir, String stdin, Map<String, String> env) {
        return start(command, workingDir, stdin, env).finish();
    }

    private static ShellProcess start(List<String> command, Path workingDir, String stdin, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("shell-out", ".txt");
            Path err = Files.createTempFile("shell-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            return new ShellProcess(process, out, err, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line of a shell on this classpath with these arguments (see {@link FastStart}). */
    static List<String> command(String classpath, String... args) {
        return FastStart.command(classpath, args);
    }

    private final Process process;
    private final Path out;
    private final Path err;
    private final List<String> command;

    private ShellProcess(Process process, Path out, Path err, List<String> command) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    /** Waits for the shell to end (at most 180 s) and returns what it printed. */
    public Result finish() {
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the shell did not finish within 180 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // A temp file left behind is harmless.
            }
        }
    }

    /** Runs the sqlite3 command-line client on a database file: another program reading what the shell wrote. */
    public static String sqlite3(Path database, String sql) {
        try {
            Process process = new ProcessBuilder("sqlite3", database.toString(), sql).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new AssertionError("sqlite3 failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new AssertionError("the sqlite3 command-line client is needed (apt-get install sqlite3): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
