package dev.ormshell.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Flyway's description of a migration file: V2__add_email.sql is "add email". */
    static String description(String file) {
        Matcher m = SCRIPT.matcher(file);
        return m.matches() ? m.group(3).replace('_', ' ') : file;
    }

    /** The name of a version's migration file, e.g. V2__add_email.sql ("V2__*.sql" when there is none). */
    String migrationFile(String version) {
        return scripts().filter(m -> m.group(1).equals("V") && m.group(2).equals(version)).map(m -> m.group(0))
                .findFirst().orElse("V" + version + "__*.sql");
    }

    /** The undo script written for this version and description (Flyway's: underscores read as spaces). */
    Optional<Path> undoScript(String version, String description) {
        return scripts().filter(m -> m.group(1).equals("U") && m.group(2).equals(version)
                        && m.group(3).replace('_', ' ').equalsIgnoreCase(description))
                .map(m -> dir.resolve(m.group(0))).findFirst();
    }

    /** The migration files of each version that has more than one (migrations written on two branches). */
    Map<String, List<String>> sharedVersions() {
        Map<String, List<String>> byVersion = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        scripts().filter(m -> m.group(1).equals("V"))
                .forEach(m -> byVersion.computeIfAbsent(m.group(2), v -> new ArrayList<>()).add(m.group(0)));
        byVersion.values().removeIf(files -> files.size() < 2);
        byVersion.values().forEach(java.util.Collections::sort);
        return byVersion;
    }

    /** Refuses to go on, before Flyway does with its own words, when two files share a version. */
    void requireOneFilePerVersion() {
        sharedVersions().forEach((version, files) -> {
            throw new MigrationException((files.size() == 2 ? "Two" : String.valueOf(files.size())) + " migrations have version " + version
                    + ": " + String.join(" and ", files) + " (written on two branches?). db merge gives the one this"
                    + " database has not applied the next free version; db heads lists them");
        });
    }

    /** Renames a version's migration (and its undo script) to another version; returns the renamed files, old and new. */
    List<String> renumber(String file, int newVersion) {
        Matcher m = SCRIPT.matcher(file);
        if (!m.matches()) {
            throw new IllegalArgumentException(file);
        }
        List<String> renamed = new ArrayList<>();
        for (String kind : List.of("V", "U")) {
            Path from = dir.resolve(kind + m.group(2) + "__" + m.group(3) + ".sql");
            Path to = dir.resolve(kind + newVersion + "__" + m.group(3) + ".sql");
            if (Files.exists(from)) {
                try {
                    Files.move(from, to);
                } catch (IOException e) {
                    throw new MigrationException("Cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
                }
                renamed.add(from.getFileName() + " to " + to.getFileName());
            }
        }
        return renamed;
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
