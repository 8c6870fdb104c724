package dev.ormshell.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A uniquely named database on this machine's PostgreSQL or MariaDB server, created for one
 * test and dropped (with any user made for it) when closed. A server that does not answer
 * fails the test with the command that starts it: tests on real servers never skip.
 *
 * <pre>try (ServerDatabases db = ServerDatabases.create(Server.POSTGRESQL)) { … db.url() … db.query("select …") }</pre>
 */
public final class ServerDatabases implements AutoCloseable {

    /** The servers the tests use, where they listen, their admin user and how to start them. */
    public enum Server {
        POSTGRESQL("PostgreSQL", "postgresql", 5432, "postgres", "jdbc:postgresql://127.0.0.1:%d/postgres?loginTimeout=3",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
        MARIADB("MariaDB", "mysql", 3306, "root", "jdbc:mariadb://127.0.0.1:%d/?connectTimeout=3000",
                "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

        public final String product;
        /** The chapter's URL scheme for this server. */
        public final String scheme;
        public final int port;
        public final String adminUser;
        private final String adminJdbcUrl;
        public final String startCommand;

        Server(String product, String scheme, int port, String adminUser, String adminJdbcUrl, String startCommand) {
            this.product = product;
            this.scheme = scheme;
            this.port = port;
            this.adminUser = adminUser;
            this.adminJdbcUrl = adminJdbcUrl;
            this.startCommand = startCommand;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public final Server server;
    /** The database's name, unique to this test (lower case, so PostgreSQL needs no quotes). */
    public final String name;
    private final int port;
    private final List<String> users = new ArrayList<>();

    private ServerDatabases(Server server, int port, String name) {
        this.server = server;
        this.port = port;
        this.name = name;
    }

    /** Creates a fresh, empty database; fails the test when the server does not answer. */
    public static ServerDatabases create(Server server) {
        return create(server, server.port);
    }

    /** The same on another port (to see what happens when nothing listens there). */
    static ServerDatabases create(Server server, int port) {
        ServerDatabases database = new ServerDatabases(server, port, "ormshell_t" + Long.toHexString(RANDOM.nextLong() >>> 1));
        database.admin("CREATE DATABASE " + database.name);
        return database;
    }

    /** The chapter-style URL of this database, as the admin user: {@code postgresql://postgres@127.0.0.1:5432/NAME}. */
    public String url() {
        return url(server.scheme, server.adminUser, null);
    }

    /** A URL with the given scheme and credentials, percent-encoding them as a user must. */
    public String url(String scheme, String user, String password) {
        String credentials = encode(user) + (password == null ? "" : ":" + encode(password));
        return scheme + "://" + credentials + "@127.0.0.1:" + port + "/" + name;
    }

    /**
     * Creates a user with this password who may do anything in this database (dropped on close).
     * PostgreSQL here trusts local connections, so only MariaDB checks the password.
     */
    public String createUser(String password) {
        String user = name + "_u" + users.size();
        String quoted = password.replace("'", "''");
        if (server == Server.POSTGRESQL) {
            admin("CREATE ROLE " + user + " LOGIN PASSWORD '" + quoted + "'");
            admin("ALTER DATABASE " + name + " OWNER TO " + user);
        } else {
            admin("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + quoted.replace("\\", "\\\\") + "'");
            admin("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'%'");
        }
        users.add(user);
        return user;
    }

    /**
     * Runs SQL with the server's own command-line client ({@code psql}, {@code mysql}): another
     * program reading what the shell wrote. Rows come back one a line, columns separated by '|'.
     */
    public String query(String sql) {
        List<String> command = server == Server.POSTGRESQL
                ? List.of("psql", "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1",
                        "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", server.adminUser, "-d", name, "-c", sql)
                : List.of("mysql", "-N", "-B", "-h", "127.0.0.1", "-P", String.valueOf(port),
                        "-u", server.adminUser, name, "-e", sql);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGCONNECT_TIMEOUT", "3");
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(command.get(0) + " failed on " + name + ": " + output);
            }
            return output.strip().replace('\t', '|');
        } catch (IOException e) {
            throw new AssertionError("the " + command.get(0) + " command-line client is needed (apt-get install "
                    + (server == Server.POSTGRESQL ? "postgresql-client" : "mariadb-client") + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        admin(server == Server.POSTGRESQL
                ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                : "DROP DATABASE IF EXISTS " + name);
        for (String user : users) {
            admin(server == Server.POSTGRESQL ? "DROP ROLE IF EXISTS " + user : "DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }

    private void admin(String sql) {
        try (Connection connection = connectAsAdmin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(server.product + " refused `" + sql + "`: " + e.getMessage(), e);
        }
    }

    private Connection connectAsAdmin() {
        try {
            return DriverManager.getConnection(String.format(server.adminJdbcUrl, port), server.adminUser, "");
        } catch (SQLException e) {
            return fail(server.product + " is not reachable at 127.0.0.1:" + port + " (" + e.getMessage()
                    + "). These tests need it running; start it with: " + server.startCommand);
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
