package dev.ormshell.repl;

import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * /reload, as jshell's {@code /reload} and Rails' {@code reload!}: the model is built again from
 * its sources, mapped by a new SessionFactory on the same database (same pool, so echo and the
 * counts go on), and a fresh JShell state on the new classes takes the place of the old one,
 * which is closed: no old instance is left to mix with the new classes. The context and the
 * context file run again, then the session's inputs are replayed, but not those that wrote to
 * the database (it already holds what they wrote), nor /commands; a variable that held a saved
 * object holds that row again, read through the new classes.
 */
final class ModelReload {

    private final Shell shell;
    private final ReplayScript replay;

    ModelReload(Shell shell, ReplayScript replay) {
        this.shell = shell;
        this.replay = replay;
    }

    /** Builds and maps first: if either fails, nothing has changed and the error says why. */
    Outcome run() {
        RebuiltModel rebuilt;
        Database database;
        try {
            rebuilt = shell.rebuildModel();
            database = shell.db().database().remap(rebuilt.model());
        } catch (RuntimeException e) {
            return Outcome.error("/reload: " + e.getMessage() + "; the shell goes on with the classes it had");
        }
        JavaEvaluator fresh;
        try {
            fresh = new JavaEvaluator(rebuilt.classpath());
            fresh.preload(ShellContext.imports());
            ShellStartup.useModel(fresh, rebuilt.model().loader(), List.of(), rebuilt.namedClasses());
        } catch (RuntimeException e) {
            database.closeMapping();
            return Outcome.error("/reload: " + e.getMessage() + "; the shell goes on with the classes it had");
        }
        SavedRows saved = SavedRows.of(shell.evaluator().variableValues(), shell.db().sessionFactory());
        Database old = shell.db().database();
        Database oldFiles = shell.modelDatabase();
        shell.db().session.rollback();
        shell.db().session.close();
        UnitOfWork work = new UnitOfWork(database);
        Db db = ShellStartup.install(database, work);
        ShellStartup.defineContext(fresh, CompletableFuture.completedFuture(db));
        shell.evaluator().takeOver(fresh);
        shell.useDatabase(db, work);
        shell.useModelDatabase(database);
        old.closeMapping();
        if (oldFiles != old) {
            oldFiles.closeMapping();
        }
        if (shell.contextFile() != null) {
            shell.contextFile().runIn(shell).errors().forEach(shell.output()::error);
        }
        int replayed = replaySession();
        if (shell.db().session.hasUncommittedChanges()) {
            shell.db().session.rollback();
        }
        shell.typedEntities().refresh(false);
        int restored = saved.restoreInto(shell.evaluator(), shell.db());
        shell.unitOfWork().releaseConnection();
        shell.output().notice("Reloaded " + rebuilt.model().name() + " (" + ShellContext.entityNames(shell.db().sessionFactory())
                + "); replayed " + replayed + (replayed == 1 ? " input" : " inputs")
                + (restored == 0 ? "" : ", " + restored + (restored == 1 ? " variable holds its row" : " variables hold their rows")
                + " again") + ".");
        return Outcome.NOTHING;
    }

    // Runs the session's Java inputs again; one line for each that is not run; returns how many ran.
    private int replaySession() {
        List<ReplayScript.Entry> kept = new ArrayList<>();
        int replayed = 0;
        int wrote = 0;
        for (ReplayScript.Entry entry : replay.entries()) {
            String text = entry.text();
            if (InputLine.isCommand(text)) {
                kept.add(entry);
                continue;
            }
            if (entry.wrote()) {
                wrote++;
                kept.add(entry);
                continue;
            }
            Outcome failed = shell.evaluate(text).stream().filter(Outcome::failed).findFirst().orElse(null);
            shell.unitOfWork().releaseConnection();
            shell.typedEntities().refresh(false);
            if (failed == null) {
                kept.add(entry);
                replayed++;
            } else {
                shell.output().error("Not replayed: " + firstLine(text) + " (" + failed.message() + ")");
                shell.unitOfWork().recoverIfBroken();
            }
        }
        replay.keep(kept);
        if (wrote > 0) {
            shell.output().notice(wrote + (wrote == 1 ? " input that wrote" : " inputs that wrote")
                    + " to the database did not run again: the database has what they wrote.");
        }
        return replayed;
    }

    private static String firstLine(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return text.strip().contains("\n") ? first + " …" : first;
    }
}
