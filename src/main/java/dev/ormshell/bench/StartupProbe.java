package dev.ormshell.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up figures taken from real child processes of {@code shell.sh}, each with a script on
 * standard input: the time until its first line of output, the time between trivial snippets,
 * and the peak memory of a shell that has answered and sits idle.
 */
final class StartupProbe {

    private final Path shell;
    private final String url;
    private final List<String> options;

    StartupProbe(Path shell, String url) {
        this(shell, url, List.of());
    }

    /** A probe whose shells get these options too ({@code --project DIR}). */
    StartupProbe(Path shell, String url, List<String> options) {
        this.shell = shell;
        this.url = url;
        this.options = options;
    }

    /** Median seconds from process start to the first line printed for this one-line input. */
    double medianSecondsToFirstOutput(String input, int runs) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seconds.add(secondsToFirstOutput(input));
        }
        return median(seconds);
    }

    /** Seconds from process start to the first line printed for this one-line input. */
    double secondsToFirstOutput(String input) throws IOException, InterruptedException {
        Child child = start();
        long begin = System.nanoTime();
        child.send(input);
        child.firstLine();
        double seconds = (System.nanoTime() - begin) / 1e9;
        child.finish();
        return seconds;
    }

    /**
     * Median milliseconds per trivial snippet after warm-up: each snippet prints System.nanoTime(),
     * so the gaps between the printed times are what one snippet costs the running shell.
     */
    double medianSnippetMillis(int warmUp, int measured) throws IOException, InterruptedException {
        Child child = start();
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < warmUp + measured + 1; i++) {
            script.append("System.out.println(System.nanoTime())\n");
        }
        child.send(script.toString());
        child.closeInput();
        List<Long> times = new ArrayList<>();
        String line;
        while ((line = child.output.readLine()) != null) {
            times.add(Long.parseLong(line.trim()));
        }
        child.finish();
        if (times.size() < warmUp + measured + 1) {
            throw new BenchException("the start-up probe printed " + times.size() + " snippet times, expected "
                    + (warmUp + measured + 1) + child.errors());
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = warmUp + 1; i < times.size(); i++) {
            gaps.add((times.get(i) - times.get(i - 1)) / 1e6);
        }
        return median(gaps);
    }

    /** Resident memory now and at its peak, in MB. */
    record Memory(long residentMegabytes, long peakMegabytes) {
    }

    /** The memory of a shell that answered a query and then idled for a second. */
    Memory idleMemory(String query) throws IOException, InterruptedException {
        Child child = start();
        child.send(query);
        child.firstLine();
        Thread.sleep(1000);
        Memory memory = new Memory(child.memoryMegabytes("VmRSS:"), child.memoryMegabytes("VmHWM:"));
        child.finish();
        return memory;
    }

    /** A child shell reading its script from standard input, as {@code ./shell.sh < script} would. */
    Child start() throws IOException {
        Path errors = Files.createTempFile("ormshell-bench-child", ".err");
        // shell.sh exec's java, so the child's pid is the shell's JVM. The URL goes in the
        // environment: a password in it must not show in the child's arguments.
        List<String> command = new ArrayList<>(List.of(shell.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("DATABASE_URL", url);
        return new Child(builder.start(), errors);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static final class Child {
        final Process process;
        final Path errorFile;
        final Writer input;
        final BufferedReader output;

        Child(Process process, Path errorFile) {
            this.process = process;
            this.errorFile = errorFile;
            this.input = process.outputWriter(StandardCharsets.UTF_8);
            this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void send(String text) throws IOException {
            input.write(text.endsWith("\n") ? text : text + "\n");
            input.flush();
        }

        String firstLine() throws IOException {
            String line = output.readLine();
            if (line == null) {
                throw new BenchException("the child shell printed nothing" + errors());
            }
            return line;
        }

        void closeInput() throws IOException {
            input.close();
        }

        void finish() throws IOException, InterruptedException {
            try {
                input.close();
            } catch (IOException alreadyGone) {
                // The shell may have exited already.
            }
            output.transferTo(Writer.nullWriter());
            process.waitFor();
            Files.deleteIfExists(errorFile);
        }

        /** A memory figure of /proc/PID/status (VmRSS: now, VmHWM: the peak so far), in MB. */
        long memoryMegabytes(String field) throws IOException {
            long kilobytes = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return kilobytes / 1024;
        }

        String errors() throws IOException {
            String text = Files.readString(errorFile).strip();
            return text.isEmpty() ? "" : ": " + text.lines().reduce((a, b) -> b).orElse("");
        }
    }
}
