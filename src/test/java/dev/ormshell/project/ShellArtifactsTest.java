package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellArtifactsTest {

    private final ShellArtifacts shell = ShellArtifacts.of(List.of(
            "/home/u/orm-shell/target/orm-shell-classes.jar",
            "/home/u/.m2/repository/org/hibernate/orm/hibernate-core/7.4.13.Final/hibernate-core-7.4.13.Final.jar",
            "/home/u/.m2/repository/jakarta/persistence/jakarta.persistence-api/3.2.0/jakarta.persistence-api-3.2.0.jar"));

    @Test
    void anArtifactTheShellShipsInAnyVersionIsLeftOut() {
        assertTrue(shell.ships(artifact("org.hibernate.orm", "hibernate-core", "7.2.19.Final")));
        assertTrue(shell.ships(artifact("jakarta.persistence", "jakarta.persistence-api", "3.1.0")));
    }

    @Test
    void anotherArtifactOrOneWithoutCoordinatesIsKept() {
        assertFalse(shell.ships(artifact("org.hibernate.orm", "hibernate-envers", "7.4.13.Final")));
        // Same artifact name, another group: not the same artifact.
        assertFalse(shell.ships(artifact("org.example.orm", "hibernate-core", "1.0")));
        assertFalse(shell.ships(Artifact.unknown(Path.of("/p/target/classes"))));
    }

    private static Artifact artifact(String group, String name, String version) {
        return new Artifact(group, name, version, Path.of("/elsewhere/" + name + "-" + version + ".jar"));
    }
}
