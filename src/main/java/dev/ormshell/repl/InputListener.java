package dev.ormshell.repl;

/**
 * Told about every input the shell runs (a /command line or Java, typed or from a script that
 * /open runs), before and after it. Register one with {@link InputGuard#listen}: per-input
 * figures, transcripts and /save's script hook in here.
 */
public interface InputListener {

    /** The input is about to run; nothing of it has happened yet. */
    default void beforeInput(String input, boolean nested) {
    }

    /** The input has run: what it printed, whether it failed, what of it is in effect. */
    default void afterInput(InputResult result) {
    }
}
