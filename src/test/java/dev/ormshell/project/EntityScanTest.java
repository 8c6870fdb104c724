package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormshell.testsupport.CompiledClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScanTest {

    static final Map<String, String> SHOP = Map.of(
            "org.shop.Base", "package org.shop; @jakarta.persistence.MappedSuperclass public abstract class Base"
                    + " { @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id; }",
            "org.shop.Order", """
                    package org.shop;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders") public class Order extends Base {
                        @Enumerated(EnumType.STRING) org.shop.types.Status status;
                        @Embedded Money total;
                        @ElementCollection java.util.List<Note> notes;
                        @Entity public static class Line extends Base { String product; }
                    }""",
            "org.shop.Money", "package org.shop; @jakarta.persistence.Embeddable public class Money { long cents; }",
            "org.shop.Note", "package org.shop; public record Note(String text) { }",
            "org.shop.types.Status", "package org.shop.types; public enum Status { NEW, PAID }",
            "org.shop.NoteConverter", """
                    package org.shop;
                    @jakarta.persistence.Converter(autoApply = true)
                    public class NoteConverter implements jakarta.persistence.AttributeConverter<Note, String> {
                        public String convertToDatabaseColumn(Note n) { return n.text(); }
                        public Note convertToEntityAttribute(String s) { return new Note(s); }
                    }""",
            "org.shop.Service", "package org.shop; public class Service { Order order; }",
            "org.shop.User", "package org.shop; @jakarta.persistence.Entity @jakarta.persistence.Table(name = \"users\")"
                    + " public class User extends Base { }");

    @TempDir
    Path dir;

    @Test
    void findsTheMappedClassesAndTheProjectsOwnTypesTheyUse() {
        EntityScan.Found found = EntityScan.scan(List.of(CompiledClasses.compile(dir, SHOP)));
        assertEquals(List.of("org.shop.Order", "org.shop.Order$Line", "org.shop.User"), found.entities());
        assertEquals(List.of("org.shop.Money"), found.embeddables());
        assertEquals(List.of("org.shop.Base"), found.mappedSuperclasses());
        assertEquals(List.of("org.shop.NoteConverter"), found.converters());
        assertEquals(List.of("org.shop.Note", "org.shop.types.Status"), found.valueTypes());
        assertFalse(found.javaxPersistence());
    }

    @Test
    void findsThemInAJarToo() throws IOException {
        Path classes = CompiledClasses.compile(dir, SHOP);
        Path jar = dir.resolve("shop.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                out.write(Files.readAllBytes(file));
            }
        }
        assertEquals(List.of("org.shop.Order", "org.shop.Order$Line", "org.shop.User"), EntityScan.scan(List.of(jar)).entities());
    }

    @Test
    void tellsJavaxPersistenceEntitiesApart() {
        EntityScan.Found found = EntityScan.scan(List.of(CompiledClasses.compile(dir, Map.of(
                "javax.persistence.Entity", "package javax.persistence; public @interface Entity { }",
                "org.old.Customer", "package org.old; @javax.persistence.Entity public class Customer { }"))));
        assertEquals(List.of(), found.entities());
        assertTrue(found.javaxPersistence());
    }
}
