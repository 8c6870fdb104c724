package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import dev.ormshell.repl.ShellContext;

/** /context: what the shell preloaded, as {@code make_shell_context} lists it. */
public final class ContextCommand implements ShellCommand {

    @Override
    public String name() {
        return "context";
    }

    @Override
    public String help() {
        return "show what the shell preloaded (db, session, entities, imports)";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        shell.output().println("Database: " + shell.db().database().url());
        shell.output().println("Preloaded: " + ShellContext.describe(shell.db().sessionFactory(), shell.evaluator().imports()));
        return Outcome.NOTHING;
    }
}
