package dev.ormshell.repl;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What Ctrl-C does while an input runs: cancels the SQL statement running now, and stops the
 * snippet when cancelling is not enough (after a grace period, or at a second Ctrl-C). The
 * variables defined before are kept.
 *
 * <p>Stopping a snippet throws ThreadDeath into its thread wherever it happens to be; inside the
 * JDBC driver that can leave the driver's own bookkeeping half-updated (a cancelled SQLite query
 * being finalised when the stop came left its connection refusing every new statement). So when
 * a statement was running, cancelling it is enough: the driver fails it, the snippet ends on
 * that exception, and everything in between unwinds normally. Only a snippet still running
 * {@link #STOP_GRACE_MILLIS} later (one that caught the error and went on), or a second Ctrl-C,
 * is stopped.
 */
public final class Interrupts {

    // How long a snippet whose statement Ctrl-C cancelled gets to end by itself.
    static final long STOP_GRACE_MILLIS = 1500;

    private final Runnable stopSnippet;
    private final BooleanSupplier cancelStatement;
    private volatile Runnable extraInterrupt;
    private volatile boolean running;
    private volatile boolean stopRequested;
    // Whether the snippet running now (or last) was stopped by force, wherever it was.
    private volatile boolean stoppedHard;
    // Counts snippets run, so a delayed stop cannot hit a later snippet than the one it was for.
    private volatile long snippets;

    /**
     * @param stopSnippet     stops the snippet running now (JShell's stop)
     * @param cancelStatement cancels the SQL statement running now; false when none was running
     */
    public Interrupts(Runnable stopSnippet, BooleanSupplier cancelStatement) {
        this.stopSnippet = stopSnippet;
        this.cancelStatement = cancelStatement;
    }

    /** For snippets no one can interrupt (the preloaded context). */
    static Interrupts none() {
        return new Interrupts(() -> { }, () -> false);
    }

    /** Runs one snippet so that Ctrl-C can stop it. */
    <T> T run(Supplier<T> snippet) {
        stopRequested = false;
        stoppedHard = false;
        snippets++;
        running = true;
        try {
            return snippet.get();
        } finally {
            running = false;
        }
    }

    /**
     * Whether Ctrl-C ended the snippet just run: it was stopped by force, or asked to stop and
     * failed. A Ctrl-C that came too late to change anything (the snippet ended well) is no stop.
     */
    boolean stopped(boolean failed) {
        return stoppedHard || stopRequested && failed;
    }

    /**
     * Whether the last snippet was stopped by force (Ctrl-C that cancelling its statement did not
     * end): it may have been anywhere, in the middle of a flush too.
     */
    boolean stoppedHard() {
        return stoppedHard;
    }

    /** Ctrl-C: cancels the SQL statement running now, if any, and stops the snippet (see the class comment). */
    public void interrupt() {
        boolean firstPress = !stopRequested;
        stopRequested = running;
        Runnable extra = extraInterrupt;
        if (extra != null) {
            extra.run();
        }
        if (firstPress && cancelStatement.getAsBoolean()) {
            long snippet = snippets;
            Thread later = new Thread(() -> stopLater(snippet), "ctrl-c stop");
            later.setDaemon(true);
            later.start();
        } else {
            stopNow();
        }
    }

    private void stopLater(long snippet) {
        try {
            Thread.sleep(STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        if (running && snippets == snippet) {
            stopNow();
        }
    }

    // The stop first, then the cancel: a thread waiting in the driver's native code takes the
    // ThreadDeath the moment the cancelled call returns, before the driver acts on the failure.
    private void stopNow() {
        if (running) {
            stoppedHard = true;
        }
        stopSnippet.run(); // the shell and its variables live on
        cancelStatement.getAsBoolean();
    }

    /** Something Ctrl-C should also do while a command runs (cancel the statement whose rows it reads). */
    public Registration onInterrupt(Runnable action) {
        extraInterrupt = action;
        return () -> extraInterrupt = null;
    }

    /** Ends what {@link #onInterrupt} set up. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
