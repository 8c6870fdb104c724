package dev.ormshell.orm;

import java.sql.Connection;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The JDBC connection under {@code db.session}'s Hibernate Session: held while an input runs,
 * given back to the pool after it, and taken out of the pool for good when it broke.
 */
final class SessionConnection {

    private SessionConnection() {
    }

    /** Gives the connection back to the pool, unless a result still being read (a stream) needs it. */
    static void release(Session session) {
        var connection = ((SharedSessionContractImplementor) session).getJdbcCoordinator().getLogicalConnection();
        if (connection.getResourceRegistry().hasRegisteredResources()) {
            return;
        }
        try {
            connection.manualDisconnect();
        } catch (RuntimeException broken) {
            // A connection that cannot be given back is broken: the pool drops it, and the
            // session borrows another at its next statement.
        }
    }

    /** Takes the session's connection out of the pool (see Database.evict), if it holds one. */
    static void evict(Session session, Consumer<Connection> evictBroken) {
        var logical = ((SharedSessionContractImplementor) session).getJdbcCoordinator().getLogicalConnection();
        if (logical.isPhysicallyConnected()) {
            evictBroken.accept(logical.getPhysicalConnection());
        }
    }

    // Closing gives the connection back, rolling back what is open; when the database already
    // ended the transaction (SQLite does when a write is interrupted) that fails, and the pool
    // takes the connection back anyway.
    static void closeQuietly(Session session) {
        try {
            if (session != null && session.isOpen()) {
                session.close();
            }
        } catch (RuntimeException ignored) {
            // Nothing of the session is used again.
        }
    }
}
