package dev.ormshell.config;

/** The database products ORM Shell knows how to reach, with their URL schemes. */
public enum DatabaseKind {
    SQLITE("sqlite", "org.sqlite.JDBC"),
    POSTGRESQL("postgresql", "org.postgresql.Driver"),
    MARIADB("mariadb", "org.mariadb.jdbc.Driver"),
    /** A {@code jdbc:} URL for a product not listed here: Hibernate detects the dialect. */
    OTHER("jdbc", null);

    private final String jdbcSubprotocol;
    private final String driverClass;

    DatabaseKind(String jdbcSubprotocol, String driverClass) {
        this.jdbcSubprotocol = jdbcSubprotocol;
        this.driverClass = driverClass;
    }

    public String jdbcSubprotocol() {
        return jdbcSubprotocol;
    }

    /** The JDBC driver class this kind needs, or null when the driver is found by URL. */
    public String driverClass() {
        return driverClass;
    }

    static DatabaseKind ofJdbcUrl(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        if (rest.startsWith("sqlite:")) {
            return SQLITE;
        }
        if (rest.startsWith("postgresql:")) {
            return POSTGRESQL;
        }
        if (rest.startsWith("mariadb:") || rest.startsWith("mysql:")) {
            return MARIADB;
        }
        return OTHER;
    }
}
