package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesCommentsAndDollarQuotes() {
        String script = """
                -- a comment; not a statement
                INSERT INTO roles (name) VALUES ('a;b');
                /* block; comment */
                CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
                SELECT "odd;name" FROM t
                """;
        assertEquals(List.of(
                "-- a comment; not a statement\nINSERT INTO roles (name) VALUES ('a;b')",
                "/* block; comment */\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
                "SELECT \"odd;name\" FROM t"), SqlScript.statements(script));
    }

    @Test
    void aTriggerBodyKeepsItsSemicolons() {
        String trigger = "CREATE TRIGGER t BEFORE INSERT ON roles BEGIN\n"
                + "  SELECT CASE WHEN NEW.name = 'end;' THEN RAISE(ABORT, 'no') END;\n  DELETE FROM users;\nEND";
        assertEquals(List.of(trigger, "DROP TABLE x"), SqlScript.statements(trigger + ";\nDROP TABLE x;\n"));
    }

    @Test
    void aScriptOfCommentsHasNoStatements() {
        assertEquals(List.of(), SqlScript.statements("-- nothing here;\n/* nor; here */\n"));
    }
}
