package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity declared at the prompt, as a student adds a model in a later chapter; sqlite3 reads what it wrote. */
class TypedEntityTest {

    static final String POST = "@Entity class Post { @Id @GeneratedValue Integer id; String body; @ManyToOne User author; }";

    // John saved, Post declared and its table created.
    static final String JOHN_AND_POST = String.join("\n",
            "db.createAll();",
            "User john = new User(\"john\", new Role(\"Admin\"));",
            "db.session.add(john); db.session.commit();",
            POST,
            "db.createAll();");

    @TempDir
    Path dir;

    @Test
    void aPlainEntityClassIsMappedWithItsOwnNameAndTheModelsEntitiesAsTargets() throws IOException {
        Result result = ShellProcess.run(dir, String.join("\n",
                JOHN_AND_POST,
                "Post hello = new Post();",
                "hello.body = \"hello\";",
                "hello.author = john;",
                "db.session.add(hello); db.session.commit();",
                "db.session.query(Post.class).filterBy(\"author\", john).all()",
                "db.session.query(Post.class).filterBy(\"author\", john).first().body",
                "/hql select p.body from Post p where p.author.username = 'john'",
                "/save typed.jsh",
                "/db migrate -m posts",
                ""), "--url", "sqlite:///t.sqlite");
        assertTrue(result.err().contains("Mapped Post (typed at the prompt) beside the model's entities: a new SessionFactory.\n"),
                result.all());
        assertTrue(result.out().contains("[<Post 1>]\n\"hello\"\n"), result.all());
        assertTrue(result.err().contains("Post, typed at the prompt, is not part of the model /db migrate compares"), result.err());
        Path file = dir.resolve("t.sqlite");
        assertEquals("1|hello|1", ShellProcess.sqlite3(file, "select id, body, author_id from Post"));
        assertEquals("users", ShellProcess.sqlite3(file,
                "select \"table\" from pragma_foreign_key_list('Post')"), "its relation targets the model's users table");
        assertTrue(Files.readString(dir.resolve("typed.jsh")).contains(POST + "\n"), "/save writes the declaration as typed");
    }

    @Test
    void redefiningItMapsItAgainAndReloadKeepsIt() throws IOException {
        Result result = ShellProcess.run(dir, String.join("\n",
                JOHN_AND_POST,
                "@Entity class Post { @Id @GeneratedValue Integer id; String body; String title; @ManyToOne User author; }",
                "/sql alter table Post add column title varchar(255)",
                "db.session.commit();",
                "/reload",
                "Post second = new Post();",
                "second.title = \"second\";",
                "second.author = john;",
                "db.session.add(second); db.session.commit();",
                "db.session.query(Post.class).filterBy(\"author\", john).count()",
                ""), "--url", "sqlite:///t.sqlite");
        assertEquals(2, result.err().split("Mapped Post \\(typed at the prompt\\)", -1).length - 1,
                "declared, then redefined: " + result.all());
        assertTrue(result.err().contains("Reloaded the built-in model (Post, Role, User)"), result.all());
        assertEquals("1", result.outLines().get(result.outLines().size() - 1), result.all());
        assertEquals("1|second|1", ShellProcess.sqlite3(dir.resolve("t.sqlite"), "select id, title, author_id from Post"),
                result.all());
    }
}
