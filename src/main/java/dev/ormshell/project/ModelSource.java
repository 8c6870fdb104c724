package dev.ormshell.project;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where the shell's model comes from: the built-in Role/User, a Maven project, or a class path.
 * {@link #load()} may be called again for a fresh class loader on the classes as they are now.
 */
public interface ModelSource {

    LoadedModel load();

    static ModelSource builtIn() {
        return LoadedModel::builtIn;
    }

    /** The built-in model compiled again from its sources (for /reload). */
    static ModelSource builtInFromSources() {
        return new BuiltInSources();
    }

    /** {@code --project DIR}; Maven's progress and compile errors go to {@code progress}. */
    static ModelSource mavenProject(Path dir, String profile, PrintStream progress) {
        MavenProject project = new MavenProject(dir, progress);
        return new ProjectModel(project::classpath, profile, System.getenv());
    }

    /** {@code --classpath a.jar:classes/}. */
    static ModelSource classpath(String entries, String profile) {
        return new ProjectModel(() -> ClasspathOption.parse(entries), profile, System.getenv());
    }
}
