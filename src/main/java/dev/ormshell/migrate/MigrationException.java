package dev.ormshell.migrate;

import dev.ormshell.orm.ShellDatabaseException;

/** A migration command that cannot go on; the message says why and what to do, in one line. */
public final class MigrationException extends ShellDatabaseException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
