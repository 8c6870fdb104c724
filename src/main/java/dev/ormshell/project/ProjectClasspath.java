package dev.ormshell.project;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a project's classes are: its own (searched for entities) and its dependencies (only
 * loaded from).
 *
 * @param name         the project's name, for messages
 * @param dir          the project's folder, or null for a bare --classpath
 * @param own          the project's own class folders and jars
 * @param dependencies the rest of its runtime class path, in order
 * @param cache        where what was learnt about it may be kept between starts, or null
 */
record ProjectClasspath(String name, Path dir, List<Path> own, List<Artifact> dependencies, Path cache) {
}
