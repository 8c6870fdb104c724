package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one clear line, changes nothing, and the shell goes on (or stops a script cleanly). */
class BadInputTest {

    static final String SETUP = """
            db.createAll();
            db.session.addAll(new Role("Admin"), new Role("User"));
            db.session.commit();
            """;

    @TempDir
    Path dir;

    private Result script(String text, String... args) throws IOException {
        Files.writeString(dir.resolve("s.jsh"), text);
        String[] all = new String[args.length + 2];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "s.jsh";
        return ShellProcess.run(dir, "", all);
    }

    @Test
    void aScriptStopsAtItsFirstErrorWithTheLineAndColumn() throws IOException {
        Result result = script(SETUP + """
                Role.query.count()
                int x = "not a number";
                Role.query.count()
                """);
        assertEquals(1, result.exitCode());
        assertEquals(List.of("2"), result.outLines());
        assertEquals("s.jsh:5: error: incompatible types: java.lang.String cannot be converted to int (column 9)",
                result.err().strip());
    }

    @Test
    void keepGoingRunsEverySnippetAndStillFails() throws IOException {
        Result result = script(SETUP + """
                foo.bar()
                User.query.filterBy("nme", "x")
                Role.query.orderBy("name; drop table roles")
                Role.query.getOr404(42)
                Role.query.count()
                """, "--keep-going");
        assertEquals(1, result.exitCode());
        assertEquals(List.of("2"), result.outLines());
        List<String> errors = result.err().lines().toList();
        assertEquals(4, errors.size(), result.err());
        assertTrue(errors.get(0).startsWith("s.jsh:4: error: cannot find symbol"), errors.get(0));
        assertEquals("s.jsh:5: error: User has no attribute 'nme' (it has: id, role, username)", errors.get(1));
        assertEquals("s.jsh:6: error: 'name;' is not an attribute name of Role", errors.get(2));
        assertEquals("s.jsh:7: error: 404 Not Found: no Role with id 42", errors.get(3));
        assertEquals("1|Admin\n2|User", ShellProcess.sqlite3(dir.resolve("data.sqlite"), "select * from roles"));
    }

    @Test
    void aUniqueViolationAtCommitIsRolledBackAndTheShellGoesOn() throws IOException {
        Result result = script(SETUP + """
                db.session.addAll(new Role("Guest"), new Role("Admin"));
                db.session.commit();
                Role.query.all()
                db.session.add(new Role("Guest"));
                db.session.commit();
                Role.query.count()
                """, "--keep-going");
        assertEquals(1, result.exitCode());
        assertEquals("s.jsh:5: error: Commit failed: UNIQUE constraint failed: roles.name. The transaction was rolled"
                + " back and a new session started; changes since the last commit are gone.", result.err().strip());
        assertEquals(List.of("[<Role 'Admin'>, <Role 'User'>]", "3"), result.outLines());
        assertEquals("Admin\nUser\nGuest", ShellProcess.sqlite3(dir.resolve("data.sqlite"), "select name from roles order by id"));
    }

    @Test
    void uncommittedChangesAtTheEndOfAScriptAreRolledBackAndSaidSo() throws IOException {
        Result result = script(SETUP + "db.session.add(new Role(\"Forgotten\"));\n");
        assertEquals(0, result.exitCode());
        assertEquals("Uncommitted changes were rolled back.", result.err().strip());
        assertEquals("2", ShellProcess.sqlite3(dir.resolve("data.sqlite"), "select count(*) from roles"));
    }

    @Test
    void anUnfinishedStatementAtTheEndIsAnError() throws IOException {
        Result result = script("db.createAll();\nRole.query.filterBy(\"name\",\n");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("s.jsh:2: error: "), result.err());
    }

    @Test
    void aMalformedUrlIsOneLineAndShowsNoPassword() {
        Result result = ShellProcess.run(dir, "", "--url", "postgresql//user:secret@host/db");
        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: Cannot parse database URL"), result.err());
        Result unknown = ShellProcess.run(dir, "", "--url", "oracle://user:secret@host/db");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("oracle://user:***@host/db"), unknown.err());
        assertFalse(unknown.err().contains("secret"));
    }

    @Test
    void aDatabaseInAMissingFolderIsRefusedWithoutCreatingIt() {
        Result result = ShellProcess.run(dir, "Role.query.count()\n", "--url", "sqlite:///missing/folder/data.sqlite");
        assertEquals(1, result.exitCode());
        assertEquals("error: Cannot open database file " + dir.toAbsolutePath().resolve("missing/folder/data.sqlite")
                + ": folder " + dir.toAbsolutePath().resolve("missing/folder")
                + " does not exist (create it first, or give another path)", result.err().strip());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aFileThatIsNotSqliteIsLeftAlone() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my precious notes\n");
        Result result = ShellProcess.run(dir, "db.createAll();\n", "--url", "sqlite:///notes.txt");
        assertEquals(1, result.exitCode());
        assertEquals("error: Cannot open database file " + notes.toAbsolutePath() + ": it is not a SQLite database",
                result.err().strip());
        assertEquals("my precious notes\n", Files.readString(notes));
    }

    @Test
    void aMissingScriptIsOneLine() {
        Result result = ShellProcess.run(dir, "", "run", "nope.jsh");
        assertEquals(1, result.exitCode());
        assertEquals("error: Cannot run nope.jsh: no such file", result.err().strip());
    }

    @Test
    void anUnfinishedStatementIsReportedWhereItStarts() throws IOException {
        Result result = script("int a = 1;\nif (a == 1) {\n  System.out.println(a);\n\n");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("s.jsh:2: error: unfinished statement"), result.err());
    }

    @Test
    void runReadsStandardInputForADash() {
        Result result = ShellProcess.run(dir, "db.createAll();\nfoo\nRole.query.count()\n", "run", "--keep-going", "-");
        assertEquals(1, result.exitCode());
        assertEquals(List.of("0"), result.outLines());
        assertTrue(result.err().startsWith("<stdin>:2: error: cannot find symbol"), result.err());
    }

    @Test
    void aCallWithTheWrongArgumentsIsOneReadableLine() {
        Result result = ShellProcess.run(dir, "User.query.filterBy(\"username\")\n", "run", "-");
        assertEquals(1, result.exitCode());
        String error = result.err().strip();
        assertTrue(error.startsWith("<stdin>:1: error: method filterBy in class") && error.contains("given types; required: "), error);
        assertFalse(error.contains(";;") || error.contains("  ") || error.contains("\n"), error);
    }

    @Test
    void aFailedSqlStatementLeavesNothingUncommitted() throws IOException {
        Result result = script(SETUP + "/sql selec 1\ndb.session.hasUncommittedChanges()\n", "--keep-going");
        assertEquals(1, result.exitCode());
        assertEquals(List.of("false"), result.outLines());
    }

    @Test
    void newMigrationsAreNotWrittenIntoAnotherProjectsFolder() {
        Result result = ShellProcess.run(dir, "", Map.of("ORMSHELL_HOME", dir.resolve("project").toString()),
                "db", "revision", "-m", "seed roles");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("error: There is no migrations folder here: run db init first"), result.err());
        assertFalse(Files.exists(dir.resolve("migrations")));
    }
}
