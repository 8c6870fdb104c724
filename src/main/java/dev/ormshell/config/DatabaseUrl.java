package dev.ormshell.config;

import java.nio.file.Path;

/**
 * A database URL in the chapter's format ({@code sqlite:///data.sqlite},
 * {@code postgresql://user:pw@host/db}, {@code mysql://…}) or a plain {@code jdbc:} URL, turned
 * into what JDBC needs. The password is kept apart from the JDBC URL, so no log line or driver
 * message that quotes the URL can show it, and {@link #toString()} shows {@code ***} instead.
 *
 * @param kind       the database product
 * @param jdbcUrl    the JDBC URL, without the password
 * @param user       the user name, or null (the driver's default, or one given as a URL parameter)
 * @param password   the password, or null
 * @param sqliteFile the database file for SQLite files, or null (servers, in-memory SQLite)
 * @param server     host, port and database of a PostgreSQL or MariaDB server, or null
 * @param display    the URL as the user wrote it, password replaced by {@code ***}
 */
public record DatabaseUrl(DatabaseKind kind, String jdbcUrl, String user, String password,
                          Path sqliteFile, ServerAddress server, String display) {

    public static final String DEFAULT = "sqlite:///data.sqlite";

    static final String SERVER_FORMAT = "postgresql://user:password@host[:port]/database";

    static final String FORMATS =
            "expected sqlite:///relative/path, sqlite:////absolute/path, "
                    + "postgresql://user:password@host[:port]/db, mysql://user:password@host[:port]/db "
                    + "or a jdbc: URL";

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
        if (!trimmed.contains("://")) {
            throw new BadDatabaseUrlException("Cannot parse database URL '" + PasswordMask.inUrl(trimmed) + "': "
                    + FORMATS);
        }
        return ServerUrlParser.parse(trimmed);
    }

    private static DatabaseUrl fromJdbc(String url) {
        DatabaseKind kind = DatabaseKind.ofJdbcUrl(url);
        if (kind == DatabaseKind.SQLITE) {
            String target = url.substring("jdbc:sqlite:".length());
            Path file = isSqliteMemory(target) ? null : Path.of(stripQuery(target));
            return new DatabaseUrl(kind, url, null, null, file, null, url);
        }
        String password = PasswordMask.parameter(url);
        String jdbc = PasswordMask.withoutParameter(url);
        if (jdbc.startsWith("jdbc:mysql:")) {
            // MariaDB's driver serves MySQL URLs only when asked to (MySQL's own driver is not shipped).
            jdbc += (jdbc.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
        ServerAddress server = kind.isServer() ? ServerAddress.ofJdbcUrl(kind, jdbc) : null;
        return new DatabaseUrl(kind, jdbc, null, password, null, server, PasswordMask.inUrl(url));
    }

    private static DatabaseUrl fromSqlite(String url) {
        if (url.equals("sqlite://") || url.equals("sqlite:///:memory:")) {
            // One shared in-memory database for every connection of this process.
            return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:file:ormshell?mode=memory&cache=shared",
                    null, null, null, null, url);
        }
        if (!url.startsWith("sqlite:///") || url.length() == "sqlite:///".length()) {
            throw new BadDatabaseUrlException("Cannot parse database URL '" + url + "': " + FORMATS);
        }
        // sqlite:///relative and sqlite:////absolute, as in SQLAlchemy.
        String path = url.substring("sqlite:///".length());
        Path file = Path.of(path).toAbsolutePath().normalize();
        return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:" + file, null, null, file, null, url);
    }

    private static boolean isSqliteMemory(String target) {
        return target.isEmpty() || target.startsWith(":memory:") || target.contains("mode=memory");
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        String plain = q < 0 ? path : path.substring(0, q);
        return plain.startsWith("file:") ? plain.substring("file:".length()) : plain;
    }

    /**
     * This URL with a user and password given beside it (an application's
     * {@code spring.datasource.username}); null keeps what the URL had. The display shows the
     * user, never the password.
     */
    public DatabaseUrl withCredentials(String newUser, String newPassword) {
        String chosenUser = newUser != null ? newUser : user;
        String chosenPassword = newPassword != null ? newPassword : password;
        String shown = newUser == null || newUser.isEmpty() || display.contains("user=") ? display : display + " as " + newUser;
        return new DatabaseUrl(kind, jdbcUrl, chosenUser, chosenPassword, sqliteFile, server, shown);
    }

    /** The text with this URL's password replaced by {@code ***}: for driver messages that might quote it. */
    public String maskIn(String text) {
        // A password that is the user's name is shown with every mention of the user: masking it
        // would garble the banner, /sql's current_user and every message naming the user.
        if (password != null && password.equals(user)) {
            return text;
        }
        return PasswordMask.inText(text, password);
    }

    @Override
    public String toString() {
        return display;
    }
}
