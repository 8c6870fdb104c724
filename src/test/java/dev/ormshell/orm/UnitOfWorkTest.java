package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormshell.model.Role;
import dev.ormshell.testsupport.ChapterDatabase;
import dev.ormshell.testsupport.ShellProcess;
import jakarta.persistence.QueryTimeoutException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shell does around each input through the unit of work: connections held and given back, recovery after a cancel. */
class UnitOfWorkTest {

    @TempDir
    Path folder;
    ChapterDatabase chapter;
    Db db;

    @BeforeEach
    void open() {
        chapter = new ChapterDatabase(folder);
        db = chapter.db;
    }

    @AfterEach
    void close() {
        chapter.close();
    }

    @Test
    void theSessionHoldsItsConnectionUntilReleasedOutsideATransaction() {
        var pool = (com.zaxxer.hikari.HikariDataSource) db.database().dataSource().target();
        db.createAll();
        Role.query.all();
        assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections(), "held between queries");
        db.work().releaseConnection();
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "given back when the snippet is done");

        db.session.add(new Role("Admin"));
        db.session.flush();
        db.work().releaseConnection();
        assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections(), "kept: the transaction needs it");
        db.session.commit();
        db.work().releaseConnection();
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
        assertEquals(1, Role.query.count());
    }

    @Test
    void aResultStillBeingReadKeepsTheConnection() {
        db.createAll();
        db.session.addAll(new Role("Admin"), new Role("User"));
        db.session.commit();
        try (var rows = db.hibernateSession().createSelectionQuery("from Role order by id", Role.class).stream()) {
            var iterator = rows.iterator();
            assertEquals("Admin", iterator.next().getName());
            db.work().releaseConnection(); // the snippet that opened the stream is done
            assertEquals("User", iterator.next().getName());
        }
    }

    // A cancelled query leaves the transaction as it was, uncommitted changes included; a
    // cancelled write makes SQLite roll the whole transaction back, and the session says so.
    // Rows without end: Ctrl-C (SpyingDataSource.cancelRunning) is what stops a statement over them.
    private static final String ENDLESS_ROWS = "with recursive c(n) as (select 1 union all select n + 1 from c)";

    @Test
    void aCancelledQueryKeepsTheUncommittedChanges() {
        db.session.add(new Role("Admin"));
        db.session.flush();

        RuntimeException failure = cancelWhileRunning(() ->
                db.session.hibernate().createNativeQuery(ENDLESS_ROWS + " select count(*) from c", Long.class).getSingleResult());

        assertTrue(failure instanceof QueryTimeoutException, failure.toString());
        assertNull(db.work().recoverIfBroken(), "the transaction is still usable");
        db.session.commit();
        assertEquals("Admin", ShellProcess.sqlite3(chapter.file, "select name from roles"));
    }

    @Test
    void aCancelledWriteEndsTheTransactionAndTheSessionSaysSo() {
        db.session.add(new Role("Admin"));
        db.session.flush();

        RuntimeException failure = cancelWhileRunning(() -> db.session.hibernate().createNativeMutationQuery(
                "insert into roles (name) " + ENDLESS_ROWS + " select 'role ' || n from c").executeUpdate());

        assertFalse(failure instanceof QueryTimeoutException, failure.toString());
        assertNotNull(db.work().recoverIfBroken(), "the shell tells the user the changes are gone");
        assertEquals("0", ShellProcess.sqlite3(chapter.file, "select count(*) from roles"));
        // And the session goes on: the next change is committed as usual.
        db.session.add(new Role("Again"));
        db.session.commit();
        assertEquals("Again", ShellProcess.sqlite3(chapter.file, "select name from roles"));
    }

    // Runs the work on another thread, cancels its statement once it runs, and returns how it failed.
    private RuntimeException cancelWhileRunning(Runnable work) {
        CompletableFuture<Void> running = CompletableFuture.runAsync(work);
        try {
            while (!db.database().dataSource().cancelRunning()) {
                if (running.isDone()) {
                    fail("the statement ended before it could be cancelled");
                }
                Thread.sleep(20);
            }
            running.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return fail("the cancelled statement finished without an error");
    }
}
