package dev.ormshell.project;

import dev.ormshell.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder of a project's Flyway migrations, from the location its configuration gives
 * ({@code spring.flyway.locations}, else Flyway's {@code classpath:db/migration}): a class path
 * location is the folder under {@code src/main/resources} that the build copies, where new
 * migrations must be written.
 */
final class MigrationLocation {

    private MigrationLocation() {
    }

    /** The folder, or null for a project without a folder of its own (a bare --classpath). */
    static Path resolve(String location, Path projectDir, DatabaseUrl url) {
        return resolve(location, projectDir, projectDir == null ? List.of() : List.of(projectDir), url);
    }

    /**
     * The folder in a project of several modules: a class path location is in the module that has
     * it already, else in the one with the application's configuration (whose build puts it on
     * the application's class path), else in the first.
     */
    static Path resolve(String location, Path projectDir, List<Path> modules, DatabaseUrl url) {
        if (projectDir == null) {
            return null;
        }
        String path = location.replace("{vendor}", vendor(url));
        if (path.startsWith("filesystem:")) {
            return projectDir.resolve(path.substring("filesystem:".length())).normalize();
        }
        String resource = path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
        List<Path> candidates = modules.isEmpty() ? List.of(projectDir) : modules;
        List<Path> folders = candidates.stream()
                .map(module -> module.resolve("src/main/resources").resolve(resource.replaceFirst("^/+", "")).normalize()).toList();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Path resources = candidates.get(i).resolve("src/main/resources");
            if (CONFIGURATION.stream().anyMatch(name -> Files.isRegularFile(resources.resolve(name)))) {
                return folders.get(i);
            }
        }
        return folders.get(0);
    }

    private static final List<String> CONFIGURATION = List.of("application.properties", "application.yml",
            "application.yaml", "META-INF/persistence.xml");

    // Spring Boot's names for {vendor}: the JDBC URL's subprotocol (postgresql, mysql, mariadb, h2, sqlite …).
    private static String vendor(DatabaseUrl url) {
        String rest = url.jdbcUrl().substring("jdbc:".length());
        return rest.substring(0, Math.max(0, rest.indexOf(':')));
    }
}
