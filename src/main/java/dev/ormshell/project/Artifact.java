package dev.ormshell.project;

import java.nio.file.Path;

/**
 * A jar or folder on a project's class path, with its Maven coordinates when they are known
 * (null otherwise).
 */
record Artifact(String groupId, String artifactId, String version, Path path) {

    static Artifact unknown(Path path) {
        return new Artifact(null, null, null, path);
    }

    boolean is(String group, String artifact) {
        return group.equals(groupId) && artifact.equals(artifactId);
    }

    /** "groupId:artifactId:version:path", one line of the cached class path. */
    String toLine() {
        return groupId + ":" + artifactId + ":" + version + ":" + path;
    }

    static Artifact ofLine(String line) {
        String[] parts = line.split(":", 4);
        return new Artifact(nullIfNull(parts[0]), nullIfNull(parts[1]), nullIfNull(parts[2]), Path.of(parts[3]));
    }

    private static String nullIfNull(String s) {
        return s.equals("null") ? null : s;
    }
}
