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

/** A lesson in Markdown: each input, the SQL it ran with its values, and what it printed. */
class LessonTranscriptTest {

    @TempDir
    Path dir;

    @Test
    void runWithATranscriptWritesEachInputItsSqlAndItsValue() throws Exception {
        Files.writeString(dir.resolve("lesson.jsh"), """
                db.createAll();
                Role admin = new Role("Admin");
                db.session.addAll(admin, new User("john", admin));
                db.session.commit();
                User.query.filterBy("username", "john").all()
                /sql select name from roles
                """);
        Result run = ShellProcess.run(dir, "", "run", "--transcript", "lesson.md", "lesson.jsh",
                "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        assertEquals(0, run.exitCode(), run.err());
        String lesson = Files.readString(dir.resolve("lesson.md"));
        assertTrue(lesson.startsWith("# ORM Shell lesson\n"), lesson);
        assertTrue(lesson.contains("```java\nRole admin = new Role(\"Admin\");\n```\n"), lesson);
        assertTrue(lesson.contains("insert into users (role_id,username,id) values (?,?,?);\n-- parameters: (1, 'john', 1)\n"), lesson);
        // The user's statements and the transaction around them, not the shell's own id allocation.
        assertTrue(lesson.contains("-- BEGIN (implicit)\n") && lesson.contains("-- COMMIT\n"), lesson);
        assertFalse(lesson.contains("coalesce(max("), lesson);
        assertTrue(lesson.contains("```java\nUser.query.filterBy(\"username\", \"john\").all()\n```\n```sql\n"
                + "select u1_0.id,u1_0.role_id,u1_0.username from users u1_0 where (u1_0.username=?);\n-- parameters: ('john')\n```\n"
                + "```\n[<User 'john'>]\n```\n"), lesson);
        assertTrue(lesson.contains("```\n/sql select name from roles\n```\n```sql\nselect name from roles;\n```\n"
                + "```\nname\n-----\nAdmin\n(1 row)\n```\n"), lesson);
    }

    @Test
    void transcriptOnAndOffInTheShellKeepsOnlyWhatWasInBetweenWithItsErrors() throws Exception {
        Result run = ShellProcess.run(dir, """
                db.createAll();
                /transcript notes.md
                1 + 1
                Role.query.get(1).getName()
                /transcript off
                "after"
                """, "run", "--keep-going", "-", "--url", "sqlite:///" + dir.resolve("t.sqlite"));
        String notes = Files.readString(dir.resolve("notes.md"));
        assertTrue(notes.contains("```java\n1 + 1\n```\n```\n2\n```\n"), notes);
        assertTrue(notes.contains("```java\nRole.query.get(1).getName()\n```\n```sql\n"), notes);
        assertTrue(notes.contains("```\nerror: NullPointerException"), notes);
        assertFalse(notes.contains("createAll") || notes.contains("after") || notes.contains("/transcript"), notes);
        assertTrue(run.err().contains("The transcript is in notes.md."), run.err());
    }
}
