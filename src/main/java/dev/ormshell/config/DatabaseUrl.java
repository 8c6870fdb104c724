package dev.ormshell.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL in the chapter's format ({@code sqlite:///data.sqlite},
 * {@code postgresql://user:pw@host/db}, {@code mysql://…}) or a plain {@code jdbc:} URL, turned
 * into what JDBC needs. The password never appears in {@link #toString()}.
 *
 * @param kind      the database product
 * @param jdbcUrl   the JDBC URL, without credentials
 * @param user      the user name, or null
 * @param password  the password, or null
 * @param sqliteFile the database file for SQLite files, or null (servers, in-memory SQLite)
 * @param display   the URL as the user wrote it, password replaced by {@code ***}
 */
public record DatabaseUrl(DatabaseKind kind, String jdbcUrl, String user, String password,
                          Path sqliteFile, String display) {

    public static final String DEFAULT = "sqlite:///data.sqlite";

    private static final String FORMATS =
            "expected sqlite:///relative/path, sqlite:////absolute/path, "
                    + "postgresql://user:password@host[:port]/db, mysql://user:password@host[:port]/db "
                    + "or a jdbc: URL";

    // scheme[+driver]://[user[:password]@]host[:port]/database[?params]
    private static final Pattern SERVER_URL = Pattern.compile(
            "(?<scheme>[a-z]+)(\\+[a-z0-9_]+)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?"
                    + "(?<host>\\[[0-9a-fA-F:]+\\]|[^:/?#]+)(?::(?<port>\\d+))?"
                    + "/(?<database>[^?#/]+)(?:\\?(?<params>.*))?");

    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new BadDatabaseUrlException("The database URL is empty: " + FORMATS);
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:")) {
            return fromJdbc(trimmed);
        }
        if (trimmed.startsWith("sqlite:")) {
            return fromSqlite(trimmed);
        }
        return fromServer(trimmed);
    }

    private static DatabaseUrl fromJdbc(String url) {
        DatabaseKind kind = DatabaseKind.ofJdbcUrl(url);
        if (kind == DatabaseKind.SQLITE) {
            String target = url.substring("jdbc:sqlite:".length());
            Path file = isSqliteMemory(target) ? null : Path.of(stripQuery(target));
            return new DatabaseUrl(kind, url, null, null, file, url);
        }
        return new DatabaseUrl(kind, url, null, null, null, maskJdbcPassword(url));
    }

    private static DatabaseUrl fromSqlite(String url) {
        if (url.equals("sqlite://") || url.equals("sqlite:///:memory:")) {
            // One shared in-memory database for every connection of this process.
            return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:file:ormshell?mode=memory&cache=shared",
                    null, null, null, url);
        }
        if (!url.startsWith("sqlite:///") || url.length() == "sqlite:///".length()) {
            throw new BadDatabaseUrlException("Cannot parse database URL '" + url + "': " + FORMATS);
        }
        // sqlite:///relative and sqlite:////absolute, as in SQLAlchemy.
        String path = url.substring("sqlite:///".length());
        Path file = Path.of(path).toAbsolutePath().normalize();
        return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:" + file, null, null, file, url);
    }

    private static DatabaseUrl fromServer(String url) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw new BadDatabaseUrlException("Cannot parse database URL '" + maskServerPassword(url) + "': " + FORMATS);
        }
        DatabaseKind kind = switch (m.group("scheme")) {
            case "postgresql", "postgres" -> DatabaseKind.POSTGRESQL;
            case "mysql", "mariadb" -> DatabaseKind.MARIADB;
            default -> throw new BadDatabaseUrlException("Unknown database kind '" + m.group("scheme")
                    + "' in URL '" + maskServerPassword(url) + "': " + FORMATS);
        };
        StringBuilder jdbc = new StringBuilder("jdbc:").append(kind.jdbcSubprotocol()).append("://")
                .append(m.group("host"));
        if (m.group("port") != null) {
            jdbc.append(':').append(m.group("port"));
        }
        jdbc.append('/').append(decode(m.group("database")));
        if (m.group("params") != null && !m.group("params").isEmpty()) {
            jdbc.append('?').append(m.group("params"));
        }
        String user = emptyToNull(decode(m.group("user")));
        String password = m.group("password") == null ? null : decode(m.group("password"));
        return new DatabaseUrl(kind, jdbc.toString(), user, password, null, maskServerPassword(url));
    }

    private static boolean isSqliteMemory(String target) {
        return target.isEmpty() || target.startsWith(":memory:") || target.contains("mode=memory");
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        String plain = q < 0 ? path : path.substring(0, q);
        return plain.startsWith("file:") ? plain.substring("file:".length()) : plain;
    }

    private static String decode(String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static String maskServerPassword(String url) {
        return url.replaceFirst("^([a-z+0-9_]+://[^:@/]*):[^@/]*@", "$1:***@");
    }

    static String maskJdbcPassword(String url) {
        String masked = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return masked.replaceFirst("^(jdbc:[a-z]+://[^:@/]*):[^@/]*@", "$1:***@");
    }

    /** Host and port of a server URL, for messages such as "cannot reach 127.0.0.1:5432". */
    public String serverAddress() {
        Matcher m = Pattern.compile("^jdbc:[a-z]+://([^/?]+)").matcher(jdbcUrl);
        return m.find() ? m.group(1) : jdbcUrl;
    }

    @Override
    public String toString() {
        return display;
    }
}
