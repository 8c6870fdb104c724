package dev.ormshell.orm;

/** The shell's {@code abort(404)}: what {@code firstOr404()} and {@code getOr404()} raise. */
public class NotFoundException extends ShellDatabaseException {

    public NotFoundException(String message) {
        super("404 Not Found: " + message);
    }
}
