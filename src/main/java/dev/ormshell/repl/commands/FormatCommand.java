package dev.ormshell.repl.commands;

import dev.ormshell.render.OutputFormats;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /format: how /sql, /hql and /table print rows (psql's \pset format, sqlline's !outputformat). */
public final class FormatCommand implements ShellCommand {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public String usage() {
        return "/format " + String.join("|", OutputFormats.NAMES);
    }

    @Override
    public String help() {
        return "how /sql, /hql and /table print rows; CSV, TSV, JSON and Markdown are ready to save";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OutputFormats.NAMES;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (arguments.isBlank()) {
            shell.output().println("Results print as " + shell.results().format() + " (/format "
                    + String.join("|", OutputFormats.NAMES) + ").");
            return Outcome.NOTHING;
        }
        if (!shell.results().useFormat(arguments)) {
            return Outcome.error("/format: there is no format '" + arguments + "'; choose one of "
                    + String.join(", ", OutputFormats.NAMES));
        }
        shell.output().notice("Results print as " + shell.results().format() + ".");
        return Outcome.NOTHING;
    }
}
