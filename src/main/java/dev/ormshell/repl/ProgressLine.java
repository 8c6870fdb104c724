package dev.ormshell.repl;

import dev.ormshell.orm.Progress;
import dev.ormshell.render.ProgressText;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * The progress bar of long work on the terminal's status line (JLine's Status), while an input
 * runs: it appears once the work has lasted half a second, is redrawn five times a second, and
 * is gone when the work ends. Only a terminal has one; scripts never do.
 */
final class ProgressLine implements InputListener {

    private static final long SHOW_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Terminal terminal;
    private final Progress progress;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress line");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> ticking;
    private Status status;

    ProgressLine(Terminal terminal, Progress progress) {
        this.terminal = terminal;
        this.progress = progress;
    }

    @Override
    public synchronized void beforeInput(String input, boolean nested) {
        if (ticking == null) {
            ticking = clock.scheduleAtFixedRate(this::redraw, 200, 200, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void afterInput(InputResult result) {
        synchronized (this) {
            if (ticking != null) {
                ticking.cancel(false);
                ticking = null;
            }
        }
        // On the clock's thread, after any redraw still running there; and waited for, so that the
        // line is gone before the next prompt is drawn (a clear racing the prompt left a bar behind).
        try {
            clock.submit(() -> show(null)).get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A status line that cannot be cleared in a second is no reason to hold the prompt back.
        }
    }

    private void redraw() {
        Progress.Snapshot work = progress.now();
        long running = work == null ? 0 : System.nanoTime() - work.startedNanos();
        show(work != null && running >= SHOW_AFTER_NANOS ? work : null);
    }

    private void show(Progress.Snapshot work) {
        try {
            if (work == null) {
                if (status != null) {
                    status.update(List.of());
                    status = null;
                }
                return;
            }
            if (status == null) {
                status = Status.getStatus(terminal);
            }
            if (status != null) {
                String line = ProgressText.line(work.task(), work.unit(), work.done(), work.total(),
                        (System.nanoTime() - work.startedNanos()) / 1e9, Math.max(20, terminal.getWidth() - 1));
                status.update(List.of(new AttributedString(line)));
            }
        } catch (RuntimeException ignored) {
            // A status line the terminal cannot draw is no reason to disturb the work.
        }
    }
}
