package dev.ormshell.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void theChapterPostgresqlUrlBecomesAJdbcUrlWithCredentialsApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://alice:s3cret@db.example.com/shop");
        assertAll(
                () -> assertEquals(DatabaseKind.POSTGRESQL, url.kind()),
                () -> assertEquals("jdbc:postgresql://db.example.com:5432/shop", url.jdbcUrl()),
                () -> assertEquals("alice", url.user()),
                () -> assertEquals("s3cret", url.password()),
                () -> assertEquals(new ServerAddress("db.example.com", 5432, "shop"), url.server()),
                () -> assertEquals("postgresql://alice:***@db.example.com/shop", url.toString()),
                () -> assertNull(url.sqliteFile()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "postgresql+psycopg2", "postgresql+asyncpg", "POSTGRESQL"})
    void everyPostgresqlSpellingReachesPostgresql(String scheme) {
        DatabaseUrl url = DatabaseUrl.parse(scheme + "://u@localhost:5433/db");
        assertEquals(DatabaseKind.POSTGRESQL, url.kind());
        assertEquals("jdbc:postgresql://localhost:5433/db", url.jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "mysql+pymysql", "mariadb+mariadbconnector"})
    void mysqlAndMariadbAreServedByTheMariadbDriver(String scheme) {
        DatabaseUrl url = DatabaseUrl.parse(scheme + "://root@127.0.0.1/test");
        assertEquals(DatabaseKind.MARIADB, url.kind());
        assertEquals("org.mariadb.jdbc.Driver", url.kind().driverClass());
        assertEquals("jdbc:mariadb://127.0.0.1:3306/test", url.jdbcUrl());
        assertEquals("root", url.user());
        assertNull(url.password(), "no ':' means no password, not an empty one");
    }

    @Test
    void queryParametersGoToTheDriverAsWritten() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@h/db?sslmode=require&connectTimeout=10");
        assertEquals("jdbc:postgresql://h:5432/db?sslmode=require&connectTimeout=10", url.jdbcUrl());
        assertEquals("postgresql://u:***@h/db?sslmode=require&connectTimeout=10", url.toString());
    }

    @Test
    void aPasswordGivenAsParameterIsTakenOutOfTheJdbcUrl() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://bob@h/db?password=hunter2&useSsl=false");
        assertEquals("hunter2", url.password());
        assertEquals("jdbc:mariadb://h:3306/db?useSsl=false", url.jdbcUrl());
        assertEquals("mysql://bob@h/db?password=***&useSsl=false", url.toString());
    }

    @Test
    void percentEncodedCredentialsAndDatabaseAreDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://us%40er:p%40ss%3Aw%2Frd%25+x@h:6543/my%20db");
        assertEquals("us@er", url.user());
        assertEquals("p@ss:w/rd%+x", url.password(), "a '+' stays a plus: this is a URL, not a form");
        assertEquals("my db", url.server().database());
        assertEquals("jdbc:postgresql://h:6543/my%20db", url.jdbcUrl(), "PostgreSQL's driver decodes it itself");
        assertEquals("jdbc:mariadb://h:3306/my db", DatabaseUrl.parse("mysql://u@h/my%20db").jdbcUrl(),
                "MariaDB's driver takes the name literally");
        assertEquals("postgresql://us%40er:***@h:6543/my%20db", url.toString());
    }

    @Test
    void anUnencodedAtOrColonInThePasswordStillWorks() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@ss:w@rd@h/db");
        assertEquals("p@ss:w@rd", url.password());
        assertEquals("h", url.server().host());
        assertEquals("postgresql://u:***@h/db", url.toString());
    }

    @Test
    void anAtInAParameterIsNotMistakenForCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u@h:5433/db?application_name=me@work");
        assertEquals("postgresql://u@h:5433/db?application_name=me@work", url.toString());
        assertEquals("jdbc:postgresql://h:5433/db?application_name=me@work", url.jdbcUrl());
        assertEquals("u", url.user());
    }

    @Test
    void ipv6HostsKeepTheirBrackets() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u@[::1]:5433/db");
        assertEquals("jdbc:postgresql://[::1]:5433/db", url.jdbcUrl());
        assertEquals("[::1]:5433", url.server().toString());
    }

    @Test
    void aMissingHostMeansTheLocalServer() {
        assertEquals("jdbc:postgresql://localhost:5432/db", DatabaseUrl.parse("postgresql:///db").jdbcUrl());
    }

    @Test
    void jdbcUrlsAreUsedAsTheyAreExceptForTheirPassword() {
        DatabaseUrl plain = DatabaseUrl.parse("jdbc:postgresql://h:5433/db?user=u&ssl=true");
        assertEquals("jdbc:postgresql://h:5433/db?user=u&ssl=true", plain.jdbcUrl());
        assertEquals(new ServerAddress("h", 5433, "db"), plain.server());

        DatabaseUrl secret = DatabaseUrl.parse("jdbc:postgresql://h/db?user=u&password=pw&ssl=true");
        assertEquals("jdbc:postgresql://h/db?user=u&ssl=true", secret.jdbcUrl());
        assertEquals("pw", secret.password());
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true", secret.toString());
        assertEquals(new ServerAddress("h", 5432, "db"), secret.server());
    }

    @Test
    void aJdbcMysqlUrlIsServedByTheMariadbDriver() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:mysql://h/db?password=pw");
        assertEquals(DatabaseKind.MARIADB, url.kind());
        assertEquals("jdbc:mysql://h/db?permitMysqlScheme", url.jdbcUrl());
        assertEquals(new ServerAddress("h", 3306, "db"), url.server());
    }

    @Test
    void aJdbcUrlOfAnotherProductIsAcceptedWithItsPasswordMasked() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlserver://h;databaseName=db;user=u;password=pw;encrypt=true");
        assertEquals(DatabaseKind.OTHER, url.kind());
        assertEquals("jdbc:sqlserver://h;databaseName=db;user=u;encrypt=true", url.jdbcUrl());
        assertFalse(url.toString().contains("pw"), url.toString());
        assertNull(url.server());
    }

    @Test
    void sqliteUrlsFollowSqlalchemy() {
        DatabaseUrl relative = DatabaseUrl.parse("sqlite:///data.sqlite");
        assertEquals(Path.of("data.sqlite").toAbsolutePath(), relative.sqliteFile());
        DatabaseUrl absolute = DatabaseUrl.parse("sqlite:////tmp/x.sqlite");
        assertEquals(Path.of("/tmp/x.sqlite"), absolute.sqliteFile());
        assertEquals("jdbc:sqlite:/tmp/x.sqlite", absolute.jdbcUrl());
        assertNull(DatabaseUrl.parse("sqlite://").sqliteFile());
        assertNull(absolute.server());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://u:pa/ss@h/db",          // '/' in the password
        "postgresql://u:pa?ss/x@h/db",
        "postgresql://u:pw@h",                // no database
        "postgresql://u:pw@h/",
        "postgresql://u:pw@h:99999/db",       // port out of range
        "postgresql://u:pw@h:port/db",
        "postgresql://u:pw%zz@h/db",          // broken escape
        "postgresql://u:pw@[::1/db",
        "oracle://u:pw@h/db",                 // unknown kind
        "u:pw@localhost/db",                  // no scheme
        "://u:pw@h/db",
        "sqlite:/relative",
    })
    void badUrlsAreRefusedInOneLineWithoutThePassword(String bad) {
        BadDatabaseUrlException e = assertThrows(BadDatabaseUrlException.class, () -> DatabaseUrl.parse(bad));
        String message = e.getMessage();
        assertAll(
                () -> assertFalse(message.contains("pw") || message.contains("pa/ss") || message.contains("pa?ss"),
                        message),
                () -> assertFalse(message.contains("\n"), message),
                () -> assertTrue(message.startsWith("Cannot parse database URL") || message.startsWith("Unknown database kind"),
                        message));
    }

    @Test
    void theReasonSaysWhatToFix() {
        assertTrue(message("postgresql://u:pa/ss@h/db").contains("%2F"));
        assertTrue(message("postgresql://u@h").contains("add /DATABASE"));
        assertTrue(message("postgresql://u@h:0/db").contains("1 to 65535"));
        assertTrue(message("postgresql://u:%g@h/db").contains("%25"));
        assertTrue(message("oracle://h/db").contains("Unknown database kind 'oracle'"));
        assertTrue(message("").contains("empty"));
    }

    private static String message(String url) {
        return assertThrows(BadDatabaseUrlException.class, () -> DatabaseUrl.parse(url)).getMessage();
    }

    @Test
    void aPasswordThatIsTheUsersNameDoesNotMaskEveryMentionOfTheUser() {
        DatabaseUrl same = DatabaseUrl.parse("postgresql://clinic:clinic@localhost/clinic");
        assertEquals("current_user: clinic", same.maskIn("current_user: clinic"));
        assertEquals("postgresql://clinic:***@localhost/clinic", same.toString());
        assertEquals("bad password *** for clinic",
                DatabaseUrl.parse("postgresql://clinic:s3cret@localhost/clinic").maskIn("bad password s3cret for clinic"));
    }
}
