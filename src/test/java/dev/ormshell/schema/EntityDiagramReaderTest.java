package dev.ormshell.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Database;
import dev.ormshell.render.BoxDiagram;
import dev.ormshell.render.EntityDiagram;
import dev.ormshell.render.EntityDiagram.Attribute;
import dev.ormshell.render.EntityDiagram.Cardinality;
import dev.ormshell.render.EntityDiagram.Relationship;
import dev.ormshell.render.MermaidDiagram;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /erd's picture read from Hibernate's mapping, for the chapter's model and for a model unlike it. */
class EntityDiagramReaderTest {

    @TempDir
    Path dir;

    private EntityDiagram read(List<Class<?>> model) {
        try (Database database = Database.open(DatabaseUrl.parse("sqlite:///" + dir.resolve("d.sqlite")), model)) {
            return EntityDiagramReader.read(database.metadata());
        }
    }

    @Test
    void theChaptersModelIsTwoEntitiesAndOneRelationship() {
        EntityDiagram diagram = read(Models.ALL);
        assertEquals(List.of("Role", "User"), diagram.entities().stream().map(EntityDiagram.Entity::name).toList());
        assertEquals(List.of(new Relationship("Role", Cardinality.ZERO_OR_ONE, "User", Cardinality.ZERO_OR_MORE, "User.role")),
                diagram.relationships());
        Attribute roleId = diagram.entities().get(1).attributes().stream().filter(a -> a.column().equals("role_id")).findFirst().orElseThrow();
        assertEquals(List.of("FK"), roleId.keys());
    }

    @Test
    void anyModelShowsItsManyToManyItsOneToOneAndItsEmbeddedColumnsEachRelationshipOnce() {
        EntityDiagram diagram = read(SchoolEntities.ALL);
        assertEquals(List.of("Course", "Locker", "Student", "Teacher"),
                diagram.entities().stream().map(EntityDiagram.Entity::name).toList());
        assertEquals(List.of(
                new Relationship("Teacher", Cardinality.EXACTLY_ONE, "Course", Cardinality.ZERO_OR_MORE, "Course.teacher"),
                new Relationship("Student", Cardinality.ZERO_OR_MORE, "Course", Cardinality.ZERO_OR_MORE, "Student.courses (enrolments)"),
                new Relationship("Locker", Cardinality.ZERO_OR_ONE, "Student", Cardinality.ZERO_OR_ONE, "Student.locker")),
                diagram.relationships());
        EntityDiagram.Entity student = diagram.entities().get(2);
        assertEquals("students", student.table());
        Attribute street = student.attributes().stream().filter(a -> a.column().equals("street")).findFirst().orElseThrow();
        assertEquals("home.street", street.property());
        Attribute email = student.attributes().stream().filter(a -> a.column().equals("email")).findFirst().orElseThrow();
        assertEquals(List.of("UK"), email.keys());

        String mermaid = MermaidDiagram.of(diagram);
        assertTrue(mermaid.startsWith("erDiagram\n"), mermaid);
        assertTrue(mermaid.contains("    Student }o--o{ Course : \"Student.courses (enrolments)\"\n"), mermaid);
        assertTrue(mermaid.contains("    Teacher ||--o{ Course : \"Course.teacher\"\n"), mermaid);
        assertTrue(mermaid.contains("        varchar(255) street \"home.street\"\n"), mermaid);

        String boxes = BoxDiagram.of(diagram, 70);
        assertTrue(boxes.contains("│ Student  (students)"), boxes);
        assertTrue(boxes.contains("Student * ──── * Course"), boxes);
        for (String line : boxes.lines().toList()) {
            assertTrue(line.length() <= 70 || !line.contains("┐  ┌"), "boxes side by side wider than 70: " + line);
        }
    }
}
