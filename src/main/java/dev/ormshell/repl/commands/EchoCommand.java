package dev.ormshell.repl.commands;

import dev.ormshell.orm.SpyingDataSource;
import dev.ormshell.render.SqlEcho;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /echo on|off: print every SQL statement with its bound values, as SQLALCHEMY_ECHO does. */
public final class EchoCommand implements ShellCommand {

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
        return "print every SQL statement with its bound values";
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
            return OnOff.status(arguments, "echo", source.listener() != null, shell);
        }
        source.setListener(on ? (sql, parameters) -> shell.output().notice(SqlEcho.format(sql, parameters)) : null);
        shell.output().notice("SQL echo is " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }
}
