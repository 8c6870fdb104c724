package dev.ormshell.repl.commands;

import dev.ormshell.orm.SpyingDataSource;
import dev.ormshell.orm.SqlListener;
import dev.ormshell.orm.TransactionBoundary;
import dev.ormshell.render.SqlEcho;
import dev.ormshell.repl.Output;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/**
 * /echo on|off: print each SQL statement the user's operations send, with its bound values, and
 * where transactions begin and end, as SQLALCHEMY_ECHO does.
 */
public final class EchoCommand implements ShellCommand {

    private SqlListener echo;

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String usage() {
        return "/echo on|off";
    }

    @Override
    public String help() {
        return "print every SQL statement with its values, and BEGIN/COMMIT/ROLLBACK";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        SpyingDataSource source = shell.db().database().dataSource();
        Boolean on = OnOff.parse(arguments);
        if (on == null) {
            return OnOff.status(arguments, "echo", echo != null, shell);
        }
        if (echo != null) {
            source.removeListener(echo);
            echo = null;
        }
        if (on) {
            echo = new Printer(shell.output());
            source.addListener(echo);
        }
        shell.output().notice("SQL echo is " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }

    private record Printer(Output output) implements SqlListener {
        @Override
        public void executed(String sql, List<Object> parameters) {
            output.notice(SqlEcho.format(sql, parameters));
        }

        @Override
        public void transaction(TransactionBoundary boundary) {
            output.notice(boundary.toString());
        }
    }
}
