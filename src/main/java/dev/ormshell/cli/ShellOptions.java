package dev.ormshell.cli;

import dev.ormshell.config.DatabaseUrl;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command shares: which database, and how much to say. They are inherited,
 * so {@code --url X run f.jsh} and {@code run --url X f.jsh} mean the same.
 */
final class ShellOptions {

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (default: $DATABASE_URL, else " + DatabaseUrl.DEFAULT + ")")
    String url;

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

    DatabaseUrl databaseUrl() {
        String chosen = givenUrl() != null ? givenUrl() : System.getenv("DATABASE_URL");
        return DatabaseUrl.parse(chosen == null || chosen.isBlank() ? DatabaseUrl.DEFAULT : chosen);
    }
}
