package dev.ormshell.config;

/** The database products ORM Shell knows how to reach, with their URL schemes and drivers. */
public enum DatabaseKind {
    SQLITE("sqlite", "org.sqlite.JDBC", "org.xerial:sqlite-jdbc", "SQLite", 0),
    POSTGRESQL("postgresql", "org.postgresql.Driver", "org.postgresql:postgresql", "PostgreSQL", 5432),
    /** MariaDB and MySQL: MariaDB's driver serves both, for {@code mysql://} and {@code mariadb://}. */
    MARIADB("mariadb", "org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client", "MariaDB/MySQL", 3306),
    /** A {@code jdbc:} URL for a product not listed here: its driver is found by URL, Hibernate detects the dialect. */
    OTHER("jdbc", null, null, "database", 0);

    private final String jdbcSubprotocol;
    private final String driverClass;
    private final String driverArtifact;
    private final String productName;
    private final int defaultPort;

    DatabaseKind(String jdbcSubprotocol, String driverClass, String driverArtifact, String productName, int defaultPort) {
        this.jdbcSubprotocol = jdbcSubprotocol;
        this.driverClass = driverClass;
        this.driverArtifact = driverArtifact;
        this.productName = productName;
        this.defaultPort = defaultPort;
    }

    public String jdbcSubprotocol() {
        return jdbcSubprotocol;
    }

    /** The JDBC driver class this kind needs, or null when the driver is found by URL. */
    public String driverClass() {
        return driverClass;
    }

    /** The Maven coordinates (groupId:artifactId) of the driver, for "driver missing" messages. */
    public String driverArtifact() {
        return driverArtifact;
    }

    /** The product's name as users know it, for messages such as "cannot reach the PostgreSQL server". */
    public String productName() {
        return productName;
    }

    /** The port the server listens on when the URL names none (0 for SQLite and unknown products). */
    public int defaultPort() {
        return defaultPort;
    }

    public boolean isServer() {
        return this == POSTGRESQL || this == MARIADB;
    }

    /** The kind of a chapter-style URL scheme ({@code postgres}, {@code mysql} …), or null when unknown. */
    static DatabaseKind ofScheme(String scheme) {
        return switch (scheme) {
            case "postgresql", "postgres", "pgsql" -> POSTGRESQL;
            case "mysql", "mariadb" -> MARIADB;
            default -> null;
        };
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
