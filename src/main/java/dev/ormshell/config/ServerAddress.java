package dev.ormshell.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database server is and which of its databases is meant: what error messages name
 * ("cannot reach 127.0.0.1:5432", "database 'shop' does not exist").
 *
 * @param host     the host name or address (IPv6 in brackets)
 * @param port     the port, the product's default when the URL names none
 * @param database the database name, or null when the URL names none
 */
public record ServerAddress(String host, int port, String database) {

    // jdbc:postgresql://host[:port][,more hosts]/database?…  (the form both drivers document)
    private static final Pattern JDBC_SERVER = Pattern.compile(
            "^jdbc:[a-z]+:(?://(?<host>\\[[^\\]]*\\]|[^:/?,]*)(?::(?<port>\\d{1,5}))?[^/?]*)?/?(?<database>[^?;]*)");

    /** The address in a {@code jdbc:} URL of a known server kind, defaults filled in. */
    static ServerAddress ofJdbcUrl(DatabaseKind kind, String jdbcUrl) {
        Matcher m = JDBC_SERVER.matcher(jdbcUrl);
        if (!m.find()) {
            return new ServerAddress("localhost", kind.defaultPort(), null);
        }
        String host = m.group("host") == null || m.group("host").isEmpty() ? "localhost" : m.group("host");
        int port = m.group("port") == null ? kind.defaultPort() : Integer.parseInt(m.group("port"));
        String database = m.group("database").isEmpty() ? null : m.group("database");
        return new ServerAddress(host, port, database);
    }

    /** {@code host:port}, as messages name a server. */
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
