package dev.ormshell.repl;

import dev.ormshell.repl.commands.ContextCommand;
import dev.ormshell.repl.commands.ExitCommand;
import dev.ormshell.repl.commands.HelpCommand;
import dev.ormshell.repl.commands.VarsCommand;

/** The commands every shell has; wired in one place. */
public final class StandardCommands {

    private StandardCommands() {
    }

    public static CommandRegistry registry() {
        return new CommandRegistry()
                .add(new HelpCommand())
                .add(new ContextCommand(ShellContext.describe()))
                .add(new VarsCommand())
                .add(new dev.ormshell.repl.commands.DbCommand())
                .add(new ExitCommand());
    }
}
