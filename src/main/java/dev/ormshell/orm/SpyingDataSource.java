package dev.ormshell.orm;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The one place where the shell sees the SQL that Hibernate sends: it wraps the real
 * DataSource so that statements can be echoed with their values, and cancelled from another
 * thread (Ctrl-C).
 */
public final class SpyingDataSource extends DelegatingDataSource {

    private final AtomicReference<Statement> running = new AtomicReference<>();
    // Statements executed so far that may write (not SqlStatements.reads): the shell tells from it whether a snippet changed the database.
    private final AtomicLong writes = new AtomicLong();
    // The statement cancelRunning() cancelled, until its execution has failed or ended.
    private final AtomicReference<Statement> cancelled = new AtomicReference<>();
    private volatile SqlListener listener;
    // Listeners besides /echo's (a lesson transcript); told the same statements.
    private final List<SqlListener> others = new java.util.concurrent.CopyOnWriteArrayList<>();
    // Long work counts the rows sent here (see Progress).
    private final Progress progress = new Progress();
    private volatile UnaryOperator<SQLException> explanation = UnaryOperator.identity();

    public SpyingDataSource(DataSource target) {
        super(target);
    }

    public DataSource target() {
        return target;
    }

    public void setListener(SqlListener listener) {
        this.listener = listener;
    }

    public SqlListener listener() {
        return listener;
    }

    /** Tells this listener too about every statement, until {@link #removeListener}; /echo stays as it is. */
    public void addListener(SqlListener other) {
        others.add(other);
    }

    public void removeListener(SqlListener other) {
        others.remove(other);
    }

    private boolean listened() {
        return listener != null || !others.isEmpty();
    }

    /** Long work under way, whose rows this DataSource counts as they are sent. */
    public Progress progress() {
        return progress;
    }

    /** Rewords a statement's failure for the user: a missing model table, a write to a read-only file. */
    void explainWith(UnaryOperator<SQLException> explanation) {
        this.explanation = explanation;
    }

    // Every statement's failure passes here, wherever it came from (a query, a flush, /sql, raw JDBC).
    private Throwable explained(Throwable failure) {
        return failure instanceof SQLException sql ? explanation.apply(sql) : failure;
    }

    /** How many statements that may write (anything but a plain query) have been executed so far. */
    public long writes() {
        return writes.get();
    }

    /** Cancels the statement running right now, if any; returns whether there was one. */
    public boolean cancelRunning() {
        Statement statement = running.get();
        if (statement == null) {
            return false;
        }
        cancelled.set(statement);
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // The statement may have finished in the meantime: nothing left to cancel.
        }
        return true;
    }

    @Override
    protected Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args[0] == Connection.class) {
                return connection;
            }
            boolean prepares = name.equals("prepareStatement") || name.equals("prepareCall");
            Object result;
            try {
                result = forward(connection, method, args);
            } catch (Throwable e) {
                // SQLite reports a missing table when the statement is prepared; a commit may find the connection lost.
                throw explained(e);
            }
            if (result instanceof PreparedStatement ps && prepares) {
                return statementProxy(ps, PreparedStatement.class, (String) args[0]);
            }
            if (result instanceof Statement st && name.equals("createStatement")) {
                return statementProxy(st, Statement.class, null);
            }
            return result;
        }
    }

    private Object statementProxy(Statement statement, Class<?> type, String sql) {
        Class<?> iface = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class : type;
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {iface},
                new StatementHandler(statement, sql));
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement statement;
        private final String preparedSql;
        private final List<Object> parameters = new ArrayList<>();

        StatementHandler(Statement statement, String preparedSql) {
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            // Values are only kept while something listens (/echo): a batch of rows sets thousands.
            if (name.startsWith("set") && listened() && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                remember(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch")) {
                echo(args != null && args.length == 1 ? (String) args[0] : preparedSql);
                parameters.clear();
                progress.advance(1);
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length >= 1 && args[0] instanceof String s ? s : preparedSql;
                if (!name.equals("executeBatch")) {
                    echo(sql);
                    if (progress.active() && !SqlStatements.reads(sql)) {
                        progress.advance(SqlStatements.rowsInserted(sql));
                    }
                }
                return runCancellable(() -> forward(statement, method, args), SqlStatements.reads(sql));
            }
            return forward(statement, method, args);
        }

        private void remember(int index, Object value) {
            while (parameters.size() < index) {
                parameters.add(null);
            }
            parameters.set(index - 1, value);
        }

        private void echo(String sql) {
            SqlListener l = listener;
            if (sql == null || !listened()) {
                return;
            }
            List<Object> values = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));
            if (l != null) {
                l.executed(sql, values);
            }
            others.forEach(other -> other.executed(sql, values));
        }

        private Object runCancellable(Supplier<Object> execution, boolean reads) throws SQLException {
            Statement previous = running.getAndSet(statement);
            if (!reads) {
                writes.incrementAndGet();
            }
            try {
                return execution.get();
            } catch (Throwable e) {
                if (reads && e instanceof SQLException failure && !(e instanceof SQLTimeoutException) && cancelled.get() == statement) {
                    throw asCancelled(failure);
                }
                throw sneaky(explained(e));
            } finally {
                running.set(previous);
                cancelled.compareAndSet(statement, null);
            }
        }

        /*
         * A query that failed because Ctrl-C cancelled it says so as a SQLTimeoutException, which
         * Hibernate turns into a QueryTimeoutException: unlike other errors, that does not mark
         * the transaction rollback-only, so the user's uncommitted changes survive the Ctrl-C
         * (the database keeps the transaction: SQLite and MariaDB end only the interrupted
         * statement). Not for a cancelled write: SQLite rolls the whole transaction back then,
         * and the shell has to know it is gone.
         */
        private static SQLException asCancelled(SQLException e) {
            return new SQLTimeoutException("cancelled (Ctrl-C): " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }
}
