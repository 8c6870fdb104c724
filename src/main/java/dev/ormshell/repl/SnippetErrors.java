package dev.ormshell.repl;

import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.orm.ShellDatabaseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/** JShell's compile errors and a snippet's exceptions, each as the one line the user reads. */
final class SnippetErrors {

    private SnippetErrors() {
    }

    /** The first of javac's errors with its column; {@code firstLine} is the source's first line in the input. */
    static Outcome compileError(List<Diag> errors, String rejected, String source, int firstLine) {
        if (errors.isEmpty()) {
            return Outcome.error("the snippet was rejected: " + rejected.strip(), firstLine);
        }
        Diag diag = errors.get(0);
        if (diag.getCode().contains("premature.eof")) {
            // The end of the input is not where the mistake is: point at the statement left open.
            return Outcome.error("unfinished statement: the input ended before it was complete (a missing ) } or ;?)", firstLine);
        }
        int position = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
        int line = lineOf(source, position);
        int column = position - source.lastIndexOf('\n', position - 1);
        // javac's lines ("…given types;", "required: …", "symbol:   variable t0") as one line.
        String message = String.join("; ", diag.getMessage(Locale.ROOT).lines()
                .map(l -> l.strip().replaceAll("\\s+", " ").replaceAll(";$", ""))
                .filter(l -> !l.isEmpty() && !l.startsWith("location:")).toList());
        return Outcome.error(message + " (column " + column + ")" + queryHint(message, source, position), firstLine + line - 1);
    }

    // The chapter's User.query is a static field of the built-in model; an application's entity has
    // none, and a reader of the chapter writes Owner.query first.
    private static final Pattern CLASS_DOT_QUERY = Pattern.compile("^([A-Z][A-Za-z0-9_]*)\\s*\\.\\s*query\\b");

    private static String queryHint(String message, String source, int position) {
        if (!message.equals("cannot find symbol; symbol: variable query")) {
            return "";
        }
        Matcher owner = CLASS_DOT_QUERY.matcher(source.substring(position));
        return owner.find() ? "; an entity of a project is queried with db.query(" + owner.group(1) + ".class)" : "";
    }

    /** One line for an exception a snippet threw: ours speak for themselves; others get their class. */
    static String describe(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "cannot run " + unresolved.getSnippet().source().strip() + ": it uses something not defined yet";
        }
        EvalException eval = (EvalException) exception;
        if (isShellError(eval.getExceptionClassName())) {
            return eval.getMessage();
        }
        Throwable deepest = eval;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String name = simpleName(eval.getExceptionClassName());
        String message = eval.getMessage();
        if (deepest != eval) {
            String deeper = deepest instanceof EvalException e ? e.getMessage() : deepest.getMessage();
            if (deeper != null && !deeper.equals(message)) {
                message = deeper;
            }
        }
        // JShell's wrapper classes are no name the user wrote: "REPL.$JShell$21.s" is just "s".
        return message == null ? name : name + ": " + ErrorMessages.oneLine(
                message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", ""));
    }

    private static boolean isShellError(String className) {
        try {
            return ShellDatabaseException.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The line (from 1) of a position in the source. */
    static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
