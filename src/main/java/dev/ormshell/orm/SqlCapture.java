package dev.ormshell.orm;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Finds the SQL a query would send, without a database: the query runs in a throwaway session on
 * a stand-in connection whose {@code prepareStatement} stops the run and hands back the SQL. So
 * showing a query takes no connection from the pool, which the user's session may be holding
 * (an in-memory SQLite database has only one), and nothing reaches the database.
 */
final class SqlCapture {

    /** Thrown by the stand-in connection instead of preparing a statement; carries the SQL. */
    private static final class Captured extends RuntimeException {
        final String sql;

        Captured(String sql) {
            super(null, null, false, false);
            this.sql = sql;
        }
    }

    private SqlCapture() {
    }

    /** Runs the query in a throwaway session and returns the first SQL it prepared. */
    static String firstSql(SessionFactory factory, Consumer<Session> query) {
        try (Session scratch = factory.withOptions().connection(standIn()).openSession()) {
            query.accept(scratch);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Captured captured) {
                    return captured.sql;
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
                    case "prepareStatement", "prepareCall" -> throw new Captured((String) args[0]);
                    case "getAutoCommit", "isValid" -> true;
                    case "isClosed", "isReadOnly", "isWrapperFor" -> false;
                    case "getWarnings" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "SQL capture";
                    default -> {
                        if (method.getReturnType() == void.class) {
                            yield null; // setAutoCommit, clearWarnings, close …: nothing to do
                        }
                        throw new SQLException("not available while only finding a query's SQL: " + method.getName());
                    }
                });
    }
}
