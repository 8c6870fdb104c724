package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /erd in the real shell: the model drawn in the terminal, and as a Mermaid file. */
class ModelDiagramTest {

    @TempDir
    Path dir;

    @Test
    void erdDrawsTheModelAndWritesMermaid() throws Exception {
        Result run = ShellProcess.run(dir, """
                /erd
                /erd --mermaid docs/model.mmd
                /erd --mermaid model.mmd
                /erd --svg
                """, "run", "--keep-going", "-", "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("│ Role  (roles)"), run.out());
        assertTrue(run.out().contains("│ FK    role_id   integer"), run.out());
        assertTrue(run.out().contains("Role 0..1 ──── * User  User.role"), run.out());
        assertTrue(run.err().contains(":2: error: cannot write docs/model.mmd"), run.err());
        assertTrue(run.err().contains(":4: error: /erd draws the model; /erd --mermaid FILE writes it as a Mermaid erDiagram"), run.err());
        assertTrue(run.out().contains("Wrote the diagram of 2 entities to model.mmd."), run.out());
        String mermaid = Files.readString(dir.resolve("model.mmd"));
        assertTrue(mermaid.startsWith("erDiagram\n    Role {\n        integer id PK\n"), mermaid);
        assertTrue(mermaid.endsWith("    Role |o--o{ User : \"User.role\"\n"), mermaid);
    }
}
