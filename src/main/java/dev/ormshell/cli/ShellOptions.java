package dev.ormshell.cli;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.project.ConfiguredDatabase;
import dev.ormshell.project.LoadedModel;
import dev.ormshell.project.ModelSource;
import dev.ormshell.repl.ContextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command shares: which model, which database, and how much to say. They are
 * inherited, so {@code --url X run f.jsh} and {@code run --url X f.jsh} mean the same.
 */
final class ShellOptions {

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (default: $DATABASE_URL, else the project's own, else " + DatabaseUrl.DEFAULT + ")")
    String url;

    @Option(names = "--project", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Open the entities of this Maven project (built with its own Maven when needed)")
    Path project;

    @Option(names = "--classpath", paramLabel = "PATHS", scope = ScopeType.INHERIT,
            description = "Open the entities in these class folders and jars (separated by ':'), for other builds")
    String classpath;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The project's Spring profile (default: $SPRING_PROFILES_ACTIVE)")
    String profile;

    @Option(names = "--context", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Run this file after the preload (default: " + ContextFile.DEFAULT_NAME
                    + " in the working directory, or in the project's root with --project)")
    Path context;

    @Option(names = "--no-context", scope = ScopeType.INHERIT, description = "Do not run a context file")
    boolean noContext;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show library logs and stack traces")
    boolean debug;

    /**
     * shell.sh hands the JVM the --url it was given in this variable, not as an argument: every
     * local user can read a process's arguments (ps), only its owner its environment.
     */
    static final String LAUNCHER_URL = "ORMSHELL_LAUNCHER_URL";

    /** The URL given with --url (to the JVM, or to shell.sh), or null. */
    String givenUrl() {
        return url != null ? url : System.getenv(LAUNCHER_URL);
    }

    private LoadedModel model;

    /** Where the model comes from: the project, the class path, or the built-in Role/User. */
    ModelSource modelSource() {
        if (project != null && classpath != null) {
            throw new UserError("Give --project or --classpath, not both");
        }
        if (project != null) {
            return ModelSource.mavenProject(project, profile, System.err);
        }
        if (classpath != null) {
            return ModelSource.classpath(classpath, profile);
        }
        if (profile != null) {
            throw new UserError("--profile chooses the Spring profile of a project: give --project too");
        }
        return ModelSource.builtIn();
    }

    /** Where /reload builds the model again: the project or class path anew, the built-in model from its sources. */
    ModelSource reloadSource() {
        return project == null && classpath == null ? ModelSource.builtInFromSources() : modelSource();
    }

    /** The model, loaded once per command (maybe already while the command line was read). */
    LoadedModel model() {
        if (model == null) {
            ModelSource source = modelSource();
            LoadedModel early = ModelHeadStart.take(project, classpath, profile);
            model = early != null ? early : source.load();
        }
        return model;
    }

    /** The context file to run after the preload, or null: --context, else shell_context.jsh if there is one. */
    ContextFile contextFile() {
        if (noContext) {
            return null;
        }
        if (context != null) {
            if (!Files.isRegularFile(context)) {
                throw new UserError("--context: " + context + (Files.isDirectory(context) ? " is a folder" : ": no such file"));
            }
            return new ContextFile(context);
        }
        Path found = project != null ? project.resolve(ContextFile.DEFAULT_NAME) : Path.of(ContextFile.DEFAULT_NAME);
        return Files.isRegularFile(found) ? new ContextFile(found) : null;
    }

    /** The database: --url, else $DATABASE_URL, else the one the project's configuration names, else the default. */
    ConfiguredDatabase database() {
        if (givenUrl() != null) {
            return new ConfiguredDatabase(DatabaseUrl.parse(givenUrl()), null, false);
        }
        String environment = System.getenv("DATABASE_URL");
        if (environment != null && !environment.isBlank()) {
            return new ConfiguredDatabase(DatabaseUrl.parse(environment), "$DATABASE_URL", false);
        }
        ConfiguredDatabase configured = model().configuredDatabase();
        if (configured != null) {
            return configured;
        }
        boolean opensProject = project != null || classpath != null;
        return new ConfiguredDatabase(DatabaseUrl.parse(DatabaseUrl.DEFAULT),
                opensProject ? "the default (the project's configuration names no database)" : null, false);
    }
}
