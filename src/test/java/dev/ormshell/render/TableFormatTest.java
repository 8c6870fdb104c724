package dev.ormshell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    private final TableFormat plain = new TableFormat(false);

    @Test
    void alignsColumnsUnderTheirHeadersWithNumbersOnTheRight() {
        Rows rows = new Rows(List.of("id", "username"), List.of(List.of(1, "john"), List.of(12, "susan")));
        assertEquals(String.join("\n",
                "id | username",
                "---+---------",
                " 1 | john",
                "12 | susan",
                "(2 rows)"), plain.format(rows, 80));
    }

    @Test
    void showsNullAndSaysHowManyMoreRowsThereAre() {
        Rows rows = new Rows(List.of("name"), List.of(Arrays.asList((Object) null)), 250);
        String text = plain.format(rows, 80);
        assertTrue(text.contains("null"), text);
        assertTrue(text.endsWith("(1 row, … 250 more)"), text);
    }

    @Test
    void cutsTheWidestColumnToFitTheWidth() {
        Rows rows = new Rows(List.of("id", "text"), List.of(List.of(1, "x".repeat(100))));
        String text = plain.format(rows, 30);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 30, "too wide: " + line);
        }
        assertTrue(text.contains("x…"), text);
    }

    @Test
    void fallsBackToOneRecordPerBlockWhenNoTableFits() {
        List<String> headers = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        Rows rows = new Rows(headers, List.of(List.of("aaaaaaa", "b", "c", "d", "e", "f", "g", "hhhhhhhhh")));
        String text = plain.format(rows, 20);
        assertTrue(text.startsWith("-[ RECORD 1 ]"), text);
        assertTrue(text.contains("h | hhhhhhhhh"), text);
    }

    @Test
    void boldHeaderOnlyWithColour() {
        Rows rows = new Rows(List.of("id"), List.of(List.of(1)));
        assertTrue(new TableFormat(true).format(rows, 80).startsWith("\u001B[1mid"));
        assertFalse(plain.format(rows, 80).contains("\u001B"));
    }

    @Test
    void newlinesInCellsDoNotBreakTheTable() {
        Rows rows = new Rows(List.of("note"), List.of(List.of("two\nlines")));
        assertTrue(plain.format(rows, 80).contains("two⏎lines"));
    }

    @Test
    void sqlEchoQuotesStringsAndShowsNulls() {
        assertEquals("select * from users where username=? and role_id=?\n[parameters: ('o''brien', NULL)]",
                SqlEcho.format("select * from users\n  where username=? and role_id=?", Arrays.asList("o'brien", null)));
        assertEquals("select 1", SqlEcho.format("select 1", List.of()));
    }
}
