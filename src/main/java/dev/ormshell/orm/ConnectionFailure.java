package dev.ormshell.orm;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.config.ServerAddress;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one line why a database could not be opened, in the user's terms rather than the
 * driver's: the server is not reachable (which host and port), authentication failed, the
 * database does not exist (and how to create it), the driver is missing. The password never
 * appears. The one place that knows the drivers' error codes.
 */
final class ConnectionFailure {

    // SQLSTATE classes and vendor codes of PostgreSQL and MariaDB/MySQL.
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String CONNECTION_REJECTED = "08004";
    private static final String INVALID_AUTHORIZATION = "28";
    private static final String PG_NO_SUCH_DATABASE = "3D000";
    private static final int MYSQL_ACCESS_DENIED = 1045;
    private static final int MYSQL_NO_SUCH_DATABASE = 1049;

    private static final Pattern USER_PARAMETER = Pattern.compile("(?i)[?&;]user=([^&;]*)");

    private ConnectionFailure() {
    }

    /** The error for a failure while opening {@code url}, its message ready for the user. */
    static ShellDatabaseException explain(DatabaseUrl url, Throwable error) {
        return new ShellDatabaseException("Cannot open database " + url + ": " + url.maskIn(reason(url, error)), error);
    }

    /**
     * A failure to connect while the shell was open (the server went down, or is coming back):
     * "cannot reach the MariaDB server at …" rather than the driver's words, when that is what it is.
     */
    static SQLException whileOpen(DatabaseUrl url, SQLException failure) {
        String unreachable = url.server() == null ? null : unreachable(url, url.server(), failure, failure);
        return unreachable == null ? failure : ErrorMessages.reworded(failure, url.maskIn(unreachable));
    }

    /** A statement that failed because its connection broke (the server restarted): said so, for the user. */
    static SQLException lost(DatabaseUrl url, SQLException failure) {
        String state = failure.getSQLState();
        if (url.server() == null || state == null || !state.startsWith(CONNECTION_EXCEPTION)) {
            return failure;
        }
        return ErrorMessages.reworded(failure, "the connection to the " + url.kind().productName() + " server at "
                + url.server() + " was lost (" + url.maskIn(ErrorMessages.databaseMessage(failure))
                + "); the next command connects anew");
    }

    static ShellDatabaseException driverMissing(DatabaseUrl url) {
        DatabaseKind kind = url.kind();
        String reason = kind.driverClass() == null
                ? "no JDBC driver on the classpath accepts this URL (add " + driverArtifactOf(url.jdbcUrl())
                        + " to the project's dependencies)"
                : "the " + kind.productName() + " JDBC driver " + kind.driverClass() + " is not on the classpath"
                        + " (add the Maven dependency " + kind.driverArtifact() + " to pom.xml)";
        return new ShellDatabaseException("Cannot open database " + url + ": " + reason);
    }

    // The drivers of the products an application most often brings, by their URL's subprotocol.
    private static final java.util.Map<String, String> DRIVER_ARTIFACTS = java.util.Map.of(
            "h2", "com.h2database:h2", "hsqldb", "org.hsqldb:hsqldb", "derby", "org.apache.derby:derby",
            "sqlserver", "com.microsoft.sqlserver:mssql-jdbc", "oracle", "com.oracle.database.jdbc:ojdbc11",
            "db2", "com.ibm.db2:jcc", "duckdb", "org.duckdb:duckdb_jdbc", "firebirdsql", "org.firebirdsql.jdbc:jaybird");

    private static String driverArtifactOf(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        String subprotocol = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
        String artifact = DRIVER_ARTIFACTS.get(subprotocol);
        return artifact != null ? "its JDBC driver, " + artifact + "," : "the JDBC driver of jdbc:" + subprotocol + ":";
    }

    private static String reason(DatabaseUrl url, Throwable error) {
        SQLException sql = find(error, SQLException.class);
        ServerAddress server = url.server();
        if (server != null) {
            if (sql != null && isAuthentication(sql)) {
                return "authentication failed for user " + userName(url) + " on " + server
                        + ": check the user name and password (" + ErrorMessages.databaseMessage(sql) + ")";
            }
            if (sql != null && isMissingDatabase(sql)) {
                return "database '" + server.database() + "' does not exist on " + server
                        + "; create it with: " + createCommand(url, server);
            }
            String unreachable = unreachable(url, server, error, sql);
            if (unreachable != null) {
                return unreachable;
            }
        }
        return ErrorMessages.databaseMessage(error);
    }

    private static String unreachable(DatabaseUrl url, ServerAddress server, Throwable error, SQLException sql) {
        String why;
        if (find(error, UnknownHostException.class) != null) {
            why = "unknown host '" + server.host() + "'";
        } else if (find(error, ConnectException.class) != null || find(error, NoRouteToHostException.class) != null) {
            why = "connection refused: is the server running, on this host and port?";
        } else if (find(error, SocketTimeoutException.class) != null || find(error, java.sql.SQLTimeoutException.class) != null
                || (sql != null && String.valueOf(sql.getMessage()).contains("timed out"))) {
            why = ConnectionPool.urlSets(url, "connectTimeout") || ConnectionPool.urlSets(url, "loginTimeout")
                    ? "no answer in the time the URL allows"
                    : "no answer within " + ConnectionPool.CONNECT_TIMEOUT_SECONDS + " s; a slow network may need "
                            + (url.kind() == DatabaseKind.POSTGRESQL ? "?loginTimeout=10" : "?connectTimeout=10000");
        } else if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
            // Something answered but broke off before the login: not the server we expected, or a proxy.
            why = ErrorMessages.databaseMessage(sql) + " Is a " + url.kind().productName() + " server listening there?";
        } else {
            return null;
        }
        return "cannot reach the " + url.kind().productName() + " server at " + server + " (" + why + ")";
    }

    private static boolean isAuthentication(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return e.getErrorCode() == MYSQL_ACCESS_DENIED || state.startsWith(INVALID_AUTHORIZATION)
                // PostgreSQL's "the server requested password-based authentication, but no password was provided"
                || (state.equals(CONNECTION_REJECTED) && String.valueOf(e.getMessage()).contains("password"));
    }

    private static boolean isMissingDatabase(SQLException e) {
        return e.getErrorCode() == MYSQL_NO_SUCH_DATABASE || PG_NO_SUCH_DATABASE.equals(e.getSQLState());
    }

    private static String userName(DatabaseUrl url) {
        if (url.user() != null) {
            return "'" + url.user() + "'";
        }
        Matcher inUrl = USER_PARAMETER.matcher(url.jdbcUrl());
        return inUrl.find() ? "'" + inUrl.group(1) + "'" : "(the driver's default user)";
    }

    private static String createCommand(DatabaseUrl url, ServerAddress server) {
        String name = server.database();
        String user = url.user() == null ? "" : " -U " + url.user();
        if (url.kind() == DatabaseKind.POSTGRESQL) {
            return "createdb -h " + server.host() + " -p " + server.port() + user + " " + name
                    + " (or CREATE DATABASE " + name + ";)";
        }
        String mysqlUser = url.user() == null ? "" : " -u " + url.user() + (url.password() == null ? "" : " -p");
        return "mysql -h " + server.host() + " -P " + server.port() + mysqlUser
                + " -e 'CREATE DATABASE `" + name + "`'";
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
