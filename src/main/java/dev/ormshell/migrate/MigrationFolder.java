package dev.ormshell.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code migrations/} folder: Flyway's {@code V<n>__<description>.sql} files and, beside
 * each, the undo script {@code U<n>__<description>.sql} that {@code db downgrade} runs.
 */
public final class MigrationFolder {

    private static final Pattern SCRIPT = Pattern.compile("([VU])(\\d+)__(.+)\\.sql");

    private final Path dir;

    public MigrationFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Flyway's location string for this folder. */
    String flywayLocation() {
        return "filesystem:" + dir.toAbsolutePath().normalize();
    }

    /** Creates the folder and its README unless they exist; returns what was created. */
    List<Path> init() {
        try {
            List<Path> created = new java.util.ArrayList<>();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                created.add(dir);
            }
            Path readme = dir.resolve("README.md");
            if (!Files.exists(readme)) {
                try (var in = MigrationFolder.class.getResourceAsStream("migrations-README.md")) {
                    Files.write(readme, in.readAllBytes());
                }
                created.add(readme);
            }
            return created;
        } catch (IOException e) {
            throw new MigrationException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The highest version among the scripts, 0 when there is none. */
    int highestVersion() {
        return scripts().map(m -> Integer.parseInt(m.group(2))).max(Integer::compare).orElse(0);
    }

    /** The undo script of a version, if one was written. */
    Optional<Path> undoScript(String version) {
        return scripts().filter(m -> m.group(1).equals("U") && m.group(2).equals(version))
                .map(m -> dir.resolve(m.group(0))).findFirst();
    }

    /** Writes a new version's migration and undo scripts; returns their paths. */
    List<Path> write(int version, String message, String upgrade, String undo) {
        if (!Files.isDirectory(dir)) {
            throw new MigrationException("No migrations folder " + dir + ": run db init first");
        }
        String name = version + "__" + slug(message) + ".sql";
        Path up = dir.resolve("V" + name);
        Path down = dir.resolve("U" + name);
        try {
            // CREATE_NEW: two autogenerations at once must not overwrite each other's file.
            Files.writeString(up, upgrade, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.writeString(down, undo, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrationException(e.getFile() + " already exists: choose another message, or remove the file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(up, down);
    }

    static String slug(String message) {
        String slug = message.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new MigrationException("The message must contain a letter or digit, e.g. -m \"add email\"");
        }
        return slug;
    }

    private Stream<Matcher> scripts() {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> SCRIPT.matcher(p.getFileName().toString())).filter(Matcher::matches).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
