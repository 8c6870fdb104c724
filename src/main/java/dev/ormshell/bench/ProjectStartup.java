package dev.ormshell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start-up of {@code --project} beside the built-in model's, on the plain JPA sample that
 * ORM Shell's tests use (five entities and embeddables, Hibernate Validator, an H2 driver), its
 * class path already cached: what a user pays for opening an application rather than Role/User.
 * Runs alternate between the two, so that both meet the same machine.
 */
final class ProjectStartup {

    static final String SAMPLE = "src/test/resources/projects/library";

    private ProjectStartup() {
    }

    static void measure(Path shell, String url, int runs, BenchReport report) throws Exception {
        String what = "launch to prompt ready, --project library";
        Path sample = shell.toAbsolutePath().getParent().resolve(SAMPLE);
        if (!Files.isDirectory(sample)) {
            report.startup(what, "skipped: no " + SAMPLE + " in this installation");
            return;
        }
        Path copy = ScratchFolder.create("ormshell-bench-project");
        try {
            ScratchFolder.copy(sample, copy);
            StartupProbe builtIn = new StartupProbe(shell, url);
            StartupProbe project = new StartupProbe(shell, url, List.of("--project", copy.toString()));
            try {
                project.secondsToFirstOutput("/help"); // builds the sample and caches its class path: not timed
            } catch (BenchException e) {
                report.startup(what, "skipped: the sample did not open (" + e.getMessage() + ")");
                return;
            }
            List<Double> withBuiltIn = new ArrayList<>();
            List<Double> withProject = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                withBuiltIn.add(builtIn.secondsToFirstOutput("/help"));
                withProject.add(project.secondsToFirstOutput("/help"));
            }
            double base = StartupProbe.median(withBuiltIn);
            double opened = StartupProbe.median(withProject);
            report.startup(what, String.format(Locale.ROOT, "%.2f s   %+.2f s over the built-in model's %.2f s,"
                    + " medians of %d alternating runs each", opened, opened - base, base, runs));
        } finally {
            ScratchFolder.delete(copy);
        }
    }
}
