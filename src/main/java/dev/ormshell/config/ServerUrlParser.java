package dev.ormshell.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the chapter's server URLs, SQLAlchemy's format:
 * {@code scheme[+driver]://[user[:password]@][host][:port]/database[?parameters]}.
 * Special characters in the user or password are percent-encoded ({@code @} as {@code %40});
 * the parameters go to the JDBC driver as written. Error messages never quote the password.
 */
final class ServerUrlParser {

    private final String url;
    private final String masked;

    private ServerUrlParser(String url) {
        this.url = url;
        this.masked = PasswordMask.inUrl(url);
    }

    static DatabaseUrl parse(String url) {
        return new ServerUrlParser(url).parse();
    }

    private DatabaseUrl parse() {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0 || !url.substring(0, schemeEnd).matches("[A-Za-z][A-Za-z0-9+_.-]*")) {
            throw bad("it does not start with a scheme such as postgresql:// or sqlite:///");
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(java.util.Locale.ROOT);
        String product = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        DatabaseKind kind = DatabaseKind.ofScheme(product);
        if (kind == null) {
            throw new BadDatabaseUrlException("Unknown database kind '" + product + "' in URL '" + masked + "': "
                    + DatabaseUrl.FORMATS);
        }
        String rest = url.substring(schemeEnd + 3);
        int slash = rest.indexOf('/');
        int lastAt = rest.lastIndexOf('@');
        if (lastAt > slash && slash >= 0 && rest.indexOf('/', lastAt) > 0) {
            // user:pa/ss@host/db: the '/' (or a '?' before it) belongs to the password.
            throw bad("write a '/' or '?' in the user name or password as %2F or %3F");
        }
        if (slash < 0) {
            throw bad("no database name: add /DATABASE after the host");
        }
        // The last '@' before the path ends the credentials, so an unencoded '@' in a password still works.
        int at = rest.lastIndexOf('@', slash);
        String userInfo = at < 0 ? "" : rest.substring(0, at);
        String hostPort = rest.substring(at + 1, slash);
        String pathAndQuery = rest.substring(slash + 1);
        int question = pathAndQuery.indexOf('?');
        String rawDatabase = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String database = decode(rawDatabase, "database name");
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        if (database.isEmpty()) {
            throw bad("no database name: add /DATABASE after the host");
        }
        if (database.contains("/")) {
            throw bad("the database name cannot contain '/'");
        }

        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
        ServerAddress server = address(kind, hostPort, database);

        String queryPassword = PasswordMask.parameter("?" + query);
        if (queryPassword != null) {
            password = decode(queryPassword, "password");
            query = PasswordMask.withoutParameter("?" + query).replaceFirst("^\\?", "");
        }
        // PostgreSQL's driver decodes %-escapes in the database name itself; MariaDB's takes it literally.
        String jdbcDatabase = kind == DatabaseKind.POSTGRESQL ? rawDatabase : database;
        String jdbc = "jdbc:" + kind.jdbcSubprotocol() + "://" + hostPort(server) + "/" + jdbcDatabase
                + (query.isEmpty() ? "" : "?" + query);
        String display = colon < 0 ? url
                : url.substring(0, schemeEnd + 3 + colon + 1) + PasswordMask.MASK + url.substring(schemeEnd + 3 + at);
        display = PasswordMask.inParameters(display);
        return new DatabaseUrl(kind, jdbc, user.isEmpty() ? null : user, password, null, server, display);
    }

    private ServerAddress address(DatabaseKind kind, String hostPort, String database) {
        String host = hostPort;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw bad("an IPv6 address needs its closing ']'");
            }
            host = hostPort.substring(0, close + 1);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad("expected ':PORT' after the IPv6 address");
                }
                port = after.substring(1);
            }
        } else if (hostPort.contains(":")) {
            host = hostPort.substring(0, hostPort.indexOf(':'));
            port = hostPort.substring(hostPort.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            // SQLAlchemy's postgresql:///db means the local server; here through TCP on localhost.
            host = "localhost";
        }
        return new ServerAddress(host, port == null ? kind.defaultPort() : parsePort(port), database);
    }

    private int parsePort(String port) {
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw bad("the port must be a number from 1 to 65535");
        }
        return Integer.parseInt(port);
    }

    private static String hostPort(ServerAddress server) {
        return server.host() + ":" + server.port();
    }

    private String decode(String s, String what) {
        try {
            // '+' is a plus in a URL's user, password and path, not a space as in a form.
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("the " + what + " has a broken %-escape (write '%' itself as %25)");
        }
    }

    private BadDatabaseUrlException bad(String reason) {
        return new BadDatabaseUrlException("Cannot parse database URL '" + masked + "': " + reason
                + " (expected " + DatabaseUrl.SERVER_FORMAT + ")");
    }
}
