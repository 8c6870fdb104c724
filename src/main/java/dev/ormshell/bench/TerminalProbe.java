package dev.ormshell.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell in a real terminal: shell.sh inside util-linux's {@code script}, which gives it a
 * pseudo-terminal and passes on what the benchmark types. Times from the launch to the prompt
 * (the moment it takes keys: shell.sh prints it), to Java's line editor taking it over (the
 * same prompt drawn again), to the banner (JShell, Hibernate and the database ready), and to
 * the result of {@code 1+41} typed at the moment of the launch.
 */
final class TerminalProbe {

    record Figures(double prompt, double lineEditor, double banner, double typedResult) {
    }

    private final Path shell;
    private final String url;

    TerminalProbe(Path shell, String url) {
        this.shell = shell;
        this.url = url;
    }

    /** True where {@code script} can give the shell a terminal. */
    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    Figures measure() throws IOException, InterruptedException {
        Path history = Files.createTempFile("ormshell-bench-history", "");
        // A pseudo-terminal starts 0 columns wide, where JLine cannot show a prompt: give it a size.
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", "stty cols 120 rows 40 && exec '" + shell + "'", "/dev/null")
                .redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", url);
        builder.environment().put("ORMSHELL_HISTORY", history.toString());
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            OutputStream keys = process.getOutputStream();
            keys.write("1+41\r".getBytes(StandardCharsets.UTF_8)); // typed as the shell launches
            keys.flush();
            InputStream screen = process.getInputStream();
            StringBuilder shown = new StringBuilder();
            double prompt = secondsUntil(screen, shown, "orm> ", begin);
            double lineEditor = secondsUntil(screen, shown, "orm> ", begin);
            double banner = secondsUntil(screen, shown, "/exit or Ctrl-D to leave.", begin);
            double typed = secondsUntil(screen, shown, "42\r\n", begin);
            keys.write("/exit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.transferTo(OutputStream.nullOutputStream());
            process.waitFor();
            return new Figures(prompt, lineEditor, banner, typed);
        } finally {
            process.destroy();
            Files.deleteIfExists(history);
        }
    }

    /** Medians of each figure over {@code runs} launches. */
    Figures median(int runs) throws IOException, InterruptedException {
        List<Double> prompts = new ArrayList<>();
        List<Double> lineEditors = new ArrayList<>();
        List<Double> banners = new ArrayList<>();
        List<Double> typed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Figures figures = measure();
            prompts.add(figures.prompt());
            lineEditors.add(figures.lineEditor());
            banners.add(figures.banner());
            typed.add(figures.typedResult());
        }
        return new Figures(StartupProbe.median(prompts), StartupProbe.median(lineEditors), StartupProbe.median(banners), StartupProbe.median(typed));
    }

    // Reads the terminal's output until the text shows; the seconds since the launch then.
    private static double secondsUntil(InputStream screen, StringBuilder shown, String text, long begin) throws IOException {
        byte[] buffer = new byte[4096];
        while (shown.indexOf(text) < 0) {
            int read = screen.read(buffer);
            if (read < 0) {
                throw new BenchException("the shell in a terminal ended before it showed '" + text.strip() + "': "
                        + shown.toString().replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").strip());
            }
            shown.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        shown.delete(0, shown.indexOf(text) + text.length());
        return seconds;
    }
}
