package dev.ormshell.bench;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.orm.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * The two things every start of the shell does, each alone in a JVM of its own: JShell to the
 * value of its first snippet, and the database opened as the shell opens it (pool, Hibernate's
 * mapping of Role and User) to the rows of its first query. The benchmark starts this through
 * shell.sh (the same Java, flags and class-data archive as the shell) and times it from outside:
 * the least a start that needs both can take here, whatever the shell around them does.
 */
public final class StartupFloor {

    /** Names this class to shell.sh instead of the shell's own main class. */
    static final String MAIN_CLASS_VARIABLE = "ORMSHELL_MAIN_CLASS";

    private StartupFloor() {
    }

    /** Both parts timed through shell.sh, each the median of {@code runs}, with the same URL the shell's start is timed on. */
    static void measure(Path shell, String url, int runs, BenchReport report) throws IOException, InterruptedException {
        Map<String, String> environment = Map.of(MAIN_CLASS_VARIABLE, StartupFloor.class.getName());
        WholeRun jshell = WholeRun.median(List.of(shell.toString(), "jshell"), environment, "", runs);
        WholeRun hibernate = WholeRun.median(List.of(shell.toString(), "hibernate", url), environment, "", runs);
        report.startup("part alone: a JVM with JShell, to 1+41", figures(jshell, runs));
        report.startup("part alone: a JVM with the database, to Role rows", figures(hibernate, runs));
    }

    private static String figures(WholeRun run, int runs) {
        return String.format(Locale.ROOT, "%.2f s   CPU %.2f s   peak RSS %d MB   median of %d runs",
                run.seconds(), run.cpuSeconds(), run.peakRssMegabytes(), runs);
    }

    /** {@code jshell}, or {@code hibernate URL} (the shell's form of URL): prints the result and exits. */
    public static void main(String[] args) {
        // Hibernate's log lines are not part of the work (the shell turns them off too).
        Logger.getLogger("").setLevel(Level.SEVERE);
        if (args.length == 1 && args[0].equals("jshell")) {
            System.out.println(firstSnippet());
        } else if (args.length == 2 && args[0].equals("hibernate")) {
            System.out.println(firstQuery(args[1]));
        } else {
            System.err.println("usage: StartupFloor jshell | hibernate URL");
            System.exit(2);
        }
    }

    private static String firstSnippet() {
        try (JShell jshell = JShell.builder().executionEngine("local").build()) {
            List<SnippetEvent> events = jshell.eval("1+41");
            return events.get(0).value();
        }
    }

    // As the shell opens it (its pool, its settings for a quick boot), without the shell around it.
    private static int firstQuery(String url) {
        try (Database database = Database.open(DatabaseUrl.parse(url), Models.ALL)) {
            return database.sessionFactory().fromSession(
                    session -> session.createSelectionQuery("from Role", Role.class).getResultList().size());
        }
    }
}
