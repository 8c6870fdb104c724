package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ChapterDatabase;
import dev.ormshell.testsupport.ShellProcess;
import jakarta.persistence.QueryTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbSessionTest {

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
    void idsStayNullUntilCommitAndAreAssignedInOrder() {
        Role admin = new Role("Admin");
        Role mod = new Role("Moderator");
        Role user = new Role("User");
        db.session.addAll(admin, mod, user);
        assertNull(admin.getId(), "an added object is pending until the flush");
        assertTrue(db.session.hasUncommittedChanges());
        db.session.commit();
        assertEquals(List.of(1, 2, 3), List.of(admin.getId(), mod.getId(), user.getId()));
        assertFalse(db.session.hasUncommittedChanges());
    }

    @Test
    void addingAUserAddsItsRoleToo() {
        Role role = new Role("Cascade");
        db.session.add(new User("carol", role));
        db.session.commit();
        assertNotNull(role.getId());
        assertEquals("Cascade", User.query.filterBy("username", "carol").first().getRole().getName());
    }

    @Test
    void renameAndDeleteAreCommitted() {
        chapter.withChapterRows();
        chapter.admin.setName("Administrator");
        db.session.add(chapter.admin);
        db.session.commit();
        db.session.delete(chapter.moderator);
        db.session.commit();
        assertEquals("[<Role 'Administrator'>, <Role 'User'>]", Role.query.all().toString());
    }

    @Test
    void rollbackDiscardsPendingChanges() {
        chapter.withChapterRows();
        Role pending = new Role("Pending");
        db.session.add(pending);
        chapter.admin.setName("Changed");
        db.session.add(chapter.admin);
        db.session.rollback();
        assertEquals(3, Role.query.count());
        assertNull(Role.query.filterBy("name", "Pending").first());
        assertEquals("Admin", Role.query.get(chapter.admin.getId()).getName());
        assertFalse(db.session.hasUncommittedChanges());
    }

    @Test
    void uniqueViolationAtCommitRollsBackAndKeepsCommittedRows() {
        chapter.withChapterRows();
        Role duplicate = new Role("Admin");
        Role fine = new Role("Fine");
        db.session.addAll(fine, duplicate);

        ShellDatabaseException error = assertThrows(ShellDatabaseException.class, db.session::commit);

        assertTrue(error.getMessage().startsWith("Commit failed: UNIQUE constraint failed: roles.name"), error.getMessage());
        assertTrue(error.getMessage().contains("rolled back"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
        assertEquals(3, Role.query.count(), "the committed rows are intact, the failed ones gone");
        assertNull(fine.getId(), "an object of the lost transaction can be added again");
        db.session.add(fine);
        db.session.commit();
        assertEquals(4, Role.query.count());
    }

    @Test
    void anObjectFromBeforeARollbackCanStillBeChanged() {
        chapter.withChapterRows();
        db.session.rollback();
        chapter.user.setName("Member");
        db.session.add(chapter.user);
        db.session.commit();
        assertEquals("Member", Role.query.get(chapter.user.getId()).getName());
    }

    @Test
    void addingSomethingThatIsNotAnEntityIsAClearError() {
        ShellDatabaseException error = assertThrows(ShellDatabaseException.class, () -> db.session.add("john"));
        assertEquals("db.session.add: String is not an entity (entities: Role, User)", error.getMessage());
        assertThrows(ShellDatabaseException.class, () -> db.session.add(null));
    }

    @Test
    void aQueryFlushesPendingChangesFirst() {
        db.session.add(new Role("Seen"));
        assertEquals(1, Role.query.count(), "autoflush: the query sees the pending row");
        db.session.rollback();
        assertEquals(0, Role.query.count());
    }

    @Test
    void flushWritesInsideTheTransactionWithoutCommitting() {
        Role role = new Role("Flushed");
        db.session.add(role);
        db.session.flush();
        assertNotNull(role.getId(), "a flush assigns the id");
        assertEquals("0", ShellProcess.sqlite3(chapter.file, "select count(*) from roles"),
                "another connection does not see a flushed, uncommitted row");
        db.session.rollback();
        assertNull(role.getId(), "after the rollback the object is new again");
        assertEquals(0, Role.query.count());
    }

    @Test
    void dropAllRemovesTheTablesAndCreateAllIsIdempotent() {
        chapter.withChapterRows();
        db.createAll();
        assertEquals(3, Role.query.count(), "createAll leaves existing tables and rows alone");
        db.dropAll();
        assertEquals("", ShellProcess.sqlite3(chapter.file, "select name from sqlite_master where type = 'table'"));
        db.createAll();
        assertEquals(0, Role.query.count());
    }

    @Test
    void deletingAnObjectNeverFlushedJustForgetsIt() {
        Role role = new Role("Never");
        db.session.add(role);
        db.session.delete(role);
        db.session.commit();
        assertEquals(0, Role.query.count());
    }

    @Test
    void afterAFailedCommitTheObjectsHeldStayInTheSession() {
        chapter.withChapterRows();
        db.session.add(new Role("Admin"));
        assertThrows(ShellDatabaseException.class, db.session::commit);

        db.session.add(new User("newbie", chapter.user));
        chapter.admin.setName("Administrator");
        db.session.commit();

        assertEquals("<Role 'User'>", User.query.filterBy("username", "newbie").first().getRole().toString());
        assertEquals("Administrator\nModerator\nUser",
                ShellProcess.sqlite3(chapter.file, "select name from roles order by id"), "the change needed no add()");
    }

    @Test
    void aRollbackReadsTheHeldObjectsAgain() {
        chapter.withChapterRows();
        chapter.admin.setName("Changed");
        db.session.rollback();
        assertEquals("Admin", chapter.admin.getName(), "the state is the database's again, as after SQLAlchemy's expire");
    }

    @Test
    void deletingSomethingNeverSavedIsAnError() {
        ShellDatabaseException error = assertThrows(ShellDatabaseException.class, () -> db.session.delete(new Role("Never")));
        assertEquals("db.session.delete: <Role 'Never'> was never saved, so there is no row to delete", error.getMessage());
    }

    @Test
    void theSessionHoldsItsConnectionUntilReleasedOutsideATransaction() {
        var pool = (com.zaxxer.hikari.HikariDataSource) db.database().dataSource().target();
        db.createAll();
        Role.query.all();
        assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections(), "held between queries");
        db.session.releaseConnection();
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "given back when the snippet is done");

        db.session.add(new Role("Admin"));
        db.session.flush();
        db.session.releaseConnection();
        assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections(), "kept: the transaction needs it");
        db.session.commit();
        db.session.releaseConnection();
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
            db.session.releaseConnection(); // the snippet that opened the stream is done
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
        assertNull(db.session.recoverIfBroken(), "the transaction is still usable");
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
        assertNotNull(db.session.recoverIfBroken(), "the shell tells the user the changes are gone");
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
