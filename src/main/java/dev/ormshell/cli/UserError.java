package dev.ormshell.cli;

/** A mistake on the command line, reported as one line. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
