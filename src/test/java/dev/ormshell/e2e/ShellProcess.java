package dev.ormshell.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real entry point (dev.ormshell.cli.Main) in a child JVM, as ./shell.sh runs it. */
public final class ShellProcess {

    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private ShellProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts the shell in workDir with the given arguments, feeding stdin to it. */
    public static ShellProcess start(Path workDir, String stdin, String... args) throws IOException {
        Path project = Path.of(System.getProperty("user.dir"));
        String classpath = project.resolve("target/classes") + ":"
                + Files.readString(project.resolve("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived JVM starts faster with the quick compiler only.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, "dev.ormshell.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("ormshell-out", ".txt");
        Path err = Files.createTempFile("ormshell-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DATABASE_URL");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return new ShellProcess(process, out, err);
    }

    public Result finish() throws IOException, InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not finish within 180 s");
        }
        try {
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, "", args).finish();
    }

    public static Result runWithInput(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        return start(workDir, stdin, args).finish();
    }
}
