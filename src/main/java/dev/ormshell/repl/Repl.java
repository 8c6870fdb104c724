package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The read-evaluate-print loop, the same for a terminal and a script: read a unit, run it as a
 * command or as Java, print its value or its error, go on. A script stops at its first error
 * (unless told to keep going) and its exit code says whether every unit succeeded.
 */
public final class Repl {

    private final Shell shell;
    private final Input input;
    private final CommandRegistry commands;
    private final boolean keepGoing;

    public Repl(Db db, JavaEvaluator evaluator, Input input, Output output, CommandRegistry commands, boolean keepGoing) {
        this.shell = new Shell(db, evaluator, output, commands);
        this.input = input;
        this.commands = commands;
        this.keepGoing = keepGoing;
        shell.setScriptRunner(this::runScript);
        shell.insight().setNPlusOneWarnings(input.interactive());
        input.attach(shell);
    }

    /** Runs until the input ends or /exit; returns the process exit code. */
    public int run() {
        int failures = 0;
        do {
            failures += loop(input, input.interactive() || keepGoing);
        } while (!readyToLeave());
        shell.db().session.close();
        return failures == 0 ? 0 : 1;
    }

    /** Runs the units of one input; returns how many failed. */
    private int loop(Input from, boolean goOnAfterError) {
        int failures = 0;
        Input.Unit unit;
        while (!shell.exitRequested() && (unit = from.next()) != null) {
            if (unit.text().isBlank()) {
                continue;
            }
            long started = System.nanoTime();
            Outcome outcome = execute(unit);
            if (shell.timing()) {
                shell.output().notice(String.format(Locale.ROOT, "(%.1f ms)", (System.nanoTime() - started) / 1e6));
            }
            shell.insight().afterInput();
            if (outcome.failed()) {
                failures++;
                report(outcome, unit, from);
                if (!goOnAfterError) {
                    break;
                }
            } else if (from == input) {
                shell.remember(unit.text());
            }
        }
        return failures;
    }

    private Outcome execute(Input.Unit unit) {
        String text = unit.text().strip();
        if (text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/*")) {
            return runGuarded(() -> commands.run(text, shell), false);
        }
        return runGuarded(() -> {
            Outcome last = Outcome.NOTHING;
            for (Outcome outcome : shell.evaluator().evaluate(unit.text())) {
                if (outcome.kind() == Outcome.Kind.VALUE) {
                    shell.output().println(shell.renderer().render(outcome.value()));
                }
                last = outcome;
            }
            return last;
        }, true);
    }

    // A command or the evaluator itself failing must not end the shell: it becomes one error line.
    private Outcome runGuarded(java.util.function.Supplier<Outcome> work, boolean java) {
        long writesBefore = writesSoFar();
        Outcome outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            outcome = Outcome.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        // A snippet stopped by force after it had written may have been stopped in the middle of
        // that work (a flush half done, a batch half sent): its transaction is not kept.
        boolean stoppedInDatabaseWork = java && shell.evaluator().stoppedHard() && writesSoFar() != writesBefore;
        Db opened = ShellContext.openedDb();
        if (opened != null && !stoppedInDatabaseWork) {
            opened.session.releaseConnection();
        }
        if (outcome.failed()) {
            String notice = stoppedInDatabaseWork ? shell.db().session.discardAfterStop() : shell.db().session.recoverIfBroken();
            if (notice != null) {
                return new Outcome(outcome.kind(), null, outcome.message() + ". " + notice, outcome.line());
            }
        }
        return outcome;
    }

    private static long writesSoFar() {
        Db opened = ShellContext.openedDb();
        return opened == null ? 0 : opened.database().dataSource().writes();
    }

    private void report(Outcome outcome, Input.Unit unit, Input from) {
        if (from.interactive()) {
            shell.output().error("error: " + outcome.message());
        } else {
            int line = outcome.line() > 0 ? unit.firstLine() + outcome.line() - 1 : unit.firstLine();
            shell.output().error(from.name() + ":" + line + ": error: " + outcome.message());
        }
    }

    /** /open: a script through this same loop, stopping at its first error. */
    private Outcome runScript(Path file) {
        if (!Files.isRegularFile(file)) {
            return Outcome.error("cannot open " + file + ": no such file");
        }
        try (ScriptInput script = new ScriptInput(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                file.toString(), shell.evaluator()::isComplete)) {
            return loop(script, false) == 0 ? Outcome.NOTHING : Outcome.error(file + " stopped at its first error");
        } catch (IOException e) {
            return Outcome.error("cannot open " + file + ": " + e.getMessage());
        }
    }

    // Uncommitted changes are never written silently: a person is asked, a script rolls back.
    // Returns false when the person chose to stay in the shell.
    private boolean readyToLeave() {
        Db db = shell.db();
        if (!db.session.hasUncommittedChanges()) {
            return true;
        }
        if (db.session.sandbox()) {
            db.session.rollback();
            shell.output().notice("Sandbox: every change made in it was rolled back.");
            return true;
        }
        String answer = input.interactive()
                ? input.ask("There are uncommitted changes. Commit them? [y]es, [n]o: roll back, [c]ancel: stay ")
                : null;
        String choice = answer == null ? "n" : answer.strip().toLowerCase(Locale.ROOT);
        if (choice.startsWith("c")) { // also Input.CANCEL, Ctrl-C at the question
            shell.cancelExit();
            return false;
        }
        if (choice.startsWith("y")) {
            try {
                db.session.commit();
                shell.output().notice("Committed.");
                return true;
            } catch (RuntimeException e) {
                shell.output().error("error: " + e.getMessage());
            }
        }
        db.session.rollback();
        shell.output().notice("Uncommitted changes were rolled back.");
        return true;
    }

    Shell shell() {
        return shell;
    }
}
