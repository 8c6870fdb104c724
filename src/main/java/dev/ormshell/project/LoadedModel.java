package dev.ormshell.project;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.model.Models;
import dev.ormshell.orm.Model;
import java.nio.file.Path;
import java.util.List;

/**
 * A model ready for the shell: its classes in their own class loader, what JShell compiles
 * against and imports, the database its application names, where its migrations are, and what
 * the banner says about it. Each {@link ModelSource#load()} gives a new one.
 */
public final class LoadedModel {

    private final String name;
    private final ClassLoader loader;
    private final List<Class<?>> classes;
    private final List<Path> compileClasspath;
    private final List<String> named;
    private final List<String> notes;
    private final ApplicationConfiguration configuration;
    private final Path projectDir;
    private final List<Path> modules;

    LoadedModel(String name, ClassLoader loader, List<Class<?>> classes, List<Path> compileClasspath, List<String> named,
                List<String> notes, ApplicationConfiguration configuration, Path projectDir, List<Path> modules) {
        this.name = name;
        this.loader = loader;
        this.classes = List.copyOf(classes);
        this.compileClasspath = List.copyOf(compileClasspath);
        this.named = List.copyOf(named);
        this.notes = List.copyOf(notes);
        this.configuration = configuration;
        this.projectDir = projectDir;
        this.modules = List.copyOf(modules);
    }

    /** The chapter's Role and User, from the shell's own class path. */
    static LoadedModel builtIn() {
        return new LoadedModel("the built-in model", Models.class.getClassLoader(), Models.ALL, List.of(),
                Models.ALL.stream().map(Class::getName).toList(), List.of(), null, null, List.of());
    }

    /** What Hibernate maps, with the application's settings for the database chosen. */
    public Model model(ConfiguredDatabase database) {
        if (configuration == null) {
            return new Model(name, loader, classes, java.util.Map.of(), List.of());
        }
        return new Model(name, loader, classes, configuration.settings(database.fromProject()),
                configuration.mappingResources());
    }

    /** The class loader of the model's classes; snippets load theirs as its children. */
    public ClassLoader loader() {
        return loader;
    }

    /** What JShell must compile against besides the shell's own class path. */
    public List<Path> compileClasspath() {
        return compileClasspath;
    }

    /**
     * The classes a user names in snippets (binary names): the mapped ones and the project's
     * own types their fields use (enums, value types), to be imported by simple name.
     */
    public List<String> namedClasses() {
        return named;
    }

    /** Lines for the banner: which settings map the model and Hibernate's version. */
    public List<String> notes() {
        return notes;
    }

    /** The database the application's own configuration names, or null. */
    public ConfiguredDatabase configuredDatabase() {
        return configuration == null ? null : configuration.database();
    }

    /** The project's migrations folder for this database, or null to use the shell's default. */
    public Path migrations(DatabaseUrl url) {
        return configuration == null ? null : MigrationLocation.resolve(configuration.flywayLocation(), projectDir, modules, url);
    }

    public String name() {
        return name;
    }
}
