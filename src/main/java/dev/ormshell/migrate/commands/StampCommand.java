package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code db stamp}: sets the version without running SQL. */
@Command(name = "stamp", mixinStandardHelpOptions = true, description = "Mark the database as being at VERSION, up or down (0: none applied), without running anything.")
final class StampCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Parameters(paramLabel = "VERSION", description = "The version the database already has")
    String version;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.stamp(version)));
    }
}
