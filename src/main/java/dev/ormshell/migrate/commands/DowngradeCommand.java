package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code db downgrade}: runs undo scripts, newest first. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Undo the last migration (or down to VERSION; 0 undoes all) with the undo scripts.")
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Parameters(arity = "0..1", paramLabel = "VERSION", description = "Undo down to this version (default: the one before the current)")
    String version;

    @Option(names = "--sql", description = "Print the SQL it would run, with the version bookkeeping, and run nothing")
    boolean sql;

    @Override
    public Integer call() {
        return sql ? db.print(db.run(m -> m.downgradeSql(version))) : db.print(db.run(m -> m.downgrade(version)));
    }
}
