package dev.ormshell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.orm.Db;
import dev.ormshell.orm.UnitOfWork;
import dev.ormshell.testsupport.InProcessShell;
import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entity in a schema of its own ({@code @Table(schema = "inventory")}), on PostgreSQL with a
 * table made by hand: its rows get ids and are written there, and /tables and /schema show it.
 */
class OtherSchemaTest {

    @Test
    void anEntityOfAnotherSchemaIsWrittenThereAndShownByItsQualifiedName() {
        try (ServerDatabases database = ServerDatabases.create(Server.POSTGRESQL)) {
            database.query("create schema inventory; create table inventory.supplier (id bigserial primary key, name varchar(80))");
            Database opened = Database.open(DatabaseUrl.parse(database.url()), List.of(Supplier.class));
            UnitOfWork work = new UnitOfWork(opened);
            Db db = new Db(opened, work);
            try {
                db.session.addAll(new Supplier("Acme"), new Supplier("Globex"));
                db.session.commit();
                assertEquals("1|Acme\n2|Globex", database.query("select id, name from inventory.supplier order by id"));

                String shown = InProcessShell.run(db, work, "/tables\n/schema inventory.supplier\n");
                // A line of /tables of its own: a "no table" error names it too.
                assertTrue(shown.lines().anyMatch(line -> line.strip().equals("inventory.supplier")), shown);
                assertTrue(shown.contains("name   | varchar(80)"), shown);
            } finally {
                db.session.close();
                opened.close();
            }
        }
    }

    @Entity
    @Table(schema = "inventory", name = "supplier")
    static class Supplier {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String name;

        Supplier() {
        }

        Supplier(String name) {
            this.name = name;
        }
    }
}
