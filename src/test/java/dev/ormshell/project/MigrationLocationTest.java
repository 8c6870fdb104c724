package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ormshell.config.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLocationTest {

    private static final Path PROJECT = Path.of("/work/shop");
    private static final DatabaseUrl POSTGRES = DatabaseUrl.parse("postgresql://u@localhost/shop");

    @Test
    void aClassPathLocationIsTheSourceFolderTheBuildCopiesFrom() {
        assertEquals(Path.of("/work/shop/src/main/resources/db/migration"),
                MigrationLocation.resolve("classpath:db/migration", PROJECT, POSTGRES));
        assertEquals(Path.of("/work/shop/src/main/resources/db/migration/postgresql"),
                MigrationLocation.resolve("classpath:/db/migration/{vendor}", PROJECT, POSTGRES));
    }

    @Test
    void aFileSystemLocationIsRelativeToTheProject() {
        assertEquals(Path.of("/work/shop/sql/migrations"), MigrationLocation.resolve("filesystem:sql/migrations", PROJECT, POSTGRES));
        assertEquals(Path.of("/srv/migrations"), MigrationLocation.resolve("filesystem:/srv/migrations", PROJECT, POSTGRES));
    }

    @Test
    void inAProjectOfModulesTheFolderIsInTheModuleThatHasItElseInTheApplicationsModule(@TempDir Path root) throws IOException {
        Path model = root.resolve("model");
        Path app = root.resolve("app");
        Files.createDirectories(model.resolve("src/main/java"));
        Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(app.resolve("src/main/resources/application.properties"), "spring.datasource.url=jdbc:h2:mem:x\n");
        assertEquals(app.resolve("src/main/resources/db/migration"),
                MigrationLocation.resolve("classpath:db/migration", root, List.of(model, app), POSTGRES));

        Files.createDirectories(model.resolve("src/main/resources/db/migration"));
        assertEquals(model.resolve("src/main/resources/db/migration"),
                MigrationLocation.resolve("classpath:db/migration", root, List.of(model, app), POSTGRES));
    }

    @Test
    void aBareClassPathHasNoFolderOfItsOwn() {
        assertNull(MigrationLocation.resolve("classpath:db/migration", null, POSTGRES));
    }
}
