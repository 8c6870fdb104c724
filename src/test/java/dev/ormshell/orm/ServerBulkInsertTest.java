package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            opened.dataSource().setListener((sql, parameters) -> statements.add(sql));

            List<User> users = new ArrayList<>();
            for (int i = 0; i < HUGE; i++) {
                users.add(new User(String.format("user%05d", i), admin));
            }
            db.session.addAll(users);
            db.session.commit();

            User sample = users.get(4321);
            assertEquals(users.get(0).getId() + 4321, sample.getId());
            assertEquals("user04321|" + admin.getId(),
                    database.query("select username, role_id from users where id = " + sample.getId()));
            assertEquals(HUGE + "|" + HUGE, database.query("select count(*), max(id) - min(id) + 1 from users"));
            // One insert statement, prepared once and sent in batches, rather than a round trip per row.
            assertTrue(statements.stream().filter(sql -> sql.startsWith("insert into users")).count() == 1, statements.toString());
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
