package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code db upgrade}: applies the pending migrations. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply the pending migrations (up to VERSION).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Parameters(arity = "0..1", paramLabel = "VERSION", description = "Stop at this version (default: the newest)")
    String version;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.upgrade(version)));
    }
}
