package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 15: how many rows /sql and /table show is a setting, and NULL never looks like 'null'. */
class ResultLimitTest {

    @TempDir
    Path dir;

    private Result run(String script) {
        return ShellProcess.run(dir, script, "--url", "sqlite:///" + dir.resolve("test.sqlite"));
    }

    @Test
    void theRowLimitIsASetting() {
        Result run = run("""
                /sql create table t (n integer)
                /sql insert into t with recursive c(i) as (select 1 union all select i + 1 from c where i < 150) select i from c
                /sql select n from t order by n
                /rows 120
                /sql select n from t order by n
                /table IntStream.rangeClosed(1, 150).boxed().toList()
                /rows all
                /sql select n from t order by n
                /rows
                """);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(100 rows, … 50 more)"), run.out());
        assertEquals(2, count(run.out(), "(120 rows, … 30 more)"), run.out());
        assertTrue(run.out().contains("(150 rows)"), run.out());
        assertTrue(run.all().contains("Tables show every row."), run.all());
    }

    @Test
    void nullLooksUnlikeTheStringNull() {
        Result run = run("""
                /sql select null as a, 'null' as b
                /format vertical
                /sql select null as a, 'null' as b
                """);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        String row = lines.get(lines.indexOf("(1 row)") - 1);
        String[] cells = row.split("\\|");
        assertEquals(2, cells.length, row);
        assertNotEquals(cells[0].strip(), cells[1].strip(), row);
        assertTrue(run.out().contains("b | null"), run.out());
        assertTrue(!run.out().contains("a | null"), run.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
