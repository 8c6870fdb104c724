package dev.ormshell.orm;

import java.util.Locale;

/** Where an object stands with the session, in SQLAlchemy's words (see {@code db.inspect(obj).state()}). */
public enum ObjectState {
    /** Not in the session and never saved: no row, no id. */
    TRANSIENT,
    /** Added (or reached by a cascade from an added object) and not flushed yet: its insert is to come. */
    PENDING,
    /** In the session with a row in the database (also while marked for deletion, until the flush). */
    PERSISTENT,
    /** Its row was deleted by a flush in the current transaction, not committed yet. */
    DELETED,
    /** Has a row (an id) but is not in the session: after close(), after a commit of its deletion … */
    DETACHED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
