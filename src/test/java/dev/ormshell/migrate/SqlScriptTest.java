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
    void aScriptOfCommentsHasNoStatements() {
        assertEquals(List.of(), SqlScript.statements("-- nothing here;\n/* nor; here */\n"));
    }
}
