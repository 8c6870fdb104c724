package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.orm.Database;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.testsupport.SampleProjects;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** What the banner says about a project: where the database came from, the model, what is preloaded. */
class ProjectBannerTest {

    @Test
    void theBannerNamesTheUnitsDatabaseTheModelAndItsPackagesButNeverThePassword() {
        LoadedModel model = ModelSource.mavenProject(SampleProjects.built("library"), null,
                new PrintStream(PrintStream.nullOutputStream())).load();
        ConfiguredDatabase database = model.configuredDatabase();
        try (Database opened = Database.open(database.url(), model.model(database));
             JavaEvaluator java = ShellStartup.newEvaluatorForAnyModel()) {
            ShellStartup.useModel(java, model.loader(), model.compileClasspath(), model.namedClasses());
            String banner = ShellStartup.banner(opened, database.origin(), model.notes(), java.imports(), null);
            assertTrue(banner.startsWith("ORM Shell on jdbc:h2:mem:library;DB_CLOSE_DELAY=-1 as sa (H2),"
                    + " from persistence unit 'library' in META-INF/persistence.xml\n"
                    + "Model: " + SampleProjects.built("library").getFileName() + " (persistence unit 'library'), mapped by Hibernate "
                    + org.hibernate.Version.getVersionString() + "\n"
                    + "Preloaded: db, db.session, session, sessionFactory, Author, Book, Member, args (imports: java.util.*,"
                    + " java.util.stream.*, jakarta.persistence.*, dev.ormshell.orm.*, org.example.library.catalog.*,"
                    + " org.example.library.catalog.types.*, org.example.library.model.*)\n"), banner);
            assertTrue(banner.endsWith("The database has no table author, book, book_authors, member yet:"
                    + " db.createAll() creates them, or ./shell.sh db upgrade through the migrations."), banner);
            assertFalse(banner.contains("secret"));
            assertFalse(banner.contains("dev.ormshell.model"), "the built-in model is not loaded");
        }
    }
}
