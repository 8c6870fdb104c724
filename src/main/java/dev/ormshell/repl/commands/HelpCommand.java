package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;

/** /help: the commands, and how Java input works. */
public final class HelpCommand implements ShellCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String help() {
        return "list the commands";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        StringBuilder text = new StringBuilder("Type Java to run it; an expression's value is printed.\n")
                .append("  Role r = new Role(\"Admin\");  db.session.add(r);  db.session.commit();  Role.query.all()\n")
                .append("Commands:\n");
        int width = shell.commands().stream().mapToInt(c -> c.usage().length()).max().orElse(10);
        for (ShellCommand command : shell.commands()) {
            text.append("  ").append(String.format("%-" + width + "s", command.usage()))
                    .append("  ").append(command.help()).append('\n');
        }
        text.append("Keys: Tab completes (Java, commands, attribute, table and column names), Shift-Tab shows\n")
                .append("  signatures, Ctrl-R searches the history, Ctrl-C stops what is running, Ctrl-D leaves.");
        shell.output().println(text.toString().stripTrailing());
        return Outcome.NOTHING;
    }
}
