package dev.ormshell.repl;

import java.io.PrintStream;

/** Where the shell writes: values to standard output, errors and notices to standard error. */
public final class Output {

    private static final String RED = "\u001B[31m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    // Also given every line shown, while a lesson transcript is written.
    private volatile java.util.function.Consumer<String> copy;

    public Output(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** A result: an expression's value, a table, a command's report. */
    public void println(String text) {
        copy(text);
        out.println(text);
        out.flush();
    }

    /** Something the user should know that is not a result (rolled back, echo on …). */
    public void notice(String text) {
        copy(text);
        out.flush();
        err.println(colour ? DIM + text + RESET : text);
        err.flush();
    }

    public void error(String text) {
        copy(text);
        out.flush();
        err.println(colour ? RED + text + RESET : text);
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
