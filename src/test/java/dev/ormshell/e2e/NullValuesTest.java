package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity whose attribute is null prints in Java's words, through the real entry point. */
class NullValuesTest {

    @TempDir
    Path dir;

    @Test
    void aNullAttributePrintsAsJavasNull() {
        Result run = ShellProcess.run(dir, """
                new User(null, null)
                new Role(null)
                """, "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals(List.of("<User null>", "<Role null>"), run.outLines(), run.err());
    }
}
