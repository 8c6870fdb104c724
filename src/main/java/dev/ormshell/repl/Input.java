package dev.ormshell.repl;

/**
 * Where the shell's input comes from: a terminal with line editing, or a script. Both hand the
 * loop whole units (a command line, or a Java statement that may span lines), so a script runs
 * through the very same loop as a terminal session.
 */
public interface Input extends AutoCloseable {

    /** One command or complete Java snippet, and the line it starts on (from 1). */
    record Unit(String text, int firstLine) {

        /** The line of the input an outcome's error points at (its first line when it names none). */
        public int lineOf(Outcome outcome) {
            return outcome.line() > 0 ? firstLine + outcome.line() - 1 : firstLine;
        }
    }

    /** The next unit, or null when the input has ended. */
    Unit next();

    /** True for a person at a terminal: prompts, colours, questions. */
    boolean interactive();

    /** Asks a yes/no question; a script answers no. */
    default boolean confirm(String question) {
        return false;
    }

    /** The answer to {@link #ask} when the user pressed Ctrl-C at the question: it reads as "cancel". */
    String CANCEL = "cancel";

    /**
     * Asks a question with free answer; null when there is nobody to answer (a script) or the
     * input ended, {@link #CANCEL} when the user interrupted it.
     */
    default String ask(String question) {
        return null;
    }

    /** Prints what the user meets first (the banner); a terminal whose prompt already shows puts it above the prompt. */
    default void announce(String text, Output output) {
        output.println(text);
    }

    /** The same for an error met while the shell started (a context file's, say). */
    default void announceError(String text, Output output) {
        output.error(text);
    }

    /** Called once the shell exists, so a terminal can complete and colour with its help. */
    default void attach(Shell shell) {
    }

    /** The name used in error lines, e.g. the script's file name. */
    default String name() {
        return "<input>";
    }

    @Override
    default void close() {
    }
}
