package dev.ormshell.config;

/** A database URL that cannot be understood; the message is meant for the user as is. */
public class BadDatabaseUrlException extends IllegalArgumentException {

    public BadDatabaseUrlException(String message) {
        super(message);
    }
}
