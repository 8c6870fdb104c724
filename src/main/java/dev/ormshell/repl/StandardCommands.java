package dev.ormshell.repl;

import dev.ormshell.repl.commands.ContextCommand;
import dev.ormshell.repl.commands.DbCommand;
import dev.ormshell.repl.commands.DocCommand;
import dev.ormshell.repl.commands.EchoCommand;
import dev.ormshell.repl.commands.ErdCommand;
import dev.ormshell.repl.commands.ExitCommand;
import dev.ormshell.repl.commands.FormatCommand;
import dev.ormshell.repl.commands.ExplainCommand;
import dev.ormshell.repl.commands.HelpCommand;
import dev.ormshell.repl.commands.HistoryCommand;
import dev.ormshell.repl.commands.HqlCommand;
import dev.ormshell.repl.commands.NPlusOneCommand;
import dev.ormshell.repl.commands.OpenCommand;
import dev.ormshell.repl.commands.PendingCommand;
import dev.ormshell.repl.commands.ReloadCommand;
import dev.ormshell.repl.commands.ResetCommand;
import dev.ormshell.repl.commands.RowsCommand;
import dev.ormshell.repl.commands.SandboxCommand;
import dev.ormshell.repl.commands.SaveCommand;
import dev.ormshell.repl.commands.SchemaCommand;
import dev.ormshell.repl.commands.SqlCommand;
import dev.ormshell.repl.commands.StatsCommand;
import dev.ormshell.repl.commands.TableCommand;
import dev.ormshell.repl.commands.TablesCommand;
import dev.ormshell.repl.commands.TimingCommand;
import dev.ormshell.repl.commands.TranscriptCommand;
import dev.ormshell.repl.commands.VarsCommand;

/** The commands every shell has; wired in one place. */
public final class StandardCommands {

    private StandardCommands() {
    }

    public static CommandRegistry registry() {
        return registry(null);
    }

    /** The commands, /db on the given migrations folder (a project's) instead of the shell's default. */
    public static CommandRegistry registry(java.nio.file.Path migrations) {
        return new CommandRegistry()
                .add(new HelpCommand())
                .add(new ContextCommand())
                .add(new VarsCommand())
                .add(new HistoryCommand())
                .add(new TablesCommand())
                .add(new SchemaCommand())
                .add(new ErdCommand())
                .add(new SqlCommand())
                .add(new HqlCommand())
                .add(new TableCommand())
                .add(new FormatCommand())
                .add(new RowsCommand())
                .add(new EchoCommand())
                .add(new StatsCommand())
                .add(new NPlusOneCommand())
                .add(new PendingCommand())
                .add(new ExplainCommand())
                .add(new TimingCommand())
                .add(new SandboxCommand())
                .add(new TranscriptCommand())
                .add(new DocCommand())
                .add(new SaveCommand())
                .add(new OpenCommand())
                .add(new ResetCommand())
                .add(new ReloadCommand())
                .add(new DbCommand(migrations))
                .add(new ExitCommand());
    }
}
