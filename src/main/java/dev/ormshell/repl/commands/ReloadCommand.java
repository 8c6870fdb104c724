package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.Locale;

/** /reload: the entity classes built again from their sources, the session replayed on them. */
public final class ReloadCommand implements ShellCommand {

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String help() {
        return "rebuild the entity classes from their sources, map them again and replay your snippets";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (!arguments.isBlank()) {
            return Outcome.error("/reload takes no arguments");
        }
        if (shell.unitOfWork().sandbox()) {
            return Outcome.error("/reload: leave the sandbox first (/sandbox off)");
        }
        if (shell.db().session.hasUncommittedChanges()) {
            String answer = shell.ask("There are uncommitted changes; /reload rolls them back. Reload? [y/N] ");
            if (answer == null) {
                return Outcome.error("/reload: there are uncommitted changes: commit or roll them back first");
            }
            if (!answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                shell.output().notice("Not reloaded; the changes are still pending.");
                return Outcome.NOTHING;
            }
        }
        return shell.reload();
    }
}
