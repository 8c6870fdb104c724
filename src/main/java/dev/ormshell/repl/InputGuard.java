package dev.ormshell.repl;

import dev.ormshell.orm.DbSession;
import dev.ormshell.orm.UnitOfWork;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What happens around each input, in one place: the session's connection goes back to the pool
 * when the input is done, a failure that broke the transaction rolls it back and says so, a
 * snippet stopped by force in the middle of database work loses its transaction, and leaving
 * with uncommitted changes asks first. Listeners hear of every input before and after it.
 */
public final class InputGuard {

    // Replaced when /reload maps the model again (see use).
    private DbSession session;
    private UnitOfWork work;
    private final Interrupts interrupts;
    private final Output output;
    private final List<InputListener> listeners = new CopyOnWriteArrayList<>();
    // Inputs running now: an /open runs its script's inputs inside its own.
    private int depth;

    InputGuard(DbSession session, UnitOfWork work, Interrupts interrupts, Output output) {
        this.session = session;
        this.work = work;
        this.interrupts = interrupts;
        this.output = output;
    }

    /** From now on, the session and unit of work of a model mapped again by /reload. */
    void use(DbSession session, UnitOfWork work) {
        this.session = session;
        this.work = work;
    }

    /** Adds a listener for every input from now on. */
    public void listen(InputListener listener) {
        listeners.add(listener);
    }

    public void stopListening(InputListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs one input. A command or the evaluator itself failing must not end the shell: it
     * becomes one error line. {@code java} tells a snippet from a command, which Ctrl-C cannot stop by force.
     */
    InputResult run(String input, boolean java, Supplier<List<Outcome>> evaluation) {
        boolean nested = depth++ > 0;
        try {
            listeners.forEach(listener -> listener.beforeInput(input, nested));
            long writesBefore = work.writes();
            int mark = output.startRecording();
            List<Outcome> outcomes;
            try {
                outcomes = evaluation.get();
            } catch (RuntimeException e) {
                outcomes = List.of(Outcome.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            // A snippet stopped by force after it had written may have been stopped in the middle of
            // that work (a flush half done, a batch half sent): its transaction is not kept.
            boolean stoppedInDatabaseWork = java && interrupts.stoppedHard() && work.writes() != writesBefore;
            if (!stoppedInDatabaseWork) {
                work.releaseConnection();
            }
            InputResult result = new InputResult(input, afterFailure(outcomes, stoppedInDatabaseWork),
                    output.stopRecording(mark), nested, work.writes() != writesBefore);
            listeners.forEach(listener -> listener.afterInput(result));
            return result;
        } finally {
            depth--;
        }
    }

    // The failure's line also says what the session did about it.
    private List<Outcome> afterFailure(List<Outcome> outcomes, boolean stoppedInDatabaseWork) {
        if (outcomes.isEmpty() || !outcomes.get(outcomes.size() - 1).failed()) {
            return outcomes;
        }
        String notice = stoppedInDatabaseWork ? work.discardAfterStop() : work.recoverIfBroken();
        if (notice == null) {
            return outcomes;
        }
        List<Outcome> noted = new java.util.ArrayList<>(outcomes);
        noted.set(noted.size() - 1, noted.get(noted.size() - 1).withNotice(notice));
        return noted;
    }

    /**
     * Uncommitted changes are never written silently: a person is asked, a script rolls back.
     * Returns false when the person chose to stay in the shell.
     */
    boolean readyToLeave(Input input) {
        if (!session.hasUncommittedChanges()) {
            return true;
        }
        if (work.sandbox()) {
            session.rollback();
            output.notice("Sandbox: every change made in it was rolled back.");
            return true;
        }
        String answer = input.interactive()
                ? input.ask("There are uncommitted changes. Commit them? [y]es, [n]o: roll back, [c]ancel: stay ")
                : null;
        String choice = answer == null ? "n" : answer.strip().toLowerCase(Locale.ROOT);
        if (choice.startsWith("c")) { // also Input.CANCEL, Ctrl-C at the question
            return false;
        }
        if (choice.startsWith("y")) {
            try {
                session.commit();
                output.notice("Committed.");
                return true;
            } catch (RuntimeException e) {
                output.error("error: " + e.getMessage());
            }
        }
        session.rollback();
        output.notice("Uncommitted changes were rolled back.");
        return true;
    }
}
