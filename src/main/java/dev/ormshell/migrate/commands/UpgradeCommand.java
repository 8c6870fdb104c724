package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code db upgrade}: applies the pending migrations. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply the pending migrations (up to VERSION).")
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Parameters(arity = "0..1", paramLabel = "VERSION", description = "Stop at this version (default: the newest)")
    String version;

    @Option(names = "--sql", description = "Print the SQL it would run, with the version bookkeeping, and run nothing")
    boolean sql;

    @Override
    public Integer call() {
        return sql ? db.print(db.run(m -> m.upgradeSql(version))) : db.print(db.run(m -> m.upgrade(version)));
    }
}
