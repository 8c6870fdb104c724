package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import dev.ormshell.testsupport.ChapterDatabase;
import dev.ormshell.testsupport.TestDatabase;
import dev.ormshell.testsupport.library.Author;
import dev.ormshell.testsupport.library.Book;
import dev.ormshell.testsupport.library.LibraryDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** db.inspect(), db.session.newObjects() / dirty() / deleted() / contains(), as SQLAlchemy has them. */
class ObjectStatesTest {

    @TempDir
    Path dir;

    @Test
    void oneObjectThroughAddFlushCommitChangeDeleteRollbackAndClose() {
        try (ChapterDatabase chapter = new ChapterDatabase(dir)) {
            Db db = chapter.db;
            Role role = new Role("Admin");
            List<ObjectState> states = new ArrayList<>();
            states.add(db.inspect(role).state());
            assertFalse(db.session.contains(role));

            db.session.add(role);
            states.add(db.inspect(role).state());
            assertTrue(db.session.contains(role), "a pending object is in the session, as in SQLAlchemy");
            assertEquals(List.of(role), db.session.newObjects());
            assertNull(db.inspect(role).identity());

            db.session.flush();
            states.add(db.inspect(role).state());
            assertEquals(role.getId(), db.inspect(role).identity());
            assertEquals(List.of(), db.session.newObjects());

            db.session.commit();
            states.add(db.inspect(role).state());

            role.setName("Administrator");
            states.add(db.inspect(role).state());
            assertEquals(List.of(role), db.session.dirty());
            assertEquals(List.of(new AttributeChange("name", "Admin", "Administrator")), db.inspect(role).changes());

            db.session.delete(role);
            Inspection marked = db.inspect(role);
            states.add(marked.state());
            assertTrue(marked.markedForDeletion());
            assertEquals(List.of(role), db.session.deleted());
            assertEquals(List.of(), db.session.dirty(), "an object marked for deletion is not dirty");

            db.session.flush();
            states.add(db.inspect(role).state());
            assertFalse(db.session.contains(role));
            assertEquals(List.of(), db.session.deleted(), "deleted() lists what the next flush deletes");

            db.session.rollback();
            states.add(db.inspect(role).state());
            assertEquals("Admin", role.getName(), "the rollback read the committed name back");
            assertEquals(List.of(), db.inspect(role).changes());

            db.session.close();
            states.add(db.inspect(role).state());

            assertEquals(List.of(ObjectState.TRANSIENT, ObjectState.PENDING, ObjectState.PERSISTENT,
                    ObjectState.PERSISTENT, ObjectState.PERSISTENT, ObjectState.PERSISTENT, ObjectState.DELETED,
                    ObjectState.PERSISTENT, ObjectState.DETACHED), states);
        }
    }

    @Test
    void aCommittedDeletionLeavesTheObjectDetachedAndARolledBackInsertTransient() {
        try (ChapterDatabase chapter = new ChapterDatabase(dir).withChapterRows()) {
            Db db = chapter.db;
            db.session.delete(chapter.moderator);
            db.session.commit();
            assertEquals(ObjectState.DETACHED, db.inspect(chapter.moderator).state());

            Role guest = new Role("Guest");
            db.session.add(guest);
            db.session.flush();
            assertEquals(ObjectState.PERSISTENT, db.inspect(guest).state());
            db.session.rollback();
            assertEquals(ObjectState.TRANSIENT, db.inspect(guest).state(), "its insert was rolled back: no row, no id");
        }
    }

    @Test
    void anObjectReachedByACascadeFromAnAddedOneIsPendingToo() {
        try (ChapterDatabase chapter = new ChapterDatabase(dir).withChapterRows()) {
            Db db = chapter.db;
            Role guest = new Role("Guest");
            User ann = new User("ann", guest);
            db.session.add(ann);
            assertEquals(List.of(guest, ann), db.session.newObjects(), "inserted in this order: the role first");
            assertEquals(ObjectState.PENDING, db.inspect(guest).state());

            // A persistent user given a new role: the role is saved with the user's next flush.
            Role editor = new Role("Editor");
            User john = User.query.filterBy("username", "john").first();
            john.setRole(editor);
            assertTrue(db.session.newObjects().contains(editor));
            assertEquals(ObjectState.PENDING, db.inspect(editor).state());
            Inspection changed = db.inspect(john);
            assertEquals(1, changed.changes().size(), changed::toString);
            assertEquals("role", changed.changes().get(0).attribute());
            assertEquals(chapter.admin, changed.changes().get(0).oldValue());
            assertEquals(editor, changed.changes().get(0).newValue());
            assertTrue(changed.toString().contains("role: <Role 'Admin'> → <Role 'Editor'>"), changed::toString);
        }
    }

    @Test
    void inspectingSomethingThatIsNotAnEntitySaysWhatIs() {
        try (ChapterDatabase chapter = new ChapterDatabase(dir)) {
            ShellDatabaseException notEntity = assertThrows(ShellDatabaseException.class, () -> chapter.db.inspect("john"));
            assertEquals("db.inspect: String is not an entity (entities: Role, User)", notEntity.getMessage());
            ShellDatabaseException none = assertThrows(ShellDatabaseException.class, () -> chapter.db.session.contains(null));
            assertTrue(none.getMessage().startsWith("db.session.contains(null): give an entity object"), none.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherModelOnEveryDatabase(TestDatabase.Kind kind) {
        try (LibraryDatabase library = new LibraryDatabase(kind, dir)) {
            Db db = library.db;
            Author ursula = new Author("Ursula");
            Book earthsea = ursula.write("Earthsea");
            Book dispossessed = ursula.write("The Dispossessed");
            db.session.add(ursula);
            assertEquals(List.of(ursula, earthsea, dispossessed), db.session.newObjects(), "the books come with their author's cascade");
            db.session.commit();
            assertEquals(ObjectState.PERSISTENT, db.inspect(earthsea).state());

            earthsea.setPages(183);
            earthsea.setTitle("A Wizard of Earthsea");
            Inspection inspection = db.inspect(earthsea);
            assertEquals(List.of(new AttributeChange("pages", null, 183),
                    new AttributeChange("title", "Earthsea", "A Wizard of Earthsea")), inspection.changes());
            assertEquals(List.of(earthsea), db.session.dirty());
            assertTrue(inspection.toString().contains("pages: null → 183\n            title: 'Earthsea' → 'A Wizard of Earthsea'"),
                    inspection::toString);

            // Off the author's list first: its cascade would save the book again at the flush (JPA's rule).
            ursula.getBooks().remove(dispossessed);
            db.session.delete(dispossessed);
            assertEquals(List.of(dispossessed), db.session.deleted());
            db.session.commit();
            assertEquals(ObjectState.DETACHED, db.inspect(dispossessed).state());
            assertEquals(List.of("A Wizard of Earthsea|183"), library.query("select title, pages from books"));
        }
    }
}
