package dev.ormshell.bench;

import dev.ormshell.config.DatabaseUrl;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code shell.sh bench}: W1–W6 through the facade and through plain JDBC on the same database,
 * in one process, then the shell's start-up figures. See issue 6 for the targets.
 */
public final class Benchmark {

    private final DatabaseUrl url;
    private final String rawUrl;
    private final int rows;
    private final int startupRuns;
    private final Path shell;
    private final BenchReport report;

    /**
     * @param rawUrl      the URL as given (children get it unmasked)
     * @param startupRuns child shells per start-up figure; 0 skips the start-up figures
     * @param shell       the launcher the start-up figures run, or null to skip them
     */
    public Benchmark(String rawUrl, int rows, int startupRuns, Path shell, PrintStream out) {
        if (rows < 4) {
            throw new BenchException("--rows must be at least 4, not " + rows);
        }
        this.url = DatabaseUrl.parse(rawUrl);
        this.rawUrl = rawUrl;
        this.rows = rows;
        this.startupRuns = startupRuns;
        this.shell = shell;
        this.report = new BenchReport(out);
    }

    public void run() throws Exception {
        BenchPlan plan = BenchPlan.of(rows);
        try (BenchDatabase database = BenchDatabase.open(url)) {
            database.prepare();
            report.heading("ORM Shell benchmark: " + rows + " users on " + url + "; Java "
                    + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            // Untimed: the same steps at a small size, so the JIT has compiled both paths. One pass
            // left the facade's lookups at twice their steady cost (C2 on 2 cores recompiles
            // Hibernate's deep query path as each step changes its profile); a second pass settles it.
            for (int pass = 0; pass < 2; pass++) {
                runSteps(database, plan.warmUp(), false);
            }
            runSteps(database, plan, true);
            if (startupRuns > 0 && shell != null) {
                measureStartup();
            }
        }
    }

    private void runSteps(BenchDatabase database, BenchPlan plan, boolean print) throws Exception {
        Workloads facade = new FacadeWorkloads(database.db());
        Workloads jdbc = new JdbcWorkloads(database.jdbc());

        // W1 ends with the rows of JDBC's last insert in the table, for the steps after it.
        Comparison w1 = compare(plan, () -> database.deleteAllUsers(), () -> facade.insertUsers(plan),
                () -> database.deleteAllUsers(), () -> jdbc.insertUsers(plan), () -> { });
        requireCount(database, plan.rows());
        print(print, "W1", "insert " + plan.rows() + " users, one transaction", "rows", w1);

        String[] usernames = randomUsernames(plan);
        Comparison w2 = compare(plan, database::freshSession, () -> facade.lookUpByUsername(plan, usernames),
                () -> { }, () -> jdbc.lookUpByUsername(plan, usernames), () -> { });
        print(print, "W2", plan.lookups() + " lookups by username", "lookups", w2);

        Comparison w3 = compare(plan, database::freshSession, () -> facade.countUsersPerRole(plan),
                () -> { }, () -> jdbc.countUsersPerRole(plan), () -> { });
        print(print, "W3", "role.users().count() per role, " + plan.rounds() + " rounds", "counts", w3);

        Comparison w4 = compare(plan, database::freshSession, () -> facade.paginateAllUsers(plan),
                () -> { }, () -> jdbc.paginateAllUsers(plan), () -> { });
        int step = BenchPlan.pageStep((plan.rows() + BenchPlan.PAGE_SIZE - 1) / BenchPlan.PAGE_SIZE);
        print(print, "W4", (step == 1 ? "paginate all users, " : "paginate every " + step + "th page of all users, ")
                + BenchPlan.PAGE_SIZE + " per page by username", "rows", w4);

        // Each repetition renames the same users again (one more "renamed-" in front), on both sides.
        Comparison w5 = compare(plan, database::freshSession, () -> facade.renameUsers(plan),
                () -> { }, () -> jdbc.renameUsers(plan), () -> { });
        print(print, "W5", "rename " + plan.changes() + " users, one commit", "rows", w5);

        // The deleted users are put back (untimed) between repetitions; the last ones stay deleted.
        List<Object[]> doomed = database.usersById(plan.deleteOffset(false), 2 * plan.changes());
        Comparison w6 = compare(plan, database::freshSession, () -> facade.deleteUsers(plan),
                () -> { }, () -> jdbc.deleteUsers(plan), () -> database.insertUsers(doomed));
        requireCount(database, plan.rows() - 2L * plan.changes());
        print(print, "W6", "delete " + plan.changes() + " users, one commit", "rows", w6);
        database.freshSession();
    }

    /** Untimed work between the timed runs of a step. */
    private interface Setup {
        void run() throws Exception;
    }

    /** The median run of each side: the step's figures, less at the mercy of one slow run on a busy machine. */
    private record Comparison(Measurement facade, Measurement jdbc) {
    }

    /**
     * Runs a step up to {@code plan.repeats()} times on each side, alternating facade and JDBC so
     * that both meet the same machine, each run after its untimed setup; {@code between} runs
     * after each pair but the last. A step whose runs take seconds runs once (see BenchPlan).
     */
    private static Comparison compare(BenchPlan plan, Setup facadeSetup, Measurement.Work facade,
                                      Setup jdbcSetup, Measurement.Work jdbc, Setup between) throws Exception {
        List<Measurement> facadeRuns = new ArrayList<>();
        List<Measurement> jdbcRuns = new ArrayList<>();
        for (int run = 0; ; run++) {
            facadeSetup.run();
            Measurement f = Measurement.of(facade);
            jdbcSetup.run();
            Measurement j = Measurement.of(jdbc);
            facadeRuns.add(f);
            jdbcRuns.add(j);
            if (run == plan.repeats() - 1 || Math.min(f.nanos(), j.nanos()) >= BenchPlan.STEADY_RUN_NANOS) {
                break;
            }
            between.run();
        }
        return new Comparison(Measurement.median(facadeRuns), Measurement.median(jdbcRuns));
    }

    private void print(boolean print, String step, String work, String unit, Comparison comparison) {
        if (print) {
            report.step(step, work, unit, comparison.facade(), comparison.jdbc());
        }
    }

    private static void requireCount(BenchDatabase database, long expected) throws java.sql.SQLException {
        long actual = database.count("users");
        if (actual != expected) {
            throw new BenchException("the users table has " + actual + " rows, expected " + expected
                    + ": a step did not do what it says");
        }
    }

    private static String[] randomUsernames(BenchPlan plan) {
        Random random = new Random(6);
        String[] names = new String[plan.lookups()];
        for (int i = 0; i < names.length; i++) {
            names[i] = BenchPlan.username(random.nextInt(plan.rows()));
        }
        return names;
    }

    private String seconds(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f s   median of %d runs", value, startupRuns);
    }

    private void measureStartup() throws Exception {
        StartupProbe probe = new StartupProbe(shell, rawUrl);
        String query = "Role.query.all()";
        report.startup("Java running the shells", System.getProperty("java.vm.name") + " " + Runtime.version());
        if (TerminalProbe.available()) {
            TerminalProbe.Figures terminal = new TerminalProbe(shell, rawUrl).median(startupRuns);
            report.startup("terminal: launch to prompt (takes keys)", seconds(terminal.prompt()));
            report.startup("terminal: launch to Java's line editor", seconds(terminal.lineEditor()));
            report.startup("terminal: launch to banner (shell started)", seconds(terminal.banner()));
            report.startup("terminal: 1+41 typed at launch, to its 42", seconds(terminal.typedResult()));
        } else {
            report.startup("terminal: launch to prompt", "skipped: no /usr/bin/script to give the shell a terminal");
        }
        report.startup("launch to prompt ready (/help answered)", seconds(probe.medianSecondsToFirstOutput("/help", startupRuns)));
        report.startup("launch to first query result (" + query + ")", seconds(probe.medianSecondsToFirstOutput(query, startupRuns)));
        Map<String, String> environment = Map.of("DATABASE_URL", rawUrl);
        WholeRun piped = WholeRun.median(List.of(shell.toString()), environment, query + "\n", startupRuns);
        String yardstick = "";
        if (FlaskShell.available()) {
            WholeRun flask = FlaskShell.median(startupRuns);
            yardstick = String.format(java.util.Locale.ROOT, "   %.1fx flask shell's %.2f s and %.1fx its %d MB",
                    piped.seconds() / flask.seconds(), flask.seconds(), (double) piped.peakRssMegabytes() / flask.peakRssMegabytes(),
                    flask.peakRssMegabytes());
        }
        report.startup("stdin: launch, " + query + ", exit", seconds(piped.seconds()) + String.format(java.util.Locale.ROOT,
                "   CPU %.2f s   peak RSS %d MB", piped.cpuSeconds(), piped.peakRssMegabytes()) + yardstick);
        StartupFloor.measure(shell, rawUrl, startupRuns, report);
        Path script = java.nio.file.Files.createTempFile("ormshell-bench", ".jsh");
        try {
            java.nio.file.Files.writeString(script, query + "\n");
            WholeRun run = WholeRun.median(List.of(shell.toString(), "run", script.toString()), environment, "", startupRuns);
            report.startup("run of a one-line script, to exit", seconds(run.seconds()) + "   peak RSS " + run.peakRssMegabytes() + " MB");
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
        report.startup("trivial snippet after warm-up", String.format(java.util.Locale.ROOT,
                "%.1f ms   median of 100 snippets after 20", probe.medianSnippetMillis(20, 100)));
        StartupProbe.Memory idle = probe.idleMemory(query);
        report.startup("idle shell RSS (after a query and 1 s)", idle.residentMegabytes() + " MB   peak " + idle.peakMegabytes() + " MB");
        ProjectStartup.measure(shell, rawUrl, startupRuns, report);
        Path folder = java.nio.file.Files.createTempDirectory("ormshell-bench-export");
        try {
            ExportProbe exports = new ExportProbe(probe, folder);
            for (long exported : new long[] {10_000, 1_000_000}) {
                ExportProbe.Export export = exports.export(exported);
                report.startup(String.format(java.util.Locale.ROOT, "/sql … > file.csv, %,d rows", exported), String.format(
                        java.util.Locale.ROOT, "%.2f s   %,.0f rows/s   peak RSS %d MB   file %d MB", export.seconds(),
                        exported / export.seconds(), export.peakRssMegabytes(), export.fileMegabytes()));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(folder);
        }
    }
}
