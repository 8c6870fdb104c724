package dev.ormshell.orm;

/**
 * Thrown from work done on the session's connection ({@link UnitOfWork#withConnection}) when the
 * database has ended the transaction by itself: SQLite rolls the whole transaction back when a
 * write is interrupted, so even the savepoint around the statement is gone. The session then
 * discards what it thought was pending and says so.
 */
public final class TransactionLostException extends RuntimeException {

    public TransactionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
