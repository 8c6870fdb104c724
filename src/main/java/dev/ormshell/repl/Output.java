package dev.ormshell.repl;

import java.io.PrintStream;
import java.util.function.UnaryOperator;

/** Where the shell writes: values to standard output, errors and notices to standard error. */
public final class Output {

    private static final String RED = "\u001B[31m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    private final UnaryOperator<String> mask;
    // Also given every line shown, while a lesson transcript is written.
    private volatile java.util.function.Consumer<String> copy;

    public Output(PrintStream out, PrintStream err, boolean colour) {
        this(out, err, colour, UnaryOperator.identity());
    }

    /** Writes everything through {@code mask}, which hides the database's password (System.getenv(), say). */
    public Output(PrintStream out, PrintStream err, boolean colour, UnaryOperator<String> mask) {
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.mask = mask;
    }

    /** A result: an expression's value, a table, a command's report. */
    public void println(String text) {
        String shown = mask.apply(text);
        copy(shown);
        out.println(shown);
        out.flush();
    }

    /** Something the user should know that is not a result (rolled back, echo on …). */
    public void notice(String text) {
        String shown = mask.apply(text);
        copy(shown);
        out.flush();
        err.println(colour ? DIM + shown + RESET : shown);
        err.flush();
    }

    public void error(String text) {
        String shown = mask.apply(text);
        copy(shown);
        out.flush();
        err.println(colour ? RED + shown + RESET : shown);
        err.flush();
    }

    /** Hands every line shown to {@code copy} as well (null stops it). */
    public void copyTo(java.util.function.Consumer<String> copy) {
        this.copy = copy;
    }

    private void copy(String text) {
        java.util.function.Consumer<String> to = copy;
        if (to != null) {
            to.accept(text);
        }
    }

    public boolean colour() {
        return colour;
    }
}
