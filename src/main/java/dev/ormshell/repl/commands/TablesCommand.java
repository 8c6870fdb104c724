package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /tables: the tables of the database. */
public final class TablesCommand implements ShellCommand {

    @Override
    public String name() {
        return "tables";
    }

    @Override
    public String help() {
        return "list the tables of the database";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        List<String> tables = shell.schema().tables();
        shell.output().println(tables.isEmpty() ? "(no tables: db.createAll() or ./shell.sh db upgrade creates them)"
                : String.join("\n", tables));
        return Outcome.NOTHING;
    }
}
