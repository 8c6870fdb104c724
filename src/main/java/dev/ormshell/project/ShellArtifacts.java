package dev.ormshell.project;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * What the shell itself ships (Hibernate, the JPA API, JDBC drivers, HikariCP, Flyway …), so that
 * a project's own copies of the same artifacts stay out of its class loader: one Hibernate, one
 * JPA API, one driver of each kind. The shell runs from jars in a Maven repository
 * ({@code …/org/hibernate/orm/hibernate-core/7.4.13.Final/hibernate-core-7.4.13.Final.jar}),
 * so an artifact's group and name can be told from its path.
 */
final class ShellArtifacts {

    private final List<String> paths;

    private ShellArtifacts(List<String> paths) {
        this.paths = paths.stream().map(p -> p.replace(File.separatorChar, '/')).toList();
    }

    static ShellArtifacts current() {
        return new ShellArtifacts(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
    }

    static ShellArtifacts of(List<String> paths) {
        return new ShellArtifacts(paths);
    }

    /** Whether the shell has an artifact of this group and name, in any version. */
    boolean ships(Artifact artifact) {
        if (artifact.groupId() == null) {
            return false;
        }
        String folder = "/" + artifact.groupId().replace('.', '/') + "/" + artifact.artifactId() + "/";
        String file = artifact.artifactId() + "-";
        for (String path : paths) {
            int at = path.lastIndexOf(folder);
            if (at >= 0) {
                String rest = path.substring(at + folder.length());
                // <version>/<artifactId>-<version>.jar, and nothing deeper.
                int slash = rest.indexOf('/');
                if (slash > 0 && rest.indexOf('/', slash + 1) < 0 && rest.startsWith(file, slash + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
