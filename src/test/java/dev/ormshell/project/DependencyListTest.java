package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyListTest {

    @Test
    void readsCoordinatesAndPathsInClassPathOrderAndSkipsTheRest() {
        List<Artifact> artifacts = DependencyList.parse(List.of(
                "",
                "The following files have been resolved:",
                "   org.hibernate.orm:hibernate-core:jar:7.2.19.Final:compile:/r/org/hibernate/orm/hibernate-core/7.2.19.Final/hibernate-core-7.2.19.Final.jar -- module org.hibernate.orm.core [auto]",
                "   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.2.1.Final:runtime:/r/io/netty/x.jar",
                "   com.h2database:h2:jar:2.3.232:runtime:/r/com/h2database/h2/2.3.232/h2-2.3.232.jar",
                "   org.projectlombok:lombok:jar:1.18.42:compile:/r/lombok-1.18.42.jar (optional) -- module lombok"));
        assertEquals(List.of(
                new Artifact("org.hibernate.orm", "hibernate-core", "7.2.19.Final",
                        Path.of("/r/org/hibernate/orm/hibernate-core/7.2.19.Final/hibernate-core-7.2.19.Final.jar")),
                new Artifact("io.netty", "netty-transport-native-epoll", "4.2.1.Final", Path.of("/r/io/netty/x.jar")),
                new Artifact("com.h2database", "h2", "2.3.232", Path.of("/r/com/h2database/h2/2.3.232/h2-2.3.232.jar")),
                new Artifact("org.projectlombok", "lombok", "1.18.42", Path.of("/r/lombok-1.18.42.jar"))),
                artifacts);
    }

    @Test
    void aCachedLineReadsBackAsTheSameArtifact() {
        Artifact jar = new Artifact("org.example", "lib", "1.0", Path.of("/r/lib.jar"));
        Artifact folder = Artifact.unknown(Path.of("/p/target/classes"));
        assertEquals(jar, Artifact.ofLine(jar.toLine()));
        assertEquals(folder, Artifact.ofLine(folder.toLine()));
    }
}
