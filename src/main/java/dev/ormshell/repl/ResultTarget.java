package dev.ormshell.repl;

import dev.ormshell.render.Rows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the rows of /sql, /hql or /table go: the screen, or the file named by a final
 * {@code > FILE}. Since SQL has its own {@code >}, only a last word that is plainly a file counts:
 * one with a folder ({@code ./out}, {@code /tmp/x}) or the extension of a result file (.csv,
 * .tsv, .json, .md, .txt), outside quotes. So {@code where id > 5} and {@code where a.x > b.y} stay SQL.
 *
 * @param body what the command runs, without the redirection
 * @param file the file to write, or null for the screen
 */
public record ResultTarget(String body, Path file) {

    private static final Pattern REDIRECT = Pattern.compile("(?s)(.*\\S)\\s+>\\s*([^\\s'\"()=<>]+)\\s*");
    private static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "json", "md", "markdown", "txt");

    public static ResultTarget of(String arguments) {
        Matcher redirect = REDIRECT.matcher(arguments);
        if (!redirect.matches() || !looksLikeAFile(redirect.group(2)) || insideQuotes(redirect.group(1))) {
            return new ResultTarget(arguments, null);
        }
        try {
            return new ResultTarget(redirect.group(1), Path.of(redirect.group(2)));
        } catch (InvalidPathException e) {
            return new ResultTarget(arguments, null);
        }
    }

    private static boolean looksLikeAFile(String word) {
        String extension = word.substring(word.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return word.contains("/") || word.lastIndexOf('.') > 0 && EXTENSIONS.contains(extension);
    }

    // An odd number of quotes before the ">" means it is inside a string literal.
    private static boolean insideQuotes(String before) {
        return before.chars().filter(c -> c == '\'').count() % 2 == 1;
    }

    /** Whether the rows go to a file. */
    public boolean toFile() {
        return file != null;
    }

    /** Fails before any work is done when the file cannot be written where it is named. */
    public Outcome check() {
        if (file == null) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Outcome.error("cannot write " + file + ": there is no folder " + folder);
        }
        if (Files.isDirectory(file)) {
            return Outcome.error("cannot write " + file + ": it is a folder");
        }
        if (!Files.isWritable(folder)) {
            return Outcome.error("cannot write " + file + ": the folder is not writable");
        }
        return null;
    }

    /** Prints the rows, or writes all of them to the file and says how many. */
    public void deliver(Rows rows, Shell shell) {
        if (file == null) {
            shell.results().print(rows);
            return;
        }
        try {
            long written = shell.results().write(rows, file);
            shell.output().println("Wrote " + written + (written == 1 ? " row" : " rows") + " to " + file + ".");
        } catch (IOException e) {
            throw new ResultFileException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writing the result file failed; the message is the one line to show. */
    public static final class ResultFileException extends RuntimeException {
        ResultFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
