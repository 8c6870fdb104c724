package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.CompiledClasses;
import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project the shell cannot open: one clear line, nothing run, nothing written. */
class ProjectBadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void script() throws IOException {
        Files.writeString(dir.resolve("s.jsh"), "db.createAll();\n");
    }

    private Result run(String... options) {
        List<String> arguments = new java.util.ArrayList<>(List.of("run", "s.jsh", "--url", "sqlite:///x.sqlite"));
        arguments.addAll(List.of(options));
        return ShellProcess.run(dir, "", arguments.toArray(String[]::new));
    }

    /** The one line of error, after checking that nothing ran and no database was made. */
    private String failure(Result result) {
        assertEquals(1, result.exitCode(), result.all());
        assertEquals("", result.out());
        assertFalse(Files.exists(dir.resolve("x.sqlite")), "no database file is made");
        List<String> lines = result.err().strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private String classes(Map<String, String> sources) {
        return CompiledClasses.compile(dir.resolve("app"), sources).toString();
    }

    @Test
    void aFolderThatIsNotAMavenProject() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        Result result = run("--project", folder.toString());
        assertEquals("error: --project " + folder + " is not a Maven project (it has no pom.xml); for another build,"
                + " give its classes and jars with --classpath", failure(result));
        assertEquals(1, result.err().strip().lines().count());
        assertFalse(Files.exists(folder.resolve("target")));
    }

    @Test
    void aProjectThatDoesNotCompileShowsTheCompilersFirstErrors() throws IOException {
        Path project = dir.resolve("broken");
        Files.createDirectories(project.resolve("src/main/java/shop"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>broken</artifactId><version>1</version>
                  <properties><maven.compiler.release>17</maven.compiler.release></properties>
                  <build><plugins><plugin>
                    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
                  </plugin></plugins></build>
                </project>""");
        Files.writeString(project.resolve("src/main/java/shop/Item.java"), "package shop;\npublic class Item { int price = ; }\n");
        // Maven copies resources before it compiles: the failed build leaves them in target/classes.
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.properties"), "spring.jpa.show-sql=false\n");
        for (int start = 1; start <= 2; start++) { // the second start, sources unchanged, builds again
            Result result = run("--project", project.toString());
            assertEquals("error: broken does not compile: fix the errors above (the whole output is in target/ormshell/maven.log)",
                    failure(result), "start " + start);
            assertTrue(result.err().startsWith("Building broken with Maven"), result.err());
            assertTrue(result.err().contains("[ERROR] src/main/java/shop/Item.java:[2,"), result.err());
        }
    }

    @Test
    void aProjectWithoutEntities() {
        String classes = classes(Map.of("shop.Item", "package shop; public class Item { }"));
        assertEquals("error: classes has no @Entity class in " + classes
                + " (ORM Shell looks in the project's own classes, not in its dependencies)", failure(run("--classpath", classes)));
    }

    @Test
    void aJpa2ProjectSaysWhichPersistenceItNeeds() {
        String classes = classes(Map.of(
                "javax.persistence.Entity", "package javax.persistence; public @interface Entity { }",
                "shop.Item", "package shop; @javax.persistence.Entity public class Item { }"));
        assertEquals("error: classes's entities use javax.persistence (JPA 2, Hibernate 5 or older); ORM Shell maps"
                + " jakarta.persistence entities (Jakarta Persistence 3, Hibernate 6 and later)", failure(run("--classpath", classes)));
    }

    @Test
    void anEntityHibernateRejectsIsNamedWithItsField() {
        String classes = classes(Map.of("shop.Item", """
                package shop;
                @jakarta.persistence.Entity public class Item {
                    @jakarta.persistence.Id Long id;
                    @jakarta.persistence.OneToMany String name;
                }"""));
        Result result = run("--classpath", classes);
        assertEquals(1, result.exitCode());
        String line = result.err().strip();
        assertTrue(line.startsWith("error: Hibernate cannot map project classes: ") && line.contains("shop.Item.name"), line);
        assertEquals(1, line.lines().count());
        assertEquals("", ShellProcess.sqlite3(dir.resolve("x.sqlite"), "select name from sqlite_master"));
    }

    @Test
    void aUrlWhoseDriverTheProjectLacksNamesTheDependency() throws IOException {
        String classes = classes(Map.of("shop.Item", "package shop; @jakarta.persistence.Entity public class Item"
                + " { @jakarta.persistence.Id Long id; }"));
        Result result = ShellProcess.run(dir, "", "run", "s.jsh", "--classpath", classes, "--url", "jdbc:h2:mem:shop");
        assertEquals(1, result.exitCode());
        assertEquals("error: Cannot open database jdbc:h2:mem:shop: no JDBC driver on the classpath accepts this URL"
                + " (add its JDBC driver, com.h2database:h2, to the project's dependencies)", result.err().strip());
    }

    @Test
    void optionsThatDoNotGoTogether() {
        assertEquals("error: Give --project or --classpath, not both",
                failure(run("--project", dir.toString(), "--classpath", dir.toString())));
        assertEquals("error: --profile chooses the Spring profile of a project: give --project too",
                failure(run("--profile", "prod")));
    }
}
