package dev.ormshell.migrate.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db repair}: the history made to agree with the folder again. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Realign the history with the files (an edited comment, a renumbered branch) and remove failed rows; says what it changed.")
final class RepairCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(db.run(m -> m.repair()));
    }
}
