package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.SampleProjects;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-module application (src/test/resources/projects/league: an aggregator pom, a model
 * module, and an app module that depends on it and holds the persistence unit), opened with
 * --project on its top folder: the entities of both modules, the unit's settings, one Maven run.
 */
class MultiModuleProjectTest {

    @TempDir
    Path dir;

    @Test
    void theEntitiesOfEveryModuleAreMappedAndTheSessionIsWhatSqliteSees() throws IOException {
        Files.writeString(dir.resolve("s.jsh"), """
                db.createAll();
                Team lions = new Team("Lions");
                lions.getColours().put("home", "gold");
                db.session.addAll(lions, new Player("Ann", lions), new Player("Bo", lions));
                db.session.commit();
                db.query(Player.class).filterBy("team.name", "Lions").orderBy("name").all()
                """);
        Path league = SampleProjects.built("league");
        Result result = ShellProcess.run(dir, "", "--project", league.toString(), "run", "s.jsh", "--url", "sqlite:///league.sqlite");
        assertEquals(List.of("null", "[Player[Ann], Player[Bo]]"), result.outLines(), result.all()); // put() had no value before
        assertEquals("Ann|Lions\nBo|Lions", ShellProcess.sqlite3(dir.resolve("league.sqlite"),
                "select p.name, t.name from player p join team t on t.id = p.team_id order by p.name"));
        // Hibernate found the Jackson it writes JSON columns with, though only the project names it.
        assertEquals("{\"home\":\"gold\"}", ShellProcess.sqlite3(dir.resolve("league.sqlite"), "select colours from team"));
        assertFalse(result.all().contains("Maven"), "the class path was cached when the sample was built: " + result.all());
    }

    @Test
    void withoutUrlTheShellUsesThePersistenceUnitOfTheAppModule() throws IOException {
        Files.writeString(dir.resolve("s.jsh"), "db\n");
        Result result = ShellProcess.run(dir, "", "--project", SampleProjects.built("league").toString(), "run", "s.jsh");
        assertEquals(0, result.exitCode(), result.all());
        assertTrue(result.out().startsWith("<Db jdbc:h2:mem:league"), result.all());
    }
}
