package dev.ormshell.orm;

import dev.ormshell.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * The pool of a database server, with a way back after the server restarts. While a server is
 * down, the pool keeps trying to connect in the background, waiting longer after each failure (up
 * to 5 s); a command typed once the server is back could time out behind that wait and report the
 * old "connection refused". So when the pool gives up on a connection that failed to open, this
 * tries the server itself once: if it answers, that connection serves the command (closed, not
 * pooled, when done) while the pool catches up.
 */
final class ReconnectingDataSource extends DelegatingDataSource {

    private final DataSource direct;
    private final DatabaseUrl url;

    ReconnectingDataSource(DataSource pool, DataSource direct, DatabaseUrl url) {
        super(pool);
        this.direct = direct;
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return target.getConnection();
        } catch (SQLTransientConnectionException poolTimedOut) {
            // The pool only reports a cause when its last attempt to connect failed; without one, it was busy.
            if (poolTimedOut.getCause() == null) {
                throw poolTimedOut;
            }
            try {
                return direct.getConnection();
            } catch (SQLException stillDown) {
                throw ConnectionFailure.whileOpen(url, stillDown);
            }
        }
    }

    @Override
    protected Connection wrap(Connection connection) {
        return connection;
    }
}
