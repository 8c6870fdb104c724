package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dialect comes from the server itself, and the SQL the shell shows is that server's. */
class ServerDialectTest {

    @ParameterizedTest
    @EnumSource(Server.class)
    void theDialectAndItsVersionAreDetectedFromTheServer(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server);
             Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
            Dialect dialect = opened.dialect();
            String version = database.query("select version()");
            if (server == Server.POSTGRESQL) {
                assertInstanceOf(PostgreSQLDialect.class, dialect);
                assertTrue(version.startsWith("PostgreSQL " + dialect.getVersion().getMajor() + "."), version);
            } else {
                assertInstanceOf(MariaDBDialect.class, dialect);
                assertTrue(version.startsWith(dialect.getVersion().getMajor() + "." + dialect.getVersion().getMinor() + "."),
                        version);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void theEchoedSqlAndQueryToStringAreTheServersOwn(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server);
             Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
            Db db = new Db(opened);
            Db.use(db);
            db.createAll();
            db.session.add(new User("john", new Role("Admin")));
            db.session.commit();
            List<String> echoed = new ArrayList<>();
            opened.dataSource().addListener((sql, parameters) -> echoed.add(sql));

            assertEquals("[<User 'john'>]", User.query.orderBy("username").limit(5).all().toString());

            String limit = server == Server.POSTGRESQL ? "order by u1_0.username fetch first ? rows only"
                                                       : "order by u1_0.username limit ?";
            assertEquals(1, echoed.size(), echoed.toString());
            assertTrue(echoed.get(0).endsWith(limit), echoed.get(0));
            assertTrue(User.query.orderBy("username").limit(5).toString().endsWith(limit));
            db.session.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void theBannerNamesTheServerAndHidesThePassword(Server server) {
        try (ServerDatabases database = ServerDatabases.create(server)) {
            String user = database.createUser("banner-secret");
            try (Database opened = Database.open(DatabaseUrl.parse(database.url(server.scheme, user, "banner-secret")),
                    Models.ALL)) {
                String banner = ShellStartup.banner(opened);
                assertFalse(banner.contains("banner-secret"), banner);
                assertTrue(banner.startsWith("ORM Shell on " + server.scheme + "://" + user + ":***@127.0.0.1:"), banner);
                assertTrue(banner.contains(server == Server.POSTGRESQL ? "(PostgreSQL)" : "(MariaDB)"), banner);
            }
        }
    }
}
