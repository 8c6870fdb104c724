package dev.ormshell.orm;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Finds the SQL a query would send, and the values it would bind, without a database: the query
 * runs in a throwaway session on a stand-in connection whose statement records the values and
 * stops the run when it is executed. So showing a query takes no connection from the pool, which
 * the user's session may be holding (an in-memory SQLite database has only one), and nothing
 * reaches the database.
 */
final class SqlCapture {

    /** A statement as Hibernate would send it: the SQL with {@code ?} and the values bound to them, in order. */
    record Captured(String sql, List<Object> values) {
    }

    /** A value bound with setNull, which must be bound again with its SQL type. */
    record SqlNull(int sqlType) {
    }

    /** Thrown by the stand-in statement instead of executing; carries what it captured. */
    private static final class Stop extends RuntimeException {
        final transient Captured statement;

        Stop(Captured statement) {
            super(null, null, false, false);
            this.statement = statement;
        }
    }

    private SqlCapture() {
    }

    /** Runs the query in a throwaway session and returns the first SQL it prepared. */
    static String firstSql(SessionFactory factory, Consumer<Session> query) {
        return firstStatement(factory, query).sql();
    }

    /** Runs the query in a throwaway session and returns the first statement it executed, with its values. */
    static Captured firstStatement(SessionFactory factory, Consumer<Session> query) {
        try (Session scratch = factory.withOptions().connection(standIn()).openSession()) {
            query.accept(scratch);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Stop stop) {
                    return stop.statement;
                }
            }
            throw e;
        }
        throw new IllegalStateException("the query prepared no SQL statement");
    }

    // Answers what Hibernate asks of a connection before it prepares a statement.
    private static Connection standIn() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "prepareStatement", "prepareCall" -> recorder((String) args[0]);
                    case "getAutoCommit", "isValid" -> true;
                    case "isClosed", "isReadOnly", "isWrapperFor" -> false;
                    case "getWarnings" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "SQL capture";
                    default -> nothingToDo(method);
                });
    }

    // A statement that remembers the values bound to it and, when executed, stops the run with them.
    private static PreparedStatement recorder(String sql) {
        List<Object> values = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("execute")) {
                        throw new Stop(new Captured(sql, java.util.Collections.unmodifiableList(new ArrayList<>(values))));
                    }
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                        while (values.size() < index) {
                            values.add(null);
                        }
                        values.set(index - 1, name.equals("setNull") ? new SqlNull((Integer) args[1]) : args[1]);
                        return null;
                    }
                    return switch (name) {
                        case "isClosed" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> sql;
                        default -> nothingToDo(method);
                    };
                });
    }

    // setAutoCommit, close, setFetchSize …: nothing to do; anything that needs the database cannot be answered.
    private static Object nothingToDo(java.lang.reflect.Method method) throws SQLException {
        if (method.getReturnType() == void.class) {
            return null;
        }
        throw new SQLException("not available while only finding a query's SQL: " + method.getName());
    }
}
