package dev.ormshell.repl.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.ormshell.repl.ArgumentSyntax;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ShellHighlighterTest {

    private final ShellHighlighter highlighter = new ShellHighlighter(Map.of(
            "sql", ArgumentSyntax.SQL, "hql", ArgumentSyntax.HQL, "table", ArgumentSyntax.JAVA, "echo", ArgumentSyntax.WORDS)::get);

    private static AttributedStyle styleOf(AttributedString text, String buffer, String part) {
        return text.styleAt(buffer.indexOf(part));
    }

    @Test
    void javaKeywordsStringsNumbersAndCommentsAreColoured() {
        String buffer = "var r = new Role(\"Admin\"); int n = 42; // note";
        AttributedString text = highlighter.highlight(buffer);
        assertEquals(buffer, text.toString());
        AttributedStyle keyword = styleOf(text, buffer, "new");
        assertEquals(keyword, styleOf(text, buffer, "var"));
        assertNotEquals(AttributedStyle.DEFAULT, keyword);
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "Role"));
        AttributedStyle string = styleOf(text, buffer, "Admin");
        assertNotEquals(AttributedStyle.DEFAULT, string);
        assertNotEquals(keyword, string);
        assertNotEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "42"));
        assertNotEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "note"));
    }

    @Test
    void aKeywordAfterADotIsAMemberNotAKeyword() {
        String buffer = "Role.class.getName()";
        AttributedString text = highlighter.highlight(buffer);
        assertEquals(AttributedStyle.DEFAULT, text.styleAt(buffer.indexOf("class")));
    }

    @Test
    void sqlAfterSlashSqlIsColouredAsSqlInAnyCase() {
        String buffer = "/sql SELECT name FROM roles where name = 'it''s' -- done";
        AttributedString text = highlighter.highlight(buffer);
        AttributedStyle command = text.styleAt(1);
        assertNotEquals(AttributedStyle.DEFAULT, command);
        AttributedStyle keyword = styleOf(text, buffer, "SELECT");
        assertNotEquals(AttributedStyle.DEFAULT, keyword);
        assertEquals(keyword, styleOf(text, buffer, "where"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "roles"));
        // The doubled quote stays inside the string.
        AttributedStyle string = styleOf(text, buffer, "'it");
        assertEquals(string, text.styleAt(buffer.indexOf("s' --")));
        assertNotEquals(string, styleOf(text, buffer, "-- done"));
    }

    @Test
    void javaAfterSlashTableAndNothingAfterWordCommands() {
        String table = "/table User.query.filterBy(\"username\", \"x\").all()";
        AttributedString text = highlighter.highlight(table);
        assertNotEquals(AttributedStyle.DEFAULT, text.styleAt(table.indexOf("\"username")));
        String echo = "/echo on";
        assertEquals(AttributedStyle.DEFAULT, highlighter.highlight(echo).styleAt(echo.indexOf("on")));
    }

    @Test
    void anUnfinishedStringRunsToTheEnd() {
        String buffer = "String s = \"still typ";
        AttributedString text = highlighter.highlight(buffer);
        assertEquals(text.styleAt(buffer.indexOf("\"still")), text.styleAt(buffer.length() - 1));
    }

    @Test
    void stringsInJavaDoNotHideSqlKeywords() {
        String buffer = "/hql from User u where u.username like 'd%'";
        AttributedString text = highlighter.highlight(buffer);
        assertNotEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "from"));
        assertNotEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "like"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(text, buffer, "User"));
    }
}
