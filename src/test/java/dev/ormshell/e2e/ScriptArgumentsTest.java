package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./shell.sh run exp.jsh 1000 fast}: the words after the script are its {@code args}; --format sets the format. */
class ScriptArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void wordsAfterTheScriptAreItsArgsAndFormatSetsHowRowsPrint() throws Exception {
        Files.writeString(dir.resolve("exp.jsh"), """
                args
                int rows = Integer.parseInt(args.get(0));
                rows * 2
                /sql select 'a,b' as text, null as missing, 'null' as word
                """);
        Result run = ShellProcess.run(dir, "", "run", "--format", "csv", "exp.jsh", "1000", "fast", "--", "--dry",
                "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[\"1000\", \"fast\", \"--dry\", \"--url\", \"sqlite:///" + dir.resolve("t.sqlite") + "\"]",
                run.outLines().get(0));
        assertEquals("2000", run.outLines().get(1));
        assertEquals("text,missing,word", run.outLines().get(2));
        assertEquals("\"a,b\",,null", run.outLines().get(3));
    }

    @Test
    void theInteractiveShellHasNoArgsAndABadFormatIsOneLine() {
        Result shell = ShellProcess.run(dir, "args.isEmpty()\n", "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals("true", shell.out().strip(), shell.err());
        Result bad = ShellProcess.run(dir, "", "run", "--format", "xml", "-", "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().strip().endsWith("--format: there is no format 'xml'; choose one of table, vertical, csv, tsv, json, markdown"),
                bad.err());
    }
}
