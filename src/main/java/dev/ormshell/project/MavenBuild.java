package dev.ormshell.project;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One run of a project's own Maven (its {@code mvnw} when it has one, else {@code mvn}), quiet
 * unless it fails; then the compiler's first errors are shown and the shell stops.
 */
final class MavenBuild {

    private static final int ERRORS_SHOWN = 5;
    // javac's errors as Maven prints them: "[ERROR] /path/Owner.java:[12,5] cannot find symbol".
    private static final Pattern COMPILER_ERROR = Pattern.compile("^\\[ERROR\\] .*\\.java:\\[\\d+,\\d+\\].*");

    private final Path dir;
    private final PrintStream progress;

    MavenBuild(Path dir, PrintStream progress) {
        this.dir = dir;
        this.progress = progress;
    }

    /** Runs the goals, compiling first when asked; a failure ends in a ProjectException. */
    void run(boolean compile, String... goals) {
        String name = dir.getFileName().toString();
        progress.println(compile ? "Building " + name + " with Maven (compile; its classes are missing or older than its sources)…"
                : "Asking Maven for " + name + "'s class path (once; kept in target/ormshell)…");
        progress.flush();
        List<String> command = new ArrayList<>(List.of(maven(), "-q", "-B", "-Dstyle.color=never"));
        if (compile) {
            command.add("compile");
        }
        command.addAll(List.of(goals));
        Path log = dir.resolve("target/ormshell/maven.log");
        int exit;
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            exit = process.waitFor();
        } catch (IOException e) {
            throw new ProjectException("Cannot run Maven to build " + dir + " (" + e.getMessage()
                    + "): install Maven, or build the project yourself and give its classes and jars with --classpath");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectException("Interrupted while Maven was building " + dir);
        }
        if (exit != 0) {
            throw failure(compile, log);
        }
    }

    private String maven() {
        Path wrapper = dir.resolve("mvnw");
        return Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
    }

    private ProjectException failure(boolean compile, Path log) {
        List<String> lines = read(log);
        List<String> compilerErrors = lines.stream().filter(l -> COMPILER_ERROR.matcher(l).matches())
                .map(l -> l.replace(dir + "/", "")).distinct().limit(ERRORS_SHOWN).toList();
        List<String> shown = !compilerErrors.isEmpty() ? compilerErrors
                : lines.stream().filter(l -> l.startsWith("[ERROR]") && !l.strip().equals("[ERROR]"))
                        .limit(ERRORS_SHOWN).toList();
        shown.forEach(progress::println);
        progress.flush();
        boolean compilation = !compilerErrors.isEmpty() || lines.stream().anyMatch(l -> l.contains("COMPILATION ERROR"));
        String what = compilation ? dir.getFileName() + " does not compile"
                : "Maven failed on " + dir.getFileName() + (compile ? " (mvn compile)" : "");
        return new ProjectException(what + ": fix the errors above (the whole output is in " + dir.relativize(log) + ")");
    }

    private static List<String> read(Path log) {
        try {
            // Some Maven versions colour their output even in batch mode.
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceAll("\u001B\\[[;\\d]*m", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
