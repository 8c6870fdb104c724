package dev.ormshell.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The read-evaluate-print loop, the same for a terminal and a script: read a unit, run it as a
 * command or as Java (inside {@link InputGuard}), print its value or its error, go on. A script
 * stops at its first error (unless told to keep going) and its exit code says whether every
 * unit succeeded.
 */
public final class Repl {

    private final Shell shell;
    private final Input input;
    private final boolean keepGoing;
    // The status a script's System.exit asked for; null when none did.
    private Integer exitStatus;

    public Repl(Shell shell, Input input, boolean keepGoing) {
        this.shell = shell;
        this.input = input;
        this.keepGoing = keepGoing;
        shell.setScriptRunner(this::runScript);
        shell.setQuestions(input::ask);
        shell.insight().setNPlusOneWarnings(input.interactive());
        input.attach(shell);
    }

    /**
     * Runs until the input ends or /exit; returns the process exit code. A person who leaves
     * ends with 0, whatever failed on the way; a script with 1 when a unit failed, or with the
     * status its System.exit gave.
     */
    public int run() {
        int failures = 0;
        while (true) {
            failures += loop(input, input.interactive() || keepGoing);
            if (shell.inputs().readyToLeave(input)) {
                break;
            }
            shell.cancelExit();
            exitStatus = null;
        }
        shell.db().session.close();
        if (exitStatus != null) {
            return exitStatus;
        }
        return failures == 0 || input.interactive() ? 0 : 1;
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
            InputResult result = execute(unit);
            if (shell.timing()) {
                shell.output().notice(String.format(Locale.ROOT, "(%.1f ms)", (System.nanoTime() - started) / 1e6));
            }
            if (result.outcome().kind() == Outcome.Kind.EXIT) {
                leaveOnExit((Integer) result.outcome().value());
            } else if (result.failed()) {
                failures++;
                report(result.outcome(), unit, from);
                if (!goOnAfterError) {
                    break;
                }
            }
        }
        return failures;
    }

    private InputResult execute(Input.Unit unit) {
        String text = unit.text().strip();
        if (InputLine.isCommand(text)) {
            return shell.inputs().run(text, false, () -> List.of(shell.runCommand(text).from(text)));
        }
        return shell.inputs().run(unit.text(), true, () -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (Outcome outcome : shell.evaluate(unit.text())) {
                if (outcome.kind() == Outcome.Kind.VALUE) {
                    shell.output().println(shell.renderer().render(outcome.value()));
                }
                outcomes.add(outcome);
            }
            return outcomes;
        });
    }

    // A snippet cannot end the shell: a person leaves as with /exit (asked about uncommitted
    // changes, free to stay); a script ends after the usual rollback, with the status given.
    private void leaveOnExit(int status) {
        if (input.interactive()) {
            shell.output().notice("System.exit(" + status + "): a snippet does not end the shell; leaving as /exit does.");
        } else {
            exitStatus = status;
        }
        shell.requestExit();
    }

    private void report(Outcome outcome, Input.Unit unit, Input from) {
        if (from.interactive()) {
            shell.output().error("error: " + outcome.message());
        } else {
            shell.output().error(from.name() + ":" + unit.lineOf(outcome) + ": error: " + outcome.message());
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

    /** The shell the loop runs in, for settings made before it starts (a script's --format). */
    public Shell shell() {
        return shell;
    }
}
