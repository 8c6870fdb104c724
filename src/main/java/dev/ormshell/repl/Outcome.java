package dev.ormshell.repl;

/**
 * What one evaluated snippet or command produced: a value to show, an error, or nothing.
 *
 * @param kind    what happened
 * @param value   the value of a bare expression (may be null itself), when kind is VALUE; the
 *                status a snippet gave System.exit, when kind is EXIT
 * @param message the error line, when kind is ERROR
 * @param line    for an error, the line (from 1) of the input it points at; 0 when unknown
 * @param source  the snippet or command line that produced it, when known
 */
public record Outcome(Kind kind, Object value, String message, int line, String source) {

    public enum Kind { NOTHING, VALUE, ERROR, EXIT }

    public static final Outcome NOTHING = new Outcome(Kind.NOTHING, null, null, 0, null);

    public static Outcome value(Object value) {
        return new Outcome(Kind.VALUE, value, null, 0, null);
    }

    public static Outcome error(String message) {
        return new Outcome(Kind.ERROR, null, message, 0, null);
    }

    public static Outcome error(String message, int line) {
        return new Outcome(Kind.ERROR, null, message, line, null);
    }

    /** A snippet called {@code System.exit(status)}: the shell leaves as /exit does. */
    public static Outcome exit(int status) {
        return new Outcome(Kind.EXIT, status, null, 0, null);
    }

    /** Whether the input ends here: it failed, or asked to exit. */
    public boolean ends() {
        return kind == Kind.ERROR || kind == Kind.EXIT;
    }

    public boolean failed() {
        return kind == Kind.ERROR;
    }

    /** The same outcome, produced by this source. */
    Outcome from(String producedBy) {
        return new Outcome(kind, value, message, line, producedBy);
    }

    /** The same error with a sentence added (what the session did about it). */
    Outcome withNotice(String notice) {
        return new Outcome(kind, value, message + ". " + notice, line, source);
    }
}
