package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.testmodel.Address;
import dev.ormshell.testmodel.Clinic;
import dev.ormshell.testmodel.Medicine;
import dev.ormshell.testmodel.Owner;
import dev.ormshell.testsupport.ClinicDatabase;
import dev.ormshell.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite, which has no sequences: @GeneratedValue ids from a table, and Hibernate's multi-table statements. */
class SqliteSequenceTablesTest {

    @TempDir
    Path folder;

    @Test
    void theShellAndTheApplicationTakeIdsFromTheSameTableWithoutClashing() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder);
             Database application = Database.open(DatabaseUrl.parse(clinic.database.url()), Clinic.ENTITIES)) {
            Db shell = clinic.db;
            Db app = new Db(application);
            // The owner's insert takes SQLite's write lock before the medicine needs its ids.
            shell.session.addAll(new Owner("Jean", "Coleman", new Address("105 N. Lake St.", "Monona"), "6085552654"),
                    new Medicine("aspirin"));
            shell.session.commit();
            app.session.add(new Medicine("ibuprofen"));
            app.session.commit();
            shell.session.add(new Medicine("rolled back"));
            shell.session.flush();
            shell.session.rollback();
            shell.session.add(new Medicine("codeine"));
            shell.session.commit();
            app.session.add(new Medicine("morphine"));
            app.session.commit();
            app.session.close();
            assertEquals(List.of("4|4"), clinic.database.query("select count(distinct id), count(*) from medicines"));
            assertEquals(List.of("aspirin", "codeine", "ibuprofen", "morphine"),
                    clinic.database.query("select name from medicines order by name"));
            long largest = Long.parseLong(clinic.database.query("select max(id) from medicines").get(0));
            long next = Long.parseLong(clinic.database.query("select next_val from medicines_SEQ").get(0));
            assertTrue(next > largest, "the table is ahead of every id given: " + next + " > " + largest);
        }
    }

    @Test
    void multiTableStatementsUseTemporaryTablesThatLeaveNothingInTheFile() {
        try (ClinicDatabase clinic = new ClinicDatabase(TestDatabase.Kind.SQLITE, folder).withRows()) {
            Db db = clinic.db;
            db.session.flush();
            int renamed = db.hibernateSession().createMutationQuery("update Person set lastName = 'Davies' where firstName = 'Betty'")
                    .executeUpdate();
            int copied = db.hibernateSession().createMutationQuery("insert into Medicine(name) select m.name || ' forte' from Medicine m")
                    .executeUpdate();
            db.session.commit();
            assertEquals(1, renamed);
            assertEquals(1, copied);
            assertEquals(List.of("Davies"), clinic.database.query("select lastName from people where firstName = 'Betty'"));
            assertEquals(List.of("aspirin", "aspirin forte"), clinic.database.query("select name from medicines order by id"));
            assertTrue(clinic.database.tables().stream().noneMatch(table -> table.startsWith("HT")),
                    clinic.database.tables().toString());
        }
    }
}
