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

    DatabaseUrl databaseUrl() {
        String chosen = url != null ? url : System.getenv("DATABASE_URL");
        return DatabaseUrl.parse(chosen == null || chosen.isBlank() ? DatabaseUrl.DEFAULT : chosen);
    }
}
