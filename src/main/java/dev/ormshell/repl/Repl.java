package dev.ormshell.repl;

import dev.ormshell.orm.Db;

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
    }

    /** Runs until the input ends or /exit; returns the process exit code. */
    public int run() {
        int failures = 0;
        Input.Unit unit;
        while (!shell.exitRequested() && (unit = input.next()) != null) {
            if (unit.text().isBlank()) {
                continue;
            }
            Outcome outcome = execute(unit);
            if (outcome.failed()) {
                failures++;
                report(outcome, unit);
                if (!input.interactive() && !keepGoing) {
                    break;
                }
            }
        }
        closeSession();
        return failures == 0 ? 0 : 1;
    }

    private Outcome execute(Input.Unit unit) {
        String text = unit.text().strip();
        if (text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/*")) {
            return runGuarded(() -> commands.run(text, shell));
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
        });
    }

    // A command or the evaluator itself failing must not end the shell: it becomes one error line.
    private Outcome runGuarded(java.util.function.Supplier<Outcome> work) {
        Outcome outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            outcome = Outcome.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (outcome.failed()) {
            String notice = shell.db().session.recoverIfBroken();
            if (notice != null) {
                return new Outcome(outcome.kind(), null, outcome.message() + ". " + notice, outcome.line());
            }
        }
        return outcome;
    }

    private void report(Outcome outcome, Input.Unit unit) {
        if (input.interactive()) {
            shell.output().error("error: " + outcome.message());
        } else {
            int line = outcome.line() > 0 ? unit.firstLine() + outcome.line() - 1 : unit.firstLine();
            shell.output().error(input.name() + ":" + line + ": error: " + outcome.message());
        }
    }

    // Uncommitted changes are never written silently: a person is asked, a script rolls back.
    private void closeSession() {
        Db db = shell.db();
        if (db.session.hasUncommittedChanges()) {
            if (input.interactive() && input.confirm("There are uncommitted changes. Commit them before leaving? [y/N] ")) {
                try {
                    db.session.commit();
                    shell.output().notice("Committed.");
                } catch (RuntimeException e) {
                    shell.output().error("error: " + e.getMessage());
                }
            } else {
                db.session.rollback();
                shell.output().notice("Uncommitted changes were rolled back.");
            }
        }
        db.session.close();
    }

    Shell shell() {
        return shell;
    }
}
