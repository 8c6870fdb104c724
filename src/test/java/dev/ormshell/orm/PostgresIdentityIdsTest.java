package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On PostgreSQL new rows take their ids from the identity column's own sequence, reserved before the inserts. */
class PostgresIdentityIdsTest {

    @Test
    void idsComeFromTheColumnsSequenceSoAnotherWriterNeverClashes() {
        try (ServerDatabases database = ServerDatabases.create(Server.POSTGRESQL);
             Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
            Db db = new Db(opened);
            db.createAll();
            db.session.addAll(new Role("Admin"), new Role("Moderator"), new Role("User"));
            db.session.commit();
            database.query("insert into roles (name) values ('From psql')");

            List<String> echoed = new ArrayList<>();
            opened.dataSource().addListenerToAll((sql, parameters) -> echoed.add(sql));
            Role editor = new Role("Editor");
            db.session.addAll(editor, new Role("Guest"));
            db.session.commit();

            assertEquals(5, editor.getId());
            assertEquals("1|Admin\n2|Moderator\n3|User\n4|From psql\n5|Editor\n6|Guest",
                    database.query("select id, name from roles order by id"));
            // Both ids were reserved in one statement, then both rows inserted with them.
            assertEquals(1, echoed.stream().filter(sql -> sql.contains("nextval")).count(), echoed.toString());
            assertEquals(2, echoed.stream().filter(sql -> sql.startsWith("insert into roles (name,id)")).count(),
                    echoed.toString());
            db.session.close();
        }
    }

    @Test
    void aTableWhoseIdsAreGeneratedAlwaysKeepsTheDatabasesOwnInsert() {
        try (ServerDatabases database = ServerDatabases.create(Server.POSTGRESQL)) {
            database.query("create table roles (id integer generated always as identity primary key, name varchar(64) unique);"
                    + " create table users (id integer generated always as identity primary key, username varchar(64),"
                    + " role_id integer references roles (id))");
            try (Database opened = Database.open(DatabaseUrl.parse(database.url()), Models.ALL)) {
                Db db = new Db(opened);
                db.session.addAll(new User("john", new Role("Admin")), new User("susan"));
                db.session.commit();
                assertEquals("1|john|1\n2|susan|", database.query("select id, username, role_id from users order by id"));
                db.session.close();
            }
        }
    }
}
