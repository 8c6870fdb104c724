package dev.ormshell.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * {@link EntityScan}'s findings kept beside a project's build, under a key made of its class
 * files' names, sizes and times: a start on unchanged classes parses no class file (and loads
 * no Jandex), about 60 ms of CPU less.
 */
final class ScanCache {

    private static final List<String> KINDS = List.of("entity", "embeddable", "mapped-superclass", "converter", "value-type");

    private ScanCache() {
    }

    /** The scan of the roots, from the cache in {@code folder} when it is there (no cache when null). */
    static EntityScan.Found scan(List<Path> roots, Path folder) {
        if (folder == null) {
            return EntityScan.scan(roots);
        }
        Path file = folder.resolve("model-" + key(roots) + ".txt");
        try {
            if (Files.isRegularFile(file)) {
                return read(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be read is scanned again.
        }
        EntityScan.Found found = EntityScan.scan(roots);
        try (Stream<Path> old = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path stale : old.filter(f -> f.getFileName().toString().startsWith("model-")).toList()) {
                Files.deleteIfExists(stale);
            }
            Files.createDirectories(folder);
            Files.write(file, write(found), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Not cached: the next start scans again.
        }
        return found;
    }

    private static String key(List<Path> roots) {
        CRC32 crc = new CRC32();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    crc.update((file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    static List<String> write(EntityScan.Found found) {
        List<String> lines = new ArrayList<>();
        List<List<String>> lists = lists(found);
        for (int i = 0; i < KINDS.size(); i++) {
            for (String name : lists.get(i)) {
                lines.add(KINDS.get(i) + " " + name);
            }
        }
        if (found.javaxPersistence()) {
            lines.add("javax");
        }
        return lines;
    }

    static EntityScan.Found read(List<String> lines) {
        List<List<String>> lists = new ArrayList<>();
        KINDS.forEach(kind -> lists.add(new ArrayList<>()));
        boolean javax = false;
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space < 0) {
                javax |= line.equals("javax");
            } else {
                lists.get(KINDS.indexOf(line.substring(0, space))).add(line.substring(space + 1));
            }
        }
        return new EntityScan.Found(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), javax);
    }

    private static List<List<String>> lists(EntityScan.Found found) {
        return List.of(found.entities(), found.embeddables(), found.mappedSuperclasses(), found.converters(), found.valueTypes());
    }
}
