package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.SampleProjects;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shell_context.jsh (or --context FILE): the user's own preload, in the real shell. */
class ContextFileTest {

    // Line 3 fails; the lines after it still define their names.
    static final String CONTEXT = """
            import java.time.*;
            Role admin = new Role("Admin");
            int broken = "text";
            List<User> recentUsers() { return User.query.orderBy("id desc").limit(5).all(); }
            """;
    static final String ERROR = "shell_context.jsh:3: error: incompatible types: java.lang.String cannot be converted to int";

    @TempDir
    Path dir;

    @Test
    void itsNamesStayInTheSessionAndAnErrorNamesItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("shell_context.jsh"), CONTEXT);
        Result result = ShellProcess.run(dir, """
                db.createAll();
                admin
                LocalDate.of(2020, 1, 2)
                db.session.add(admin);
                db.session.commit();
                recentUsers()
                /context
                /reset
                admin.getName()
                broken
                """, "--url", "sqlite:///t.sqlite");
        assertTrue(result.err().startsWith(ERROR), result.all());
        List<String> out = result.outLines();
        assertEquals(List.of("<Role 'Admin'>", "2020-01-02", "[]"), out.subList(0, 3), result.all());
        assertTrue(out.contains("admin           Role            from shell_context.jsh"), result.out());
        assertTrue(out.contains("recentUsers()   List<User>      from shell_context.jsh"), result.out());
        assertTrue(out.contains("session         Session"), result.out());
        assertTrue(out.contains("User            entity          dev.ormshell.model.User"), result.out());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("Imports: ") && l.endsWith("java.time.*")), result.out());
        assertTrue(out.contains("\"Admin\""), "/reset keeps the context: " + result.all());
        assertTrue(result.err().contains("<stdin>:10: error: cannot find symbol; symbol: variable broken"), result.err());
        assertEquals("1|Admin", ShellProcess.sqlite3(dir.resolve("t.sqlite"), "select id, name from roles"));
    }

    @Test
    void aScriptRunGetsTheContextUnlessNoContextIsGiven() throws IOException {
        Files.createDirectory(dir.resolve("ctx"));
        Files.writeString(dir.resolve("ctx/teaching.jsh"), "String greeting = \"hello from the context\";\n");
        Files.writeString(dir.resolve("s.jsh"), "greeting\n");
        Result withContext = ShellProcess.run(dir, "", "run", "s.jsh", "--context", "ctx/teaching.jsh");
        assertEquals(0, withContext.exitCode(), withContext.all());
        assertEquals("\"hello from the context\"", withContext.out().strip());

        Files.writeString(dir.resolve("shell_context.jsh"), "String greeting = \"default\";\n");
        assertEquals("\"default\"", ShellProcess.run(dir, "", "run", "s.jsh").out().strip());
        Result without = ShellProcess.run(dir, "", "run", "s.jsh", "--no-context");
        assertEquals(1, without.exitCode(), without.all());
        assertTrue(without.err().startsWith("s.jsh:1: error: cannot find symbol"), without.err());
    }

    @Test
    void aContextFileThatIsNotThereIsOneLineAndNoShell() {
        Result result = ShellProcess.run(dir, "", "--context", "missing.jsh");
        assertTrue(result.exitCode() != 0, result.all());
        assertEquals("--context: missing.jsh: no such file", result.err().strip().replaceFirst("^error: ", ""));
    }

    @Test
    void theBannerSaysWhatTheContextAddedAndTheErrorFollows() throws IOException {
        Files.writeString(dir.resolve("shell_context.jsh"), CONTEXT);
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("h").toString()),
                "--url", "sqlite:///t.sqlite")) {
            terminal.waitForStart();
            String screen = terminal.waitFor(ERROR); // printed above the prompt, after the banner
            assertTrue(screen.contains("from shell_context.jsh: admin, recentUsers()\n"), screen);
            assertTrue(screen.contains(ERROR), screen);
            terminal.enter("admin");
            terminal.waitFor("<Role 'Admin'>");
        }
    }

    @Test
    void withProjectTheFileInTheProjectsRootRunsOnItsModel() throws IOException {
        Path project = SampleProjects.copy("library");
        Files.writeString(project.resolve("shell_context.jsh"), """
                Author frank = new Author("Frank", "Herbert", new Address("1 Dune Rd", "Tacoma", "98401"));
                long authors() { return db.query(Author.class).count(); }
                """);
        Files.writeString(dir.resolve("s.jsh"), """
                db.createAll();
                db.session.add(frank);
                db.session.commit();
                authors()
                """);
        Result result = ShellProcess.run(dir, "", "--project", project.toString(), "run", "s.jsh", "--url",
                "sqlite:///library.sqlite");
        assertEquals(0, result.exitCode(), result.all());
        assertEquals("1", result.out().strip());
        assertEquals("Frank|Tacoma", ShellProcess.sqlite3(dir.resolve("library.sqlite"), "select first_name, city from author"));
    }
}
