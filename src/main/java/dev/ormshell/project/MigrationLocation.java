package dev.ormshell.project;

import dev.ormshell.config.DatabaseUrl;
import java.nio.file.Path;

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
        if (projectDir == null) {
            return null;
        }
        String path = location.replace("{vendor}", vendor(url));
        if (path.startsWith("filesystem:")) {
            return projectDir.resolve(path.substring("filesystem:".length())).normalize();
        }
        String resource = path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
        return projectDir.resolve("src/main/resources").resolve(resource.replaceFirst("^/+", "")).normalize();
    }

    // Spring Boot's names for {vendor}: the JDBC URL's subprotocol (postgresql, mysql, mariadb, h2, sqlite …).
    private static String vendor(DatabaseUrl url) {
        String rest = url.jdbcUrl().substring("jdbc:".length());
        return rest.substring(0, Math.max(0, rest.indexOf(':')));
    }
}
