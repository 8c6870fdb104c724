package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClasspathOptionTest {

    @Test
    void jarsOfAMavenRepositoryOrGradlesCacheAreDependencies() {
        assertTrue(ClasspathOption.inRepository(Path.of(
                "/home/u/.m2/repository/org/springframework/spring-core/6.2.1/spring-core-6.2.1.jar")));
        assertTrue(ClasspathOption.inRepository(Path.of("/home/u/.gradle/caches/modules-2/files-2.1/org.springframework/"
                + "spring-core/6.2.1/0123456789abcdef0123456789abcdef01234567/spring-core-6.2.1.jar")));
    }

    @Test
    void aRepositoryJarsCoordinatesComeFromItsPath() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("repo");
        java.nio.file.Path maven = root.resolve("repository/org/hibernate/orm/hibernate-core/7.2.19.Final/hibernate-core-7.2.19.Final.jar");
        java.nio.file.Path gradle = root.resolve("files-2.1/org.postgresql/postgresql/42.7.1/"
                + "0123456789abcdef0123456789abcdef01234567/postgresql-42.7.1.jar");
        for (java.nio.file.Path jar : java.util.List.of(maven, gradle)) {
            java.nio.file.Files.createDirectories(jar.getParent());
            java.nio.file.Files.write(jar, new byte[0]);
        }
        ProjectClasspath classpath = ClasspathOption.parse(maven + java.io.File.pathSeparator + gradle);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                new Artifact("org.hibernate.orm", "hibernate-core", "7.2.19.Final", maven),
                new Artifact("org.postgresql", "postgresql", "42.7.1", gradle)), classpath.dependencies());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), classpath.own());
    }

    @Test
    void anApplicationsOwnJarIsSearched() {
        assertFalse(ClasspathOption.inRepository(Path.of("/srv/shop/shop.jar")));
        assertFalse(ClasspathOption.inRepository(Path.of("/srv/shop/build/libs/shop-1.0.jar")));
        assertFalse(ClasspathOption.inRepository(Path.of("shop.jar")));
    }
}
