package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** /format and "> FILE" through the real shell; what it wrote is read back by sqlite3 and a JSON parser. */
class ResultFilesTest {

    private static final String AWKWARD_ROWS = """
            db.createAll();
            /sql create table notes (id integer primary key, body text, price real, seen boolean)
            /sql insert into notes values (1, 'plain', 9.5, 1), (2, 'comma, "quote"' || char(10) || 'newline', null, 0), (3, 'null', 1.25, null), (4, '', -7, null), (5, 'ünïcödé ✓', 0, 1), (6, null, null, null)
            db.session.commit();
            """;

    @TempDir
    Path dir;

    private Result run(String script, String... arguments) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments),
                java.util.stream.Stream.of("--url", "sqlite:///" + dir.resolve("test.sqlite"))).toArray(String[]::new);
        return ShellProcess.run(dir, script, all);
    }

    @Test
    void csvWrittenToAFileIsReadBackBySqlite3AsTheSameRows() throws Exception {
        Result run = run(AWKWARD_ROWS + """
                /sql select * from notes order by id > notes.csv
                /sql select * from notes where id > 4
                """);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote 6 rows to notes.csv."), run.out());
        // "where id > 4" is SQL, not a file called 4.
        assertTrue(run.out().contains("(2 rows)"), run.out());
        String csv = Files.readString(dir.resolve("notes.csv"));
        // NULL is an empty field, the empty string a quoted one, and 'null' stays a word.
        assertTrue(csv.contains("\r\n3,null,1.25,\r\n4,\"\",-7.0,\r\n"), csv);
        assertTrue(csv.endsWith("\r\n6,,,\r\n"), csv);

        Path copy = dir.resolve("copy.sqlite");
        ShellProcess.sqlite3(copy, ".import --csv " + dir.resolve("notes.csv") + " notes");
        String original = ShellProcess.sqlite3(dir.resolve("test.sqlite"),
                "select id, coalesce(body, ''), coalesce(price, ''), coalesce(seen, '') from notes order by id");
        String imported = ShellProcess.sqlite3(copy, "select id, body, price, seen from notes order by cast(id as integer)");
        assertEquals(original, imported);
    }

    @Test
    void jsonOnScreenAndInAFileParsesBackWithTypedValues() throws Exception {
        Result run = run(AWKWARD_ROWS + """
                /format json
                /sql select id, body, price from notes where id in (3, 6) order by id
                /sql select * from notes order by id > notes.json
                db.session.addAll(new Role("Admin"), new User("john", null));
                /hql select u.username, r from User u left join u.role r > users.json
                """);
        assertEquals(0, run.exitCode(), run.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode screen = json.readTree(run.out().substring(run.out().indexOf('['), run.out().indexOf(']') + 1));
        assertEquals("null", screen.get(0).get("body").stringValue());
        assertTrue(screen.get(1).get("body").isNull());

        JsonNode file = json.readTree(dir.resolve("notes.json").toFile());
        assertEquals(6, file.size());
        assertEquals(1, file.get(0).get("id").intValue());
        assertEquals(9.5, file.get(0).get("price").doubleValue());
        assertEquals("comma, \"quote\"\nnewline", file.get(1).get("body").stringValue());
        assertEquals("ünïcödé ✓", file.get(4).get("body").stringValue());
        assertTrue(file.get(5).get("body").isNull());

        // The HQL result sees the uncommitted user, and a null association is JSON's null.
        JsonNode users = json.readTree(dir.resolve("users.json").toFile());
        assertEquals("john", users.get(0).get("u.username").stringValue());
        assertTrue(users.get(0).get("r").isNull());
    }

    @Test
    void theFileExtensionChoosesTheFormatAndAStreamIsWrittenWhole() throws Exception {
        Result run = run("""
                /format markdown
                /table IntStream.rangeClosed(1, 5000).mapToObj(i -> Map.of("n", i, "square", (long) i * i)) > squares.tsv
                /table List.of(1, 2, 3)
                /table List.of(1, 2) > two.txt
                """);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote 5000 rows to squares.tsv."), run.out());
        var lines = Files.readAllLines(dir.resolve("squares.tsv"));
        assertEquals(5001, lines.size());
        assertTrue(lines.contains("5000\t25000000") || lines.contains("25000000\t5000"), lines.get(5000));
        assertTrue(run.out().contains("| value |\n| ---: |\n| 1 |"), run.out());
        // No extension that names a format: the current one (Markdown).
        assertEquals("| value |\n| ---: |\n| 1 |\n| 2 |\n", Files.readString(dir.resolve("two.txt")));
    }

    @Test
    void aFileThatCannotBeWrittenIsOneErrorAndChangesNothing() throws Exception {
        Files.writeString(dir.resolve("kept.csv"), "old\n");
        Result run = run("""
                db.createAll();
                /sql select * from roles > missing/out.csv
                /sql insert into roles (name) values ('Admin') returning id > missing/out.csv
                /sql select nonsense from roles > kept.csv
                /format xml
                /rows none
                /sql select count(*) as n from roles
                """, "run", "--keep-going", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(":2: error: cannot write missing/out.csv: there is no folder"), run.err());
        assertTrue(run.err().contains(":3: error: cannot write missing/out.csv"), run.err());
        assertTrue(run.err().contains(":4: error: SQL failed:"), run.err());
        assertTrue(run.err().contains(":5: error: /format: there is no format 'xml'; choose one of table, vertical, csv, tsv, json, markdown"),
                run.err());
        assertTrue(run.err().contains(":6: error: /rows needs a number"), run.err());
        assertTrue(run.out().contains("n\n-\n0\n"), run.out());
        assertEquals("old\n", Files.readString(dir.resolve("kept.csv")));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
