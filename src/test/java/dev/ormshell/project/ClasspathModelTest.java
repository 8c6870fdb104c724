package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.repl.Interrupts;
import dev.ormshell.repl.JavaEvaluator;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.ShellStartup;
import dev.ormshell.testsupport.CompiledClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model from --classpath, in this JVM: its own loader, Hibernate and JShell on the same classes. */
class ClasspathModelTest {

    // Nobody presses Ctrl-C here.
    private static final Interrupts NO_CTRL_C = new Interrupts(() -> { }, () -> false);

    @TempDir
    Path dir;

    private LoadedModel shop() {
        return ModelSource.classpath(CompiledClasses.compile(dir, EntityScanTest.SHOP).toString(), null).load();
    }

    @Test
    void theModelsClassesLiveInALoaderOfTheirOwnThatHibernateAndTheSnippetsShare() throws Exception {
        LoadedModel model = shop();
        Class<?> order = model.loader().loadClass("org.shop.Order");
        assertNotSame(getClass().getClassLoader(), order.getClassLoader());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.shop.Order", false, getClass().getClassLoader()));
        assertSame(jakarta.persistence.Entity.class, model.loader().loadClass("jakarta.persistence.Entity"),
                "the JPA API is the shell's");

        ConfiguredDatabase memory = new ConfiguredDatabase(DatabaseUrl.parse("sqlite:///:memory:"), null, false);
        try (Database database = Database.open(memory.url(), model.model(memory));
             JavaEvaluator java = ShellStartup.newEvaluatorForAnyModel()) {
            assertSame(order, database.sessionFactory().getMetamodel().entity("Order").getJavaType());
            ShellStartup.useModel(java, model.loader(), model.compileClasspath(), model.namedClasses());
            List<Outcome> outcomes = java.evaluate("new Order()", NO_CTRL_C);
            assertSame(order, outcomes.get(0).value().getClass(), outcomes.toString());
            assertEquals("org.shop.types.Status", java.evaluate("Status.PAID.getClass().getName()", NO_CTRL_C).get(0).value().toString()
                    .replace("\"", ""));
            assertEquals("org.shop.Order$Line", java.evaluate("Line.class.getName()", NO_CTRL_C).get(0).value().toString().replace("\"", ""));
            // A script written for the built-in model still runs, and the project's User stays the project's.
            assertEquals(List.of(), java.evaluate("import dev.ormshell.model.*;", NO_CTRL_C).stream().filter(Outcome::failed).toList());
            assertSame(model.loader().loadClass("org.shop.User"), java.evaluate("new User()", NO_CTRL_C).get(0).value().getClass());
        }
    }

    @Test
    void theNotesSayWhichSettingsAndWhichHibernateMapTheModel() {
        List<String> notes = shop().notes();
        assertEquals(List.of("Model: classes (Hibernate's defaults), mapped by Hibernate " + org.hibernate.Version.getVersionString()),
                notes);
    }

    @Test
    void twoEntitiesOfOneSimpleNameAreReachableByTheirQualifiedNames() {
        String classes = CompiledClasses.compile(dir, Map.of(
                "com.a.Item", "package com.a; @jakarta.persistence.Entity(name = \"AItem\") public class Item"
                        + " { @jakarta.persistence.Id Long id; }",
                "com.b.Item", "package com.b; @jakarta.persistence.Entity(name = \"BItem\") public class Item"
                        + " { @jakarta.persistence.Id Long id; }")).toString();
        LoadedModel model = ModelSource.classpath(classes, null).load();
        assertEquals(List.of("com.a.Item", "com.b.Item"), model.namedClasses());
        assertEquals(List.of("Two classes are named Item: com.a.Item, com.b.Item; use their qualified names"),
                ShellStartup.modelImports(model.namedClasses()).notes());
        try (JavaEvaluator java = ShellStartup.newEvaluatorForAnyModel()) {
            ShellStartup.useModel(java, model.loader(), model.compileClasspath(), model.namedClasses());
            assertTrue(java.evaluate("new Item()", NO_CTRL_C).get(0).failed(), "Item alone is ambiguous");
            assertEquals("com.b.Item", String.valueOf(java.evaluate("new com.b.Item().getClass().getName()", NO_CTRL_C).get(0).value()));
        }
    }
}
