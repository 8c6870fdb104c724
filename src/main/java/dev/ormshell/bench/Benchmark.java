package dev.ormshell.bench;

import dev.ormshell.config.DatabaseUrl;
import java.io.PrintStream;
import java.nio.file.Path;
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
            // Untimed: the same steps at a small size, so the JIT has compiled both paths.
            runSteps(database, plan.warmUp(), false);
            database.deleteAllUsers();
            runSteps(database, plan, true);
            if (startupRuns > 0 && shell != null) {
                measureStartup();
            }
        }
    }

    private void runSteps(BenchDatabase database, BenchPlan plan, boolean print) throws Exception {
        Workloads facade = new FacadeWorkloads(database.db());
        Workloads jdbc = new JdbcWorkloads(database.jdbc());

        Measurement f = Measurement.of(() -> facade.insertUsers(plan));
        database.deleteAllUsers();
        Measurement j = Measurement.of(() -> jdbc.insertUsers(plan));
        requireCount(database, plan.rows());
        print(print, "W1", "insert " + plan.rows() + " users, one transaction", "rows", f, j);

        String[] usernames = randomUsernames(plan);
        database.freshSession();
        f = Measurement.of(() -> facade.lookUpByUsername(plan, usernames));
        j = Measurement.of(() -> jdbc.lookUpByUsername(plan, usernames));
        print(print, "W2", plan.lookups() + " lookups by username", "lookups", f, j);

        database.freshSession();
        f = Measurement.of(() -> facade.countUsersPerRole(plan));
        j = Measurement.of(() -> jdbc.countUsersPerRole(plan));
        print(print, "W3", "role.users().count() per role, " + plan.rounds() + " rounds", "counts", f, j);

        database.freshSession();
        f = Measurement.of(() -> facade.paginateAllUsers(plan));
        j = Measurement.of(() -> jdbc.paginateAllUsers(plan));
        int step = BenchPlan.pageStep((plan.rows() + BenchPlan.PAGE_SIZE - 1) / BenchPlan.PAGE_SIZE);
        print(print, "W4", (step == 1 ? "paginate all users, " : "paginate every " + step + "th page of all users, ")
                + BenchPlan.PAGE_SIZE + " per page by username", "rows", f, j);

        database.freshSession();
        f = Measurement.of(() -> facade.renameUsers(plan));
        j = Measurement.of(() -> jdbc.renameUsers(plan));
        print(print, "W5", "rename " + plan.changes() + " users, one commit", "rows", f, j);

        database.freshSession();
        f = Measurement.of(() -> facade.deleteUsers(plan));
        j = Measurement.of(() -> jdbc.deleteUsers(plan));
        requireCount(database, plan.rows() - 2L * plan.changes());
        print(print, "W6", "delete " + plan.changes() + " users, one commit", "rows", f, j);
        database.freshSession();
    }

    private void print(boolean print, String step, String work, String unit, Measurement facade, Measurement jdbc) {
        if (print) {
            report.step(step, work, unit, facade, jdbc);
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

    private void measureStartup() throws Exception {
        StartupProbe probe = new StartupProbe(shell, rawUrl);
        String query = "Role.query.all()";
        report.startup("launch to prompt ready (/help answered)", String.format(java.util.Locale.ROOT,
                "%.2f s   median of %d child shell.sh runs", probe.medianSecondsToFirstOutput("/help", startupRuns), startupRuns));
        report.startup("launch to first query result (" + query + ")", String.format(java.util.Locale.ROOT,
                "%.2f s   median of %d child shell.sh runs", probe.medianSecondsToFirstOutput(query, startupRuns), startupRuns));
        report.startup("trivial snippet after warm-up", String.format(java.util.Locale.ROOT,
                "%.1f ms   median of 100 snippets after 20", probe.medianSnippetMillis(20, 100)));
        report.startup("idle shell peak RSS", probe.idlePeakRssMegabytes(query) + " MB");
    }
}
