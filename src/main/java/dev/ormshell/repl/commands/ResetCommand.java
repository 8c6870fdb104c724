package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellContext;
import dev.ormshell.repl.ShellCommand;

/** /reset: a fresh start: uncommitted changes rolled back, the user's variables forgotten, the context kept. */
public final class ResetCommand implements ShellCommand {

    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String help() {
        return "roll back, forget your variables and methods, keep db, session and the entities";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (shell.db().session.hasUncommittedChanges()) {
            shell.db().session.rollback();
            shell.output().notice("Uncommitted changes were rolled back.");
        }
        shell.db().session.close();
        shell.evaluator().reset();
        shell.forgetTranscript();
        shell.output().notice("Reset: your variables are gone; db, session, sessionFactory and the entities ("
                + ShellContext.entityNames(shell.db().sessionFactory()) + ") remain.");
        return Outcome.NOTHING;
    }
}
