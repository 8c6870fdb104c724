package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A huge addAll() on a server is sent in batches (ids reserved from PostgreSQL's sequence, read
 * back from MariaDB's driver), each object gets the id its row has, and a rollback undoes it all.
 */
class ServerBulkInsertTest {

    private static final int HUGE = 12_000;

    @ParameterizedTest
    @EnumSource(Server.class)
    void everyObjectGetsTheIdOfItsRowInTheOrderGiven(Server server) {
        withTables(server, (database, opened, db) -> {
            Role admin = new Role("Admin");
            db.session.add(admin);
            db.session.commit();
            Set<String> statements = ConcurrentHashMap.newKeySet();
            opened.dataSource().addListener((sql, parameters) -> statements.add(sql));

            List<User> users = new ArrayList<>();
            for (int i = 0; i < HUGE; i++) {
                users.add(new User(String.format("user%05d", i), admin));
            }
            db.session.addAll(users);
            db.session.commit();

            User sample = users.get(4321);
            assertEquals("user04321|" + admin.getId(),
                    database.query("select username, role_id from users where id = " + sample.getId()));
            assertEquals(HUGE + "|" + HUGE, database.query("select count(*), max(id) - min(id) + 1 from users"));
            // Every object has its own row's id: the sum of id × number-in-its-name, both sides.
            long expected = 0;
            for (User user : users) {
                expected += (long) user.getId() * Integer.parseInt(user.getUsername().substring(4));
            }
            assertEquals(String.valueOf(expected),
                    database.query("select sum(id * cast(substr(username, 5) as " + (server == Server.POSTGRESQL ? "int" : "signed") + ")) from users"));
            // Many rows per round trip: one insert statement prepared once and sent in batches on
            // PostgreSQL, one multi-row insert returning the ids per batch on MariaDB.
            List<String> inserts = statements.stream().filter(sql -> sql.startsWith("insert into users")).toList();
            assertEquals(1, inserts.size(), inserts::toString);
            assertEquals(server == Server.MARIADB, inserts.get(0).endsWith(" returning id"), inserts::toString);
            // The ids reserved and the table's facts read for the batches are the shell's own: not echoed.
            assertTrue(statements.stream().noneMatch(sql -> sql.contains("nextval") || sql.contains("max_allowed_packet")),
                    statements::toString);
        });
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aRollbackLeavesNoRowAndNoId(Server server) {
        withTables(server, (database, opened, db) -> {
            List<User> users = new ArrayList<>();
            for (int i = 0; i < HUGE; i++) {
                users.add(new User("u" + i));
            }
            db.session.addAll(users);
            db.session.rollback();
            assertNull(users.get(7).getId());
            assertEquals("0", database.query("select count(*) from users"));
        });
    }

    private interface Check {
        void run(ServerDatabases database, Database opened, Db db);
    }

    // A database of its own with the model's tables, closed (and dropped) afterwards.
    private static void withTables(Server server, Check check) {
        try (ServerDatabases database = ServerDatabases.create(server);
             Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
            Db db = new Db(opened);
            db.createAll();
            try {
                check.run(database, opened, db);
            } finally {
                db.session.close();
            }
        }
    }
}
