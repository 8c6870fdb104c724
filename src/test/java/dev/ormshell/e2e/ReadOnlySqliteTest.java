package dev.ormshell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormshell.testsupport.ShellProcess;
import dev.ormshell.testsupport.ShellProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite file the user may read but not write (the file, or its folder, is read-only) opens
 * read-only: queries work, the banner says so, and a write fails with one line. The tests may run
 * as root, which ignores file modes, so there the file or folder is made immutable
 * ({@code chattr +i}), which binds root too; each test first checks that a write really is refused.
 */
class ReadOnlySqliteTest {

    static final String SEED = """
            db.createAll();
            db.session.add(new Role("Admin"));
            db.session.commit();
            """;

    @TempDir
    Path dir;

    @Test
    void aReadOnlyFileIsReadAndAWriteFailsWithOneLine() throws Exception {
        Path file = dir.resolve("data.sqlite");
        seed(file);
        try (ReadOnly ignored = ReadOnly.make(file)) {
            assertThrows(IOException.class, () -> Files.newOutputStream(file, StandardOpenOption.APPEND).close(),
                    "the file is still writable: the test would prove nothing");
            Result run = run(file, """
                    Role.query.all()
                    db.session.add(new Role("Guest"));
                    db.session.commit();
                    Role.query.count()
                    """);
            assertEquals(List.of("[<Role 'Admin'>]", "1"), run.outLines(), run.err());
            List<String> errors = run.err().lines().toList();
            assertEquals(1, errors.size(), run.err());
            assertTrue(errors.get(0).startsWith("s.jsh:3: error: Commit failed: the database is open read-only ("
                    + file + " is not writable): nothing can be written"), errors.get(0));
            assertEquals(1, run.exitCode());
        }
        assertEquals("Admin", ShellProcess.sqlite3(file, "select group_concat(name) from roles"));
    }

    @Test
    void aFileInAReadOnlyFolderOpensReadOnlyAndTheBannerSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        seed(folder.resolve("data.sqlite"));
        try (ReadOnly ignored = ReadOnly.make(folder)) {
            assertThrows(IOException.class, () -> Files.createFile(folder.resolve("probe")),
                    "the folder is still writable: the test would prove nothing");
            try (TmuxTerminal terminal = TmuxTerminal.start(folder, Map.of("ORMSHELL_HISTORY", dir.resolve("h").toString()))) {
                terminal.waitFor("read-only: folder " + folder + " is not writable");
                terminal.waitForPrompt();
                terminal.enter("Role.query.filterBy(\"name\", \"Admin\").count()");
                terminal.waitFor("\n1\n");
                terminal.enter("db.session.add(new Role(\"Guest\")); db.session.commit();");
                String screen = terminal.waitFor("nothing can be written");
                assertTrue(screen.contains("error: Commit failed: the database is open read-only (folder " + folder
                        + " is not writable): nothing can be written"), screen);
                terminal.enter("/exit");
                terminal.waitFor(TmuxTerminal.EXITED);
            }
        }
        assertEquals("Admin", ShellProcess.sqlite3(folder.resolve("data.sqlite"), "select group_concat(name) from roles"));
    }

    @Test
    void aNewFileInAReadOnlyFolderIsOneLine() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        try (ReadOnly ignored = ReadOnly.make(folder)) {
            Result run = run(folder.resolve("new.sqlite"), "Role.query.count()\n");
            assertEquals("error: Cannot create database file " + folder.resolve("new.sqlite") + ": folder " + folder
                    + " is not writable (give a path in a folder you may write to)", run.err().strip());
            assertEquals(1, run.exitCode());
        }
    }

    private void seed(Path file) {
        Result seeded = ShellProcess.run(dir, SEED, "--url", "sqlite:///" + file);
        assertEquals(0, seeded.exitCode(), seeded.err());
    }

    private Result run(Path file, String script) throws IOException {
        Files.writeString(dir.resolve("s.jsh"), script);
        return ShellProcess.run(dir, "", "run", "--keep-going", "--url", "sqlite:///" + file, "s.jsh");
    }

    /** A file or folder made read-only for whoever runs the test, root included; undone on close. */
    private record ReadOnly(Path path, boolean immutable) implements AutoCloseable {

        static ReadOnly make(Path path) throws IOException, InterruptedException {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                chattr("+i", path);
            } else if (!path.toFile().setWritable(false, false)) {
                fail("cannot make " + path + " read-only");
            }
            return new ReadOnly(path, root);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (immutable) {
                chattr("-i", path);
            } else {
                path.toFile().setWritable(true, true);
            }
        }

        private static void chattr(String flag, Path path) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("root ignores file modes, so this test makes " + path + " immutable with chattr " + flag
                        + " (a file system such as ext4 is needed for the temporary folder): " + output);
            }
        }
    }
}
