package dev.ormshell.migrate.commands;

import dev.ormshell.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code db init}: creates the migrations folder; needs no database. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create the migrations folder with a README on naming.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    DbCommands db;

    @Override
    public Integer call() {
        return db.print(Migrations.init(db.folderToCreate()));
    }
}
