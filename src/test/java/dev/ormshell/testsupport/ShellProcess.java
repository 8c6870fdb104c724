package dev.ormshell.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    private ShellProcess() {
    }

    public static String classpath() {
        Path root = Path.of("").toAbsolutePath();
        try {
            String dependencies = Files.readString(root.resolve("target/runtime-classpath.txt")).strip();
            return root.resolve("target/classes") + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException("run `mvn compile` first: target/runtime-classpath.txt is missing", e);
        }
    }

    public static Result run(Path workingDir, String stdin, String... args) {
        return run(workingDir, stdin, Map.of(), args);
    }

    public static Result run(Path workingDir, String stdin, Map<String, String> env, String... args) {
        return runOnClasspath(classpath(), workingDir, stdin, env, args);
    }

    /** Runs the shell on another classpath: one without a JDBC driver, say. */
    public static Result runOnClasspath(String classpath, Path workingDir, String stdin, Map<String, String> env,
                                        String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "dev.ormshell.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("shell-out", ".txt");
            Path err = Files.createTempFile("shell-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the shell did not finish within 120 s: " + command);
            }
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
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
