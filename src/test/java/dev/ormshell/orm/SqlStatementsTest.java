package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one place that tells a reading statement from a writing one, and a row count from none. */
class SqlStatementsTest {

    @Test
    void readsAreQueriesAndPragmasThatSetNothing() {
        assertTrue(SqlStatements.reads("  SELECT * from users"));
        assertTrue(SqlStatements.reads("with c(n) as (select 1) select n from c"));
        assertTrue(SqlStatements.reads("pragma table_info(users)"));
        assertTrue(SqlStatements.reads("explain select 1"));
        assertFalse(SqlStatements.reads("pragma journal_mode = wal"));
        assertFalse(SqlStatements.reads("with c(n) as (select 1) insert into t select n from c"));
        assertFalse(SqlStatements.reads("update users set username = 'x'"));
        assertFalse(SqlStatements.reads("create table t (n int)"));
        assertFalse(SqlStatements.reads(null), "a batch has no text of its own: counted as a write");
    }

    @Test
    void onlyDmlHasARowCount() {
        assertTrue(SqlStatements.changesRows("insert into roles(name) values ('x')"));
        assertTrue(SqlStatements.changesRows("\nDELETE from roles"));
        assertTrue(SqlStatements.changesRows("with c as (select 1) update roles set name = name"));
        assertFalse(SqlStatements.changesRows("create table notes (body text)"));
        assertFalse(SqlStatements.changesRows("select 1"));
    }
}
