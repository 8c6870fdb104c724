package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.LibraryEntities.Author;
import dev.ormshell.orm.LibraryEntities.Book;
import dev.ormshell.orm.LibraryEntities.Shelf;
import dev.ormshell.testsupport.ShellProcess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delete is never dropped in silence, in any model: rows that refer to it let go of it, or it fails naming them. */
class DeleteTest {

    @TempDir
    Path folder;
    Db db;
    Author herbert;
    Shelf top;
    Book dune;
    Book messiah;

    @BeforeEach
    void open() {
        db = new Db(Database.open(DatabaseUrl.parse("sqlite:///" + folder.resolve("library.sqlite")), LibraryEntities.ALL));
        db.createAll();
        herbert = new Author("Herbert");
        top = new Shelf("top");
        dune = new Book("Dune", herbert, top);
        messiah = new Book("Dune Messiah", herbert, top);
        db.session.addAll(dune, messiah);
        db.session.commit();
    }

    @AfterEach
    void close() {
        db.session.close();
        db.database().close();
    }

    @Test
    void deletingWhatLoadedRowsReferToThroughANullableKeyLetsThemGo() {
        db.session.delete(top);
        db.session.commit();
        assertNull(dune.shelf, "the loaded book no longer stands on the deleted shelf");
        assertEquals("0", sqlite("select count(*) from shelves"));
        assertEquals("Dune|\nDune Messiah|", sqlite("select title, shelf_id from books order by id"));
    }

    @Test
    void deletingWhatRowsMustReferToFailsNamingThemAndChangesNothing() {
        ShellDatabaseException refused = assertThrows(ShellDatabaseException.class, () -> db.session.delete(herbert));
        assertEquals("db.session.delete: Author " + herbert.id + " is still referred to by Book 1, 2 (Book.author"
                + " cannot be null); delete those or point them elsewhere first", refused.getMessage());
        db.session.commit();
        assertEquals("1", sqlite("select count(*) from authors"));
        assertEquals(List.of(herbert.name), List.of(sqlite("select name from authors")));
    }

    private String sqlite(String sql) {
        return ShellProcess.sqlite3(folder.resolve("library.sqlite"), sql);
    }
}
