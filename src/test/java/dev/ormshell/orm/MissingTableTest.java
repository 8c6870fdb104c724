package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingTableTest {

    private final MissingTable tables = new MissingTable(List.of("Owners", "pets"));

    @Test
    void eachDatabasesWordsForAMissingModelTableGetTheHint() throws Exception {
        String hint = " (the model's table %s is missing: db.createAll() creates it, or ./shell.sh db upgrade through the migrations)";
        SQLException sqlite = new SQLException("[SQLITE_ERROR] SQL error or missing database (no such table: main.pets)", null, 1);
        assertEquals("no such table: main.pets" + hint.formatted("pets"), tables.explain(sqlite).getMessage());
        SQLException postgres = new SQLException("ERROR: relation \"owners\" does not exist\n  Position: 15", "42P01");
        SQLException explained = tables.explain(postgres);
        assertEquals("relation \"owners\" does not exist Position: 15" + hint.formatted("owners"), explained.getMessage());
        assertEquals("42P01", explained.getSQLState());
        SQLException mariadb = new SQLException("(conn=7) Table 'shop.pets' doesn't exist", "42S02", 1146);
        assertEquals(1146, tables.explain(mariadb).getErrorCode());
        assertEquals("Table 'shop.pets' doesn't exist" + hint.formatted("pets"), tables.explain(mariadb).getMessage());
    }

    @Test
    void otherTablesAndOtherErrorsAreLeftAsTheyAre() {
        SQLException notModel = new SQLException("no such table: audit_log");
        assertSame(notModel, tables.explain(notModel));
        SQLException other = new SQLException("UNIQUE constraint failed: pets.name");
        assertSame(other, tables.explain(other));
    }
}
