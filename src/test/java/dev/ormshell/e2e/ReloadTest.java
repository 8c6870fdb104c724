package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.bench.ScratchFolder;
import dev.ormshell.testsupport.SampleProjects;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /reload in the real shell: an entity's source edited while the shell runs, on a copy of the
 * built-in model's sources (ORMSHELL_MODEL_SOURCES) or of a sample project.
 */
class ReloadTest {

    static final String EMAIL = """
                private String email;

                public String getEmail() {
                    return email;
                }

                public void setEmail(String email) {
                    this.email = email;
                }

                public Integer getId() {""";

    @TempDir
    Path dir;

    private Path modelSources() {
        Path copy = dir.resolve("model");
        ScratchFolder.copy(Path.of("src/main/java/dev/ormshell/model"), copy);
        return copy;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String source = Files.readString(file);
        assertTrue(source.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, source.replace(from, to));
    }

    // The script s.jsh, every unit run, the built-in model rebuilt from a copy of its sources with one edit.
    private Result runOnEditedSources(String file, String from, String to, String script) throws IOException {
        Path sources = modelSources();
        edit(sources.resolve(file), from, to);
        Files.writeString(dir.resolve("s.jsh"), script);
        return ShellProcess.run(dir, "", Map.of("ORMSHELL_MODEL_SOURCES", sources.toString()),
                "run", "--keep-going", "s.jsh", "--url", "sqlite:///r.sqlite");
    }

    @Test
    void anEntityGivenAFieldWhileTheShellRunsIsUsedAfterReload() throws IOException {
        Path sources = modelSources();
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("h").toString(),
                "ORMSHELL_MODEL_SOURCES", sources.toString()), "--url", "sqlite:///r.sqlite")) {
            terminal.waitForPrompt();
            terminal.enter("db.createAll();");
            terminal.enter("Role admin = new Role(\"Admin\");");
            terminal.enter("User john = new User(\"john\", admin);");
            terminal.enter("db.session.add(john); db.session.commit();");
            terminal.enter("String who = john.getUsername();");
            terminal.waitForPrompt();

            edit(sources.resolve("User.java"), "    public Integer getId() {", EMAIL);
            terminal.enter("/sql alter table users add column email varchar(255)");
            terminal.enter("db.session.commit();");
            terminal.enter("db.session.add(new Role(\"Pending\"));");
            terminal.enter("/reload");
            terminal.waitFor("Reload? [y/N]");
            terminal.enter("n");
            terminal.waitFor("Not reloaded; the changes are still pending.");
            terminal.enter("/reload");
            terminal.waitUntil(screen -> screen.split("Reload\\? \\[y/N]", -1).length == 3, "the question again");
            terminal.enter("y");
            String screen = terminal.waitFor("Reloaded the built-in model (Role, User)");
            assertTrue(screen.contains("2 variables hold their rows again"), screen);

            terminal.enter("john.setEmail(\"john@example.com\"); db.session.commit();");
            terminal.enter("john.getEmail() + \" \" + who + \" \" + admin.users().count()");
            terminal.waitFor("\"john@example.com john 1\"");
            terminal.enter("john.getClass().getClassLoader().getName()");
            terminal.waitFor("\"rebuilt built-in model\"");
        }
        Path file = dir.resolve("r.sqlite");
        assertEquals("john|john@example.com", ShellProcess.sqlite3(file, "select username, email from users"));
        assertEquals("Admin", ShellProcess.sqlite3(file, "select name from roles"), "the pending role was rolled back");
    }

    @Test
    void aProjectsEntityGivenAFieldIsBuiltAgainWithMaven() throws IOException {
        Path project = SampleProjects.copy("library");
        try (TmuxTerminal terminal = TmuxTerminal.start(dir, Map.of("ORMSHELL_HISTORY", dir.resolve("h").toString()),
                "--project", project.toString(), "--url", "sqlite:///lib.sqlite")) {
            terminal.waitFor("orm>", Duration.ofMinutes(3));
            terminal.enter("db.createAll();");
            terminal.enter("Member ann = new Member(\"Ann\", \"Lee\", \"0123456789\");");
            terminal.enter("db.session.add(ann); db.session.commit();");
            terminal.waitForPrompt();

            edit(project.resolve("src/main/java/org/example/library/catalog/Member.java"), "    public String getTelephone() {", """
                        private String nickname;

                        public String getNickname() {
                            return nickname;
                        }

                        public void setNickname(String nickname) {
                            this.nickname = nickname;
                        }

                        public String getTelephone() {""");
            terminal.enter("/sql alter table member add column nickname varchar(255)");
            terminal.enter("db.session.commit();");
            terminal.enter("/reload");
            terminal.waitFor("Reloaded project " + project.getFileName() + " (Author, Book, Member)", Duration.ofMinutes(3));
            terminal.enter("ann.setNickname(\"Annie\"); db.session.commit();");
            terminal.enter("\"nick=\" + db.query(Member.class).filterBy(\"nickname\", \"Annie\").first().getNickname()");
            terminal.waitFor("\"nick=Annie\"");
        }
        assertEquals("Ann|Annie", ShellProcess.sqlite3(dir.resolve("lib.sqlite"), "select first_name, nickname from member"));
    }

    @Test
    void aSnippetThatNoLongerCompilesIsOneLineAndAScriptWithChangesPendingIsRefused() throws IOException {
        // Edited before the shell starts: it runs on its own classes until /reload compiles these.
        Result result = runOnEditedSources("User.java", "public String getUsername()", "public String getLogin()", """
                db.createAll();
                Role admin = new Role("Admin");
                User john = new User("john", admin);
                db.session.add(john);
                db.session.commit();
                String name = john.getUsername();
                db.session.add(new Role("Pending"));
                /reload
                db.session.rollback();
                /reload
                john.getLogin()
                name
                """);
        assertEquals("\"john\"", result.out().strip(), result.all());
        assertEquals("""
                s.jsh:8: error: /reload: there are uncommitted changes: commit or roll them back first
                Not replayed: String name = john.getUsername(); (cannot find symbol; symbol: method getUsername() (column 15))
                2 inputs that wrote to the database did not run again: the database has what they wrote.
                Reloaded the built-in model (Role, User); replayed 5 inputs, 2 variables hold their rows again.
                s.jsh:12: error: cannot find symbol; symbol: variable name (column 1)""", result.err().strip());
        assertEquals("Admin", ShellProcess.sqlite3(dir.resolve("r.sqlite"), "select name from roles"));
    }

    @Test
    void modelSourcesThatDoNotCompileLeaveTheShellOnItsClasses() throws IOException {
        Result result = runOnEditedSources("Role.java", "private Integer id;", "private Integer id", """
                db.createAll();
                /reload
                Role.query.count()
                """);
        assertEquals("0", result.out().strip(), result.all());
        assertTrue(result.err().strip().matches("s\\.jsh:2: error: /reload: Role\\.java:\\d+: error: [^;]+; the shell goes on"
                + " with the classes it had"), result.err());
    }
}
