package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** query.explain() and Explain.hql(): the database's own plan, with nothing else sent or flushed. */
class ExplainTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void thePlanComesFromTheDatabaseWithTheQuerysValues(TestDatabase.Kind kind) {
        try (LibraryDatabase library = new LibraryDatabase(kind, dir).withAuthors(3)) {
            Db db = library.db;
            Author pending = new Author("not flushed");
            db.session.add(pending);
            List<String> sent = new ArrayList<>();
            library.opened.dataSource().addListener((sql, parameters) -> sent.add(sql + " " + parameters));

            QueryPlan plan = Book.query.filterBy("title", "book2").explain();
            String text = plan.toString();
            switch (kind) {
                case SQLITE -> assertTrue(text.startsWith("QUERY PLAN\n`--SCAN b1_0"), text);
                case POSTGRESQL -> assertTrue(text.contains("Seq Scan on books b1_0") && text.contains("'book2'"), text);
                case MARIADB -> assertTrue(text.startsWith("id | select_type | table") && text.contains("| b1_0 "), text);
            }
            assertEquals(1, sent.size(), sent::toString);
            assertTrue(sent.get(0).startsWith(kind == TestDatabase.Kind.SQLITE ? "EXPLAIN QUERY PLAN select " : "EXPLAIN select "), sent::toString);
            assertTrue(sent.get(0).endsWith("[book2]"), sent::toString);
            assertEquals(List.of(pending), db.session.newObjects(), "nothing was flushed for the plan");

            String joined = Explain.hql(db, "from Book b join fetch b.author where b.title like 'book%'").toString();
            assertTrue(joined.contains("b1_0") && joined.contains("a1_0"), joined);

            db.session.commit();
            assertEquals(List.of("4"), library.query("select count(*) from authors"), "the transaction is intact after the plans");
        }
    }

    @Test
    void sqlitesPlanIsDrawnAsATree() {
        List<Object[]> rows = List.of(new Object[] {2L, 0L, "SCAN a"}, new Object[] {5L, 0L, "CORRELATED SCALAR SUBQUERY 1"},
                new Object[] {8L, 5L, "SEARCH b USING INDEX ix_b (a_id=?)"}, new Object[] {12L, 5L, "USE TEMP B-TREE FOR ORDER BY"});
        assertEquals("""
                QUERY PLAN
                |--SCAN a
                `--CORRELATED SCALAR SUBQUERY 1
                   |--SEARCH b USING INDEX ix_b (a_id=?)
                   `--USE TEMP B-TREE FOR ORDER BY""", QueryPlan.tree("select …", rows).toString());
    }

    @Test
    void anHqlUpdateHasNoPlanToShow() {
        try (LibraryDatabase library = new LibraryDatabase(TestDatabase.Kind.SQLITE, dir)) {
            ShellDatabaseException e = org.junit.jupiter.api.Assertions.assertThrows(ShellDatabaseException.class,
                    () -> Explain.hql(library.db, "update Book set title = 'x'"));
            assertTrue(e.getMessage().startsWith("Query failed: Expecting a selection query"), e.getMessage());
        }
    }
}
