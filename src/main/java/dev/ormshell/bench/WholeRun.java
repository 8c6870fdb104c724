package dev.ormshell.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One whole command, from its start to its exit, with its input given at once and closed:
 * wall seconds, and the peak resident memory and the CPU time (user and system, all threads)
 * read from /proc while it runs (both only grow, so the last reading before the exit is the
 * run's, give or take its last 10 ms).
 */
record WholeRun(double seconds, long peakRssMegabytes, double cpuSeconds, String output) {

    static WholeRun of(List<String> command, Map<String, String> environment, String input)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "whole run output");
        reader.start();
        long peakKilobytes = 0;
        long cpuTicks = 0;
        while (process.isAlive()) {
            peakKilobytes = Math.max(peakKilobytes, peakKilobytes(process.pid()));
            cpuTicks = Math.max(cpuTicks, cpuTicks(process.pid()));
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        reader.join();
        if (process.exitValue() != 0) {
            throw new BenchException(command.get(0) + " ended with status " + process.exitValue() + ": " + output.toString().strip());
        }
        return new WholeRun(seconds, peakKilobytes / 1024, cpuTicks / (double) TICKS_PER_SECOND, output.toString());
    }

    /** The run whose time is the median of {@code runs}, with the largest peak memory among them. */
    static WholeRun median(List<String> command, Map<String, String> environment, String input, int runs)
            throws IOException, InterruptedException {
        List<WholeRun> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(of(command, environment, input));
        }
        all.sort(java.util.Comparator.comparingDouble(WholeRun::seconds));
        long peak = all.stream().mapToLong(WholeRun::peakRssMegabytes).max().orElse(0);
        WholeRun middle = all.get(all.size() / 2);
        return new WholeRun(middle.seconds(), peak, middle.cpuSeconds(), middle.output());
    }

    private static void drain(InputStream from, StringBuilder into) {
        try {
            String text = new String(from.readAllBytes(), StandardCharsets.UTF_8);
            synchronized (into) {
                into.append(text);
            }
        } catch (IOException ignored) {
            // The process is gone; what was read is kept.
        }
    }

    // Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ) on every platform it runs on.
    private static final int TICKS_PER_SECOND = 100;

    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException ended) {
            return 0; // the process ended between the check and the read
        }
    }

    private static long peakKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException ended) {
            // The process ended between the check and the read.
        }
        return 0;
    }
}
