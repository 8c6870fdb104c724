package dev.ormshell.cli;

import dev.ormshell.config.DatabaseUrl;
import picocli.CommandLine.Option;

/** The options every command shares: which database, and how much to say. */
final class ShellOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (default: $DATABASE_URL, else " + DatabaseUrl.DEFAULT + ")")
    String url;

    @Option(names = "--debug", description = "Show library logs and stack traces")
    boolean debug;

    DatabaseUrl databaseUrl() {
        String chosen = url != null ? url : System.getenv("DATABASE_URL");
        return DatabaseUrl.parse(chosen == null || chosen.isBlank() ? DatabaseUrl.DEFAULT : chosen);
    }
}
