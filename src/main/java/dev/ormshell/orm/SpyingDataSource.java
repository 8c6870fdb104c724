package dev.ormshell.orm;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one place where the shell sees the SQL that Hibernate sends: it wraps the real
 * DataSource so that statements can be echoed with their values, cancelled from another
 * thread (Ctrl-C), or captured instead of run (to show the SQL of a query).
 */
public final class SpyingDataSource implements DataSource {

    /** Thrown instead of preparing a statement while capturing; carries the SQL. */
    static final class CapturedSql extends RuntimeException {
        final String sql;

        CapturedSql(String sql) {
            super(null, null, false, false);
            this.sql = sql;
        }
    }

    private final DataSource target;
    private final ThreadLocal<Boolean> capturing = ThreadLocal.withInitial(() -> false);
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private volatile SqlListener listener;

    public SpyingDataSource(DataSource target) {
        this.target = target;
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

    /** Runs the action with statement preparation short-circuited, and returns the first SQL prepared. */
    String captureSql(Runnable action) {
        capturing.set(true);
        try {
            action.run();
        } catch (CapturedSql captured) {
            return captured.sql;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CapturedSql captured) {
                    return captured.sql;
                }
            }
            throw e;
        } finally {
            capturing.set(false);
        }
        throw new IllegalStateException("the query prepared no SQL statement");
    }

    /** Cancels the statement running right now, if any; returns whether there was one. */
    public boolean cancelRunning() {
        Statement statement = running.get();
        if (statement == null) {
            return false;
        }
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // The statement may have finished in the meantime: nothing left to cancel.
        }
        return true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
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
            if (prepares && capturing.get()) {
                throw new CapturedSql((String) args[0]);
            }
            Object result = call(connection, method, args);
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
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                remember(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch")) {
                echo(args != null && args.length == 1 ? (String) args[0] : preparedSql);
                parameters.clear();
            } else if (name.startsWith("execute")) {
                if (!name.equals("executeBatch")) {
                    echo(args != null && args.length >= 1 && args[0] instanceof String s ? s : preparedSql);
                }
                return runCancellable(() -> call(statement, method, args));
            }
            return call(statement, method, args);
        }

        private void remember(int index, Object value) {
            while (parameters.size() < index) {
                parameters.add(null);
            }
            parameters.set(index - 1, value);
        }

        private void echo(String sql) {
            SqlListener l = listener;
            if (l != null && sql != null) {
                l.executed(sql, java.util.Collections.unmodifiableList(new ArrayList<>(parameters)));
            }
        }

        private Object runCancellable(Supplier<Object> execution) {
            Statement previous = running.getAndSet(statement);
            try {
                return execution.get();
            } finally {
                running.set(previous);
            }
        }
    }

    /** Calls the real JDBC method, rethrowing what it threw (not a reflection wrapper). */
    private static Object call(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
