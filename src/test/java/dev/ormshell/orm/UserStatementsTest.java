package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.TestDatabase;
import dev.ormshell.testsupport.library.Author;
import dev.ormshell.testsupport.library.LibraryDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What listeners (/echo, transcripts) and db.stats() see: only the statements the user's
 * operations send, with their values, and the transactions' boundaries; never the shell's own id
 * allocation or its questions about a table.
 */
class UserStatementsTest {

    @TempDir
    Path dir;

    /** Every statement and boundary as one line: the SQL's first words and the values. */
    private static final class Recorder implements SqlListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void executed(String sql, List<Object> parameters) {
            lines.add(sql + " " + parameters);
        }

        @Override
        public void transaction(TransactionBoundary boundary) {
            lines.add(boundary.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCommitShowsBeginItsInsertsAndCommitAndNothingOfTheShellsOwn(TestDatabase.Kind kind) {
        try (LibraryDatabase library = new LibraryDatabase(kind, dir)) {
            Db db = library.db;
            Database opened = library.opened;
            Recorder user = new Recorder();
            Recorder all = new Recorder();
            opened.dataSource().addListener(user);
            opened.dataSource().addListenerToAll(all);
            db.stats().reset();

            Author ursula = new Author("Ursula");
            ursula.write("Earthsea");
            db.session.add(ursula);
            db.session.commit();
            ursula.setName("Ursula K. Le Guin");
            db.session.flush();
            db.session.rollback();

            List<String> lines = user.lines;
            assertEquals("BEGIN (implicit)", lines.get(0), lines::toString);
            assertTrue(lines.get(1).startsWith("insert into authors ") && lines.get(1).contains("Ursula"), lines::toString);
            assertTrue(lines.get(2).startsWith("insert into books ") && lines.get(2).contains("Earthsea"), lines::toString);
            assertEquals("COMMIT", lines.get(3), lines::toString);
            assertEquals("BEGIN (implicit)", lines.get(4), lines::toString);
            assertTrue(lines.get(5).startsWith("update authors set ") && lines.get(5).contains("Ursula K. Le Guin"), lines::toString);
            assertEquals("ROLLBACK", lines.get(6), lines::toString);
            // After the rollback the session reads the author it holds back from the database.
            assertTrue(lines.subList(7, lines.size()).stream().allMatch(line -> line.startsWith("select ")), lines::toString);
            assertTrue(lines.stream().noneMatch(UserStatementsTest::shellsOwn), lines::toString);
            if (kind != TestDatabase.Kind.MARIADB) {
                // SQLite and PostgreSQL take the ids before the inserts: the shell's own SQL, which only addListenerToAll sees.
                assertTrue(all.lines.stream().anyMatch(UserStatementsTest::shellsOwn), all.lines::toString);
            }
            assertEquals(3, db.stats().inserts() + db.stats().updates(), db.stats()::toString);
            assertEquals(lines.stream().filter(line -> !line.contains("(implicit)") && !line.equals("COMMIT")
                    && !line.equals("ROLLBACK")).count(), db.stats().statements(), db.stats()::toString);
        }
    }

    private static boolean shellsOwn(String line) {
        return line.contains("where 0") || line.contains("sqlite_") || line.contains("coalesce(max(")
                || line.contains("nextval") || line.contains("pg_get_serial_sequence") || line.contains("max_allowed_packet");
    }
}
