package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormshell.testsupport.ChapterDatabase;
import dev.ormshell.testsupport.TestDatabase;
import dev.ormshell.testsupport.library.Author;
import dev.ormshell.testsupport.library.Book;
import dev.ormshell.testsupport.library.LibraryDatabase;
import dev.ormshell.model.Role;
import dev.ormshell.model.User;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** N+1 warnings: objects loaded one select each through an association, named with the fix. */
class AssociationLoadsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eagerToOneAndLazyCollectionsLoadedOneByOneAreNamed(TestDatabase.Kind kind) {
        try (LibraryDatabase library = new LibraryDatabase(kind, dir).withAuthors(12)) {
            AssociationLoads loads = library.opened.associationLoads();
            loads.nPlusOneWarnings();

            assertEquals(12, Book.query.all().size());
            assertEquals(List.of("N+1: Author loaded 12 times through Book.author, one select each;"
                    + " use join fetch, e.g. /hql from Book b join fetch b.author"), loads.nPlusOneWarnings());

            library.db.session.close();
            Author.query.all().forEach(author -> author.getBooks().size());
            assertEquals(List.of("N+1: Author.books loaded for 12 Author objects, one select each;"
                    + " use join fetch, e.g. /hql from Author a join fetch a.books"), loads.nPlusOneWarnings());

            // Already in the session: no select, no warning.
            Book.query.all().forEach(book -> book.getAuthor().getName());
            assertEquals(List.of(), loads.nPlusOneWarnings());

            library.db.session.close();
            library.db.hibernateSession().createQuery("from Book b join fetch b.author", Book.class).getResultList();
            assertEquals(List.of(), loads.nPlusOneWarnings(), "join fetch reads them with the books");
        }
    }

    @Test
    void belowTheThresholdOrByIdIsNoNPlusOne() {
        try (LibraryDatabase library = new LibraryDatabase(TestDatabase.Kind.SQLITE, dir).withAuthors(AssociationLoads.THRESHOLD - 1)) {
            AssociationLoads loads = library.opened.associationLoads();
            Book.query.all();
            assertEquals(List.of(), loads.nPlusOneWarnings());
            library.db.session.close();
            for (long id = 1; id <= AssociationLoads.THRESHOLD; id++) {
                Author.query.get(id);
            }
            assertEquals(List.of(), loads.nPlusOneWarnings(), "get(id) in a loop is the user's own choice, not an association");
        }
    }

    @Test
    void theChaptersUsersWithDistinctRolesAfterClose() {
        try (ChapterDatabase chapter = new ChapterDatabase(dir)) {
            for (int i = 0; i < 30; i++) {
                chapter.db.session.add(new User("user" + i, new Role("role" + i)));
            }
            chapter.db.session.commit();
            chapter.db.session.close();
            AssociationLoads loads = chapter.db.database().associationLoads();
            loads.nPlusOneWarnings();
            for (User user : User.query.all()) {
                user.getRole().getName();
            }
            assertEquals(List.of("N+1: Role loaded 30 times through User.role, one select each;"
                    + " use join fetch, e.g. /hql from User u join fetch u.role"), loads.nPlusOneWarnings());
        }
    }
}
