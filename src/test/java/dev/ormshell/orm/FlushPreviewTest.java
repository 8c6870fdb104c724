package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import dev.ormshell.testsupport.library.Author;
import dev.ormshell.testsupport.library.Book;
import dev.ormshell.testsupport.library.LibraryDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The flush preview lists what the commit then sends, and sends nothing itself. */
class FlushPreviewTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void thePreviewIsWhatTheCommitSends(TestDatabase.Kind kind) {
        try (LibraryDatabase library = new LibraryDatabase(kind, dir).withAuthors(2)) {
            Db db = library.db;
            Author first = Author.query.filter("name = ?1", "author1").first();
            Book second = Book.query.filter("title = ?1", "book2").first();
            Author ursula = new Author("Ursula");
            ursula.write("Earthsea");
            db.session.add(ursula);
            first.setName("Author One");
            second.getAuthor().getBooks().remove(second);
            db.session.delete(second);

            List<String> sent = new ArrayList<>();
            SqlListener recorder = (sql, parameters) -> sent.add(sql + " " + parameters);
            library.opened.dataSource().addListener(recorder);
            List<PendingChange> preview = FlushPreview.of(db);
            assertEquals(List.of(), sent, "the preview sends nothing");

            assertEquals(List.of("INSERT authors {full_name=Ursula}", "INSERT books {written_by=Author(Ursula).id, pages=null, title=Earthsea}",
                    "UPDATE authors {full_name=Author One} was {full_name=author1} id " + first.getId(),
                    "DELETE books {} id " + second.getId()), preview.stream().map(FlushPreviewTest::line).toList());

            db.session.commit();
            List<String> writes = sent.stream().filter(sql -> !sql.startsWith("select")).toList();
            assertEquals(4, writes.size(), writes::toString);
            assertTrue(writes.get(0).startsWith("insert into authors") && writes.get(0).contains("Ursula"), writes::toString);
            assertTrue(writes.get(1).startsWith("insert into books") && writes.get(1).contains("Earthsea")
                    && writes.get(1).contains(String.valueOf(ursula.getId())), writes::toString);
            assertTrue(writes.get(2).startsWith("update authors") && writes.get(2).contains("Author One"), writes::toString);
            assertTrue(writes.get(3).startsWith("delete from books") && writes.get(3).endsWith("[" + second.getId() + "]"), writes::toString);
            assertEquals(List.of(), FlushPreview.of(db));
        }
    }

    private static String line(PendingChange change) {
        Map<String, Object> columns = new LinkedHashMap<>(change.columns());
        String text = change.kind() + " " + change.table() + " " + columns;
        if (!change.oldValues().isEmpty()) {
            text += " was " + change.oldValues();
        }
        return change.id() == null ? text : text + " id " + change.id();
    }
}
