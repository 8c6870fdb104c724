package dev.ormshell.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what {@code dependency:list -DoutputAbsoluteArtifactFilename=true} writes, in class path
 * order: {@code groupId:artifactId:type[:classifier]:version:scope:/path/to.jar [(optional)] -- module …}.
 */
final class DependencyList {

    private static final Set<String> SCOPES = Set.of("compile", "runtime", "provided", "system", "test");

    private DependencyList() {
    }

    static List<Artifact> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProjectException("Maven wrote no dependency list (" + e.getMessage() + ")", e);
        }
    }

    static List<Artifact> parse(List<String> lines) {
        List<Artifact> artifacts = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            int module = line.indexOf(" -- module ");
            if (module >= 0) {
                line = line.substring(0, module);
            }
            if (line.endsWith(" (optional)")) {
                line = line.substring(0, line.length() - " (optional)".length());
            }
            String[] parts = line.split(":");
            for (int scope = 4; scope < parts.length - 1; scope++) {
                if (SCOPES.contains(parts[scope])) {
                    String path = String.join(":", java.util.Arrays.copyOfRange(parts, scope + 1, parts.length));
                    artifacts.add(new Artifact(parts[0], parts[1], parts[scope - 1], Path.of(path)));
                    break;
                }
            }
        }
        return artifacts;
    }
}
