package dev.ormshell.orm;

/**
 * An error the shell reports to the user as one line, its message, with no stack trace:
 * a database that cannot be opened, a failed commit, an unknown attribute.
 */
public class ShellDatabaseException extends RuntimeException {

    public ShellDatabaseException(String message) {
        super(message);
    }

    public ShellDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
