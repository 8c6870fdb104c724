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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The one place where the shell sees the SQL that Hibernate sends: it wraps the real
 * DataSource so that statements can be echoed with their values, counted, and cancelled from
 * another thread (Ctrl-C). Listeners and counts see only the user's statements: those the shell
 * sends for itself are marked with {@link ShellOwnSql}.
 */
public final class SpyingDataSource extends DelegatingDataSource {

    private final AtomicReference<Statement> running = new AtomicReference<>();
    // Statements executed so far that may write (not SqlStatements.reads): the shell tells from it whether a snippet changed the database.
    private final AtomicLong writes = new AtomicLong();
    // The statement cancelRunning() cancelled, until its execution has failed or ended.
    private final AtomicReference<Statement> cancelled = new AtomicReference<>();
    // Who listens, and whether to the shell's own statements too (see addListener).
    private final List<Registered> listeners = new CopyOnWriteArrayList<>();
    private final SqlCounter counter = new SqlCounter();
    private final AtomicLong sent = new AtomicLong();
    // Long work counts the rows sent here (see Progress).
    private final Progress progress = new Progress();
    private volatile UnaryOperator<SQLException> explanation = UnaryOperator.identity();

    private record Registered(SqlListener listener, boolean withShellOwn) {
    }

    public SpyingDataSource(DataSource target) {
        super(target);
    }

    public DataSource target() {
        return target;
    }

    /** Tells the listener about every statement the user's operations send from now on, and about transactions. */
    public void addListener(SqlListener listener) {
        listeners.add(new Registered(listener, false));
    }

    /** The same, with the shell's own statements too (for tests of that SQL). */
    public void addListenerToAll(SqlListener listener) {
        listeners.add(new Registered(listener, true));
    }

    public void removeListener(SqlListener listener) {
        listeners.removeIf(registered -> registered.listener() == listener);
    }

    /** The user's statements since the shell started, by kind, with the database's time. */
    public StatementCounts counts() {
        return counter.snapshot();
    }

    SqlCounter counter() {
        return counter;
    }

    /** How many statements have been executed so far, the shell's own included. */
    long statementsSent() {
        return sent.get();
    }

    private boolean listening() {
        return !listeners.isEmpty();
    }

    private void tell(String sql, List<Object> parameters, boolean own) {
        for (Registered registered : listeners) {
            if (!own || registered.withShellOwn()) {
                registered.listener().executed(sql, parameters);
            }
        }
    }

    private void tell(TransactionBoundary boundary) {
        if (ShellOwnSql.active()) {
            return;
        }
        for (Registered registered : listeners) {
            registered.listener().transaction(boundary);
        }
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
            if (listening()) {
                boundary(name, args);
            }
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

        // Told before the call, as SQLAlchemy's echo does: a failing COMMIT shows its error after it.
        private void boundary(String name, Object[] args) throws SQLException {
            if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0]) && connection.getAutoCommit()) {
                tell(TransactionBoundary.BEGIN);
            } else if (name.equals("commit")) {
                tell(TransactionBoundary.COMMIT);
            } else if (name.equals("rollback") && args == null) {
                tell(TransactionBoundary.ROLLBACK);
            }
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
            if (name.startsWith("set") && listening() && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                remember(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch")) {
                sending(args != null && args.length == 1 ? (String) args[0] : preparedSql, ShellOwnSql.active());
                parameters.clear();
                progress.advance(1);
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length >= 1 && args[0] instanceof String s ? s : preparedSql;
                boolean own = ShellOwnSql.active();
                if (!name.equals("executeBatch")) {
                    sending(sql, own);
                    if (progress.active() && !SqlStatements.reads(sql)) {
                        progress.advance(SqlStatements.rowsInserted(sql));
                    }
                }
                return runCancellable(() -> forward(statement, method, args), SqlStatements.reads(sql), own);
            }
            return forward(statement, method, args);
        }

        private void remember(int index, Object value) {
            while (parameters.size() < index) {
                parameters.add(null);
            }
            parameters.set(index - 1, value);
        }

        // One statement, or one row of a batch: counted and told to the listeners.
        private void sending(String sql, boolean own) {
            if (sql == null) {
                return;
            }
            if (!own) {
                counter.sent(sql);
            }
            if (listening()) {
                tell(sql, java.util.Collections.unmodifiableList(new ArrayList<>(parameters)), own);
            }
        }

        private Object runCancellable(Supplier<Object> execution, boolean reads, boolean own) throws SQLException {
            sent.incrementAndGet();
            long started = System.nanoTime();
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
                if (!own) {
                    counter.took(System.nanoTime() - started);
                }
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
