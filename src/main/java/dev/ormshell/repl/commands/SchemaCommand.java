package dev.ormshell.repl.commands;

import dev.ormshell.render.Rows;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.SchemaReader;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import dev.ormshell.schema.ForeignKeyShape;
import java.util.ArrayList;
import java.util.List;

/** /schema [table]: the columns and indexes of one table, or of every table. */
public final class SchemaCommand implements ShellCommand {

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public String usage() {
        return "/schema [table]";
    }

    @Override
    public String help() {
        return "show the columns and indexes of a table (of every table without one)";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return shell.schema().tables();
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        SchemaReader schema = shell.schema();
        List<String> tables = schema.tables();
        if (arguments.isEmpty()) {
            if (tables.isEmpty()) {
                shell.output().println("(no tables)");
            }
            tables.forEach(table -> describe(table, shell));
            return Outcome.NOTHING;
        }
        String table = schema.find(arguments);
        if (table == null) {
            return Outcome.error("no table '" + arguments + "' (tables: " + String.join(", ", tables) + ")");
        }
        describe(table, shell);
        return Outcome.NOTHING;
    }

    private static void describe(String table, Shell shell) {
        shell.output().println("Table " + table);
        List<List<Object>> rows = new ArrayList<>();
        for (SchemaReader.Column column : shell.schema().columns(table)) {
            rows.add(List.of(column.name(), column.type(), column.nullable() ? "yes" : "no",
                    column.primaryKey() ? "primary key" : ""));
        }
        shell.printRows(new Rows(List.of("column", "type", "nullable", "key"), rows));
        for (SchemaReader.Index index : shell.schema().indexes(table)) {
            shell.output().println("index " + index.name() + (index.unique() ? " (unique)" : "") + " on "
                    + String.join(", ", index.columns()));
        }
        for (ForeignKeyShape key : shell.schema().foreignKeys(table)) {
            shell.output().println("foreign key " + (key.name() == null ? "" : key.name() + " ") + "("
                    + String.join(", ", key.columns()) + ") references " + key.referencedTable()
                    + " (" + String.join(", ", key.referencedColumns()) + ")");
        }
    }
}
