package dev.ormshell.project;

import java.util.List;
import java.util.Optional;

/**
 * The shell's Hibernate against the one a project is built on: the shell maps every model with
 * its own (one Hibernate on the class path), and says so when the project's is another version.
 */
final class HibernateVersions {

    private HibernateVersions() {
    }

    static String shell() {
        return org.hibernate.Version.getVersionString();
    }

    /** "; the project's own is 7.2.19.Final", or nothing when it is the same or there is none. */
    static String projectNote(List<Artifact> dependencies) {
        return project(dependencies).filter(v -> !v.equals(shell())).map(v -> "; the project's own is " + v).orElse("");
    }

    /** A warning when the project's Hibernate is another major version than the shell's. */
    static Optional<String> warning(List<Artifact> dependencies) {
        return project(dependencies).filter(v -> !major(v).equals(major(shell())))
                .map(v -> "Warning: the project is built on Hibernate " + v + " and ORM Shell maps it with Hibernate "
                        + shell() + ": what changed between major versions may behave differently here");
    }

    private static Optional<String> project(List<Artifact> dependencies) {
        return dependencies.stream()
                .filter(a -> a.is("org.hibernate.orm", "hibernate-core") || a.is("org.hibernate", "hibernate-core"))
                .map(Artifact::version).filter(v -> v != null).findFirst();
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
