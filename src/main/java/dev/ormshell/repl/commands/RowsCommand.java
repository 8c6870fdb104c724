package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Results;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /rows: how many rows /sql, /hql and /table show before "… N more" ({@code all} for every row). */
public final class RowsCommand implements ShellCommand {

    @Override
    public String name() {
        return "rows";
    }

    @Override
    public String usage() {
        return "/rows N|all";
    }

    @Override
    public String help() {
        return "how many rows /sql, /hql and /table show (" + Results.DEFAULT_LIMIT + " at first; > FILE writes them all)";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return List.of("all", String.valueOf(Results.DEFAULT_LIMIT));
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Results results = shell.results();
        if (!arguments.isBlank()) {
            Integer limit = parse(arguments);
            if (limit == null) {
                return Outcome.error("/rows needs a number of rows (1 or more) or 'all', e.g. /rows 500");
            }
            results.setLimit(limit);
        }
        shell.output().notice(results.limit() == Integer.MAX_VALUE ? "Tables show every row."
                : "Tables show up to " + results.limit() + " rows.");
        return Outcome.NOTHING;
    }

    private static Integer parse(String text) {
        if (text.equalsIgnoreCase("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            int rows = Integer.parseInt(text.replace("_", ""));
            return rows > 0 ? rows : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
