package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ormshell.config.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    void aBareClassPathHasNoFolderOfItsOwn() {
        assertNull(MigrationLocation.resolve("classpath:db/migration", null, POSTGRES));
    }
}
