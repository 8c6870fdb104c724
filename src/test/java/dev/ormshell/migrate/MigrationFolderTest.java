package dev.ormshell.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFolderTest {

    @TempDir
    Path dir;

    @Test
    void messagesBecomeFileNames() {
        assertEquals("initial_migration", MigrationFolder.slug("initial migration"));
        assertEquals("add_e_mail_column", MigrationFolder.slug("  Add e-mail column! "));
        assertThrows(MigrationException.class, () -> MigrationFolder.slug("!!!"));
    }

    @Test
    void writesNumberedPairsAndNeverOverwrites() throws Exception {
        MigrationFolder folder = new MigrationFolder(dir.resolve("migrations"));
        assertThrows(MigrationException.class, () -> folder.write(1, "x", "", ""), "no folder before db init");
        folder.init();
        assertTrue(Files.exists(dir.resolve("migrations/README.md")));
        assertEquals(0, folder.highestVersion());
        folder.write(1, "first", "up", "down");
        assertEquals(1, folder.highestVersion());
        assertEquals(dir.resolve("migrations/U1__first.sql"), folder.undoScript("1").orElseThrow());
        MigrationException clash = assertThrows(MigrationException.class, () -> folder.write(1, "first", "other", "other"));
        assertTrue(clash.getMessage().contains("already exists"));
        assertEquals("up", Files.readString(dir.resolve("migrations/V1__first.sql")));
    }
}
