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
    // What println printed while an input ran, for the input's listeners (see InputGuard).
    private final StringBuilder printed = new StringBuilder();
    private int recorders;

    public Output(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** A result: an expression's value, a table, a command's report. */
    public void println(String text) {
        out.println(text);
        out.flush();
        if (recorders > 0) {
            printed.append(text).append('\n');
        }
    }

    /** Starts keeping what {@link #println} prints; returns the mark to give {@link #stopRecording}. */
    int startRecording() {
        recorders++;
        return printed.length();
    }

    /** What was printed since the mark (an input inside another records inside the outer one). */
    String stopRecording(int mark) {
        String since = printed.substring(mark);
        if (--recorders == 0) {
            printed.setLength(0);
        }
        return since;
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
