package dev.ormshell.render;

import static dev.ormshell.render.TableFormatTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class OutputFormatsTest {

    private static Rows awkward() {
        return new Rows(List.of("id", "text", "price", "on", "day"), List.of(
                Arrays.asList(1, "plain", new BigDecimal("9.50"), true, LocalDate.of(2026, 12, 2)),
                Arrays.asList(2, "comma, \"quote\"\nnewline", null, false, Timestamp.valueOf("2026-12-02 10:15:30")),
                Arrays.asList(3, "null", 1.5, null, null),
                Arrays.asList(4, "", -7, null, null)));
    }

    @Test
    void csvQuotesWhatRfc4180AsksAndTellsNullFromEmpty() {
        assertEquals(String.join("\r\n",
                "id,text,price,on,day",
                "1,plain,9.50,true,2026-12-02",
                "2,\"comma, \"\"quote\"\"\nnewline\",,false,2026-12-02T10:15:30",
                "3,null,1.5,,",
                "4,\"\",-7,,"), text(new CsvFormat(), awkward(), 80));
    }

    @Test
    void tsvEscapesTabsAndLineBreaksAndWritesNullAsBackslashN() {
        Rows rows = new Rows(List.of("a", "b"), List.of(Arrays.asList("tab\there", null), Arrays.asList("line\nbreak\\", "null")));
        assertEquals("a\tb\ntab\\there\t\\N\nline\\nbreak\\\\\tnull", text(new TsvFormat(), rows, 80));
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTypedValues() {
        String json = text(new JsonFormat(), awkward(), 80);
        JsonNode rows = new ObjectMapper().readTree(json);
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).get("id").isIntegralNumber());
        assertTrue(json.contains("\"price\": 9.50,"), json);
        assertTrue(rows.get(0).get("price").isNumber());
        assertTrue(rows.get(0).get("on").isBoolean() && rows.get(0).get("on").booleanValue());
        assertEquals("2026-12-02", rows.get(0).get("day").stringValue());
        assertEquals("2026-12-02T10:15:30", rows.get(1).get("day").stringValue());
        assertEquals("comma, \"quote\"\nnewline", rows.get(1).get("text").stringValue());
        assertTrue(rows.get(1).get("price").isNull());
        assertEquals("null", rows.get(2).get("text").stringValue());
        assertTrue(rows.get(2).get("on").isNull());
        // One row per line, so a long result stays readable.
        assertEquals(6, json.lines().count(), json);
    }

    @Test
    void jsonKeepsRepeatedColumnNamesApart() {
        Rows rows = new Rows(List.of("id", "id"), List.of(List.of(1, 2)));
        JsonNode row = new ObjectMapper().readTree(text(new JsonFormat(), rows, 80)).get(0);
        assertEquals(1, row.get("id").intValue());
        assertEquals(2, row.get("id_2").intValue());
    }

    @Test
    void markdownEscapesWhatMarkdownReadsAndMarksNull() {
        Rows rows = new Rows(List.of("n", "note"), List.of(Arrays.asList(1, "a|b *c*\nd"), Arrays.asList(2, null)));
        assertEquals(String.join("\n",
                "| n | note |",
                "| ---: | --- |",
                "| 1 | a\\|b \\*c\\*<br>d |",
                "| 2 | *NULL* |"), text(new MarkdownFormat(), rows, 80));
    }

    @Test
    void verticalShowsOneRecordPerBlock() {
        Rows rows = new Rows(List.of("id", "name"), List.of(Arrays.asList(1, null)));
        assertEquals("-[ RECORD 1 ]\nid   | 1\nname | <null>\n(1 row)", text(new VerticalFormat(false), rows, 80));
    }

    @Test
    void aTableInAFileIsMeasuredOnItsFirstRowsAndLaterWideCellsStayWhole() {
        Rows rows = new Rows(List.of("v"), List.of(List.of("ab"), List.of("abcdef")));
        assertEquals("v\n--\nab\nabcdef\n(2 rows)", text(new TableFormat(false, 1), rows, Integer.MAX_VALUE));
    }

    @Test
    void formatsByNameAndByExtension() {
        assertEquals(Optional.of("markdown"), OutputFormats.find("Markdown"));
        assertEquals(Optional.empty(), OutputFormats.find("xml"));
        assertEquals(Optional.of("csv"), OutputFormats.forFile(Path.of("out/rows.CSV")));
        assertEquals(Optional.of("markdown"), OutputFormats.forFile(Path.of("lesson.md")));
        assertEquals(Optional.empty(), OutputFormats.forFile(Path.of("rows.txt")));
    }
}
