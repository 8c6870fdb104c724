package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ServerDatabases;
import dev.ormshell.testsupport.ServerDatabases.Server;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "> FILE" on PostgreSQL and MariaDB: a result is streamed in a transaction of its own when
 * none is open (PostgreSQL streams only inside one), and inside the session's when one is, so it
 * sees what is not committed and leaves the transaction as it was.
 */
class ServerResultFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Server.class)
    void aResultGoesToAFileWithOrWithoutTheSessionsTransaction(Server server) throws Exception {
        try (ServerDatabases db = ServerDatabases.create(server)) {
            Result run = ShellProcess.run(dir, """
                    db.createAll();
                    /sql select id, name from roles > before.csv
                    db.session.add(new Role("Pending"));
                    /format json
                    /sql select name from roles > pending.json
                    /hql select r.name from Role r > pending.tsv
                    db.session.rollback();
                    db.session.add(new Role("Kept"));
                    db.session.commit();
                    """, "run", "-", "--url", db.url());
            assertEquals(0, run.exitCode(), run.all());
            assertEquals("id,name\r\n", Files.readString(dir.resolve("before.csv")));
            assertEquals("[\n{\"name\": \"Pending\"}\n]\n", Files.readString(dir.resolve("pending.json")));
            assertEquals("r.name\nPending\n", Files.readString(dir.resolve("pending.tsv")));
            assertTrue(run.out().contains("Wrote 1 row to pending.json."), run.out());
            assertEquals("Kept", db.query("select name from roles"));
        }
    }
}
