package dev.ormshell.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the benchmark's lines: one per step with both rates and their ratio, then start-up figures. */
final class BenchReport {

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void heading(String text) {
        out.println(text);
        out.flush();
    }

    /** {@code W1  insert 100000 users, one transaction  facade 81234 rows/s  jdbc 412345 rows/s  ratio 0.20 …}. */
    void step(String step, String work, String unit, Measurement facade, Measurement jdbc) {
        double ratio = facade.perSecond() / Math.max(1e-9, jdbc.perSecond());
        out.println(String.format(Locale.ROOT,
                "%-3s %-50s facade %9.0f %s/s (%6.2f s)   jdbc %9.0f %s/s (%6.2f s)   ratio %.2f   peak heap %d/%d MB",
                step, work, facade.perSecond(), unit, facade.nanos() / 1e9, jdbc.perSecond(), unit, jdbc.nanos() / 1e9,
                ratio, facade.peakHeapBytes() >> 20, jdbc.peakHeapBytes() >> 20));
        out.flush();
    }

    void startup(String what, String figure) {
        out.println(String.format(Locale.ROOT, "%-3s %-50s %s", "S", what, figure));
        out.flush();
    }
}
