package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;

/** /exit: leaves the shell (uncommitted changes are dealt with by the loop). */
public final class ExitCommand implements ShellCommand {

    @Override
    public String name() {
        return "exit";
    }

    @Override
    public String help() {
        return "leave the shell (Ctrl-D does the same)";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        shell.requestExit();
        return Outcome.NOTHING;
    }
}
