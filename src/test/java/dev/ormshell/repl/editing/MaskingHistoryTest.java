package dev.ormshell.repl.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingHistoryTest {

    @Test
    void passwordsInUrlsAreMasked() {
        assertEquals("var u = \"postgresql://bob:***@db.example/app\"",
                MaskingHistory.mask("var u = \"postgresql://bob:s3cret@db.example/app\""));
        assertEquals("DatabaseUrl.parse(\"mysql://root:***@127.0.0.1/test\")",
                MaskingHistory.mask("DatabaseUrl.parse(\"mysql://root:pw@127.0.0.1/test\")"));
        assertEquals("jdbc:postgresql://h/db?user=a&password=***&ssl=true",
                MaskingHistory.mask("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"));
    }

    @Test
    void linesWithoutPasswordsStayAsTheyAre() {
        String line = "User.query.filter(\"username like ?1\", \"d%\").all() // a:b@c";
        assertEquals(line, MaskingHistory.mask(line));
        assertEquals("postgresql://bob@db/app", MaskingHistory.mask("postgresql://bob@db/app"));
    }
}
