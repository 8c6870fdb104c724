package dev.ormshell.cli;

import dev.ormshell.repl.Input;
import dev.ormshell.repl.TerminalInput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The terminal's prompt, shown before anything else starts: a person can type at once while
 * JShell, Hibernate and the database start behind it, and Enter waits for them. Only for the
 * interactive shell on a terminal, with options that cannot fail to parse (no --debug, whose
 * logs would write over the prompt); everything else starts as before.
 */
final class EarlyPrompt {

    private static TerminalInput shown;
    private static PrintStream out;
    private static PrintStream err;

    private EarlyPrompt() {
    }

    /** True when the command line opens the interactive shell and nothing else (and not --debug, see above). */
    static boolean suits(String[] args) {
        ShellOptions options = ShellArguments.read(args);
        return options != null && !options.debug;
    }

    /**
     * Opens the terminal and shows the prompt. Until the shell takes it, whatever start-up prints
     * (a project's Maven build, say) goes above the prompt instead of over it.
     */
    static void show(Path historyFile) {
        TerminalInput input = new TerminalInput(historyFile);
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(new LinesAbove(input), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LinesAbove(input), true, StandardCharsets.UTF_8));
        input.readFirstInputAhead();
        shown = input;
        StartupTrace.mark("prompt shown");
    }

    /** The terminal whose prompt shows, given the shell's evaluator and Ctrl-C; null when there is none. */
    static Input take(Predicate<String> isComplete, Runnable onCtrlC) {
        TerminalInput input = shown;
        if (input == null) {
            return null;
        }
        shown = null;
        restoreStreams();
        input.connect(isComplete, onCtrlC);
        return input;
    }

    /** Gives the terminal back as it was when the shell did not start (its error comes next). */
    static void discard() {
        TerminalInput input = shown;
        if (input != null) {
            shown = null;
            restoreStreams();
            input.close();
        }
    }

    private static void restoreStreams() {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
    }

    /** Writes each whole line above the prompt. */
    private static final class LinesAbove extends OutputStream {

        private final TerminalInput input;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LinesAbove(TerminalInput input) {
            this.input = input;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                input.printAbove(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            if (line.size() > 0) {
                write('\n');
            }
        }
    }
}
