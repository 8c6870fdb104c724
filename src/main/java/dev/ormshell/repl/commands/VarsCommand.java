package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;

/** /vars: the variables defined so far, with their values. */
public final class VarsCommand implements ShellCommand {

    @Override
    public String name() {
        return "vars";
    }

    @Override
    public String help() {
        return "list the variables and their values";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        shell.evaluator().variables(shell.renderer()::render).forEach(line -> shell.output().println("  " + line));
        return Outcome.NOTHING;
    }
}
