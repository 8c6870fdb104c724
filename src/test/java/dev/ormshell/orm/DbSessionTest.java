package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ChapterDatabase;
import dev.ormshell.testsupport.ShellProcess;
import java.nio.file.Path;
import java.util.List;
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
}
