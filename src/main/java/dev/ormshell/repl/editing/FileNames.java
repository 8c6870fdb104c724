package dev.ormshell.repl.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;

/** File names for /open and /save, relative to the working directory (or absolute, or under ~). */
final class FileNames {

    private FileNames() {
    }

    static List<Candidate> suggest(String typed) {
        int slash = typed.lastIndexOf('/');
        String directoryPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String prefix = typed.substring(slash + 1);
        String expanded = directoryPart.startsWith("~/")
                ? System.getProperty("user.home") + directoryPart.substring(1) : directoryPart;
        Path directory = Path.of(expanded.isEmpty() ? "." : expanded);
        List<Candidate> candidates = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.sorted().forEach(entry -> {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && (!name.startsWith(".") || prefix.startsWith("."))) {
                    boolean folder = Files.isDirectory(entry);
                    String value = directoryPart + name + (folder ? "/" : "");
                    candidates.add(new Candidate(value, name + (folder ? "/" : ""), null, null, null, null, !folder));
                }
            });
        } catch (IOException | RuntimeException e) {
            // No such directory (yet): nothing to offer.
        }
        return candidates;
    }
}
