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

    public Output(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** A result: an expression's value, a table, a command's report. */
    public void println(String text) {
        out.println(text);
        out.flush();
    }

    /** Something the user should know that is not a result (rolled back, echo on …). */
    public void notice(String text) {
        out.flush();
        err.println(colour ? DIM + text + RESET : text);
        err.flush();
    }

    public void error(String text) {
        out.flush();
        err.println(colour ? RED + text + RESET : text);
        err.flush();
    }

    public boolean colour() {
        return colour;
    }
}
