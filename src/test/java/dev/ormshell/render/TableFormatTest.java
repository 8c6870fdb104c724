package dev.ormshell.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    private final TableFormat plain = new TableFormat(false);

    static String text(OutputFormat format, Rows rows, int width) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            format.write(rows, out, width);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().stripTrailing();
    }

    @Test
    void alignsColumnsUnderTheirHeadersWithNumbersOnTheRight() {
        Rows rows = new Rows(List.of("id", "username"), List.of(List.of(1, "john"), List.of(12, "susan")));
        assertEquals(String.join("\n",
                "id | username",
                "---+---------",
                " 1 | john",
                "12 | susan",
                "(2 rows)"), text(plain, rows, 80));
    }

    @Test
    void showsNullUnlikeTheStringAndSaysHowManyMoreRowsThereAre() {
        Rows rows = new Rows(List.of("name"), List.of(Arrays.asList((Object) null), List.of("null")), 250);
        String text = text(plain, rows, 80);
        assertTrue(text.contains("<null>\nnull\n"), text);
        assertTrue(text.endsWith("(2 rows, … 250 more)"), text);
    }

    @Test
    void cutsTheWidestColumnToFitTheWidth() {
        Rows rows = new Rows(List.of("id", "text"), List.of(List.of(1, "x".repeat(100))));
        String text = text(plain, rows, 30);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 30, "too wide: " + line);
        }
        assertTrue(text.contains("x…"), text);
    }

    @Test
    void fallsBackToOneRecordPerBlockWhenNoTableFits() {
        List<String> headers = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        Rows rows = new Rows(headers, List.of(List.of("aaaaaaa", "b", "c", "d", "e", "f", "g", "hhhhhhhhh")));
        String text = text(plain, rows, 20);
        assertTrue(text.startsWith("-[ RECORD 1 ]"), text);
        assertTrue(text.contains("h | hhhhhhhhh"), text);
    }

    @Test
    void boldHeaderOnlyWithColour() {
        Rows rows = new Rows(List.of("id"), List.of(List.of(1)));
        assertTrue(text(new TableFormat(true), rows, 80).startsWith("\u001B[1mid"));
        assertFalse(text(plain, rows, 80).contains("\u001B"));
    }

    @Test
    void newlinesInCellsDoNotBreakTheTable() {
        Rows rows = new Rows(List.of("note"), List.of(List.of("two\nlines")));
        assertTrue(text(plain, rows, 80).contains("two⏎lines"));
    }

    @Test
    void sqlEchoQuotesStringsAndShowsNulls() {
        assertEquals("select * from users where username=? and role_id=?\n[parameters: ('o''brien', NULL)]",
                SqlEcho.format("select * from users\n  where username=? and role_id=?", Arrays.asList("o'brien", null)));
        assertEquals("select 1", SqlEcho.format("select 1", List.of()));
    }
}
