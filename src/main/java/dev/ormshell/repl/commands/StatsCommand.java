package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /stats on|off: after each input that sent SQL, how many statements of each kind, and the database's time. */
public final class StatsCommand implements ShellCommand {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "/stats on|off";
    }

    @Override
    public String help() {
        return "after each input, the statements it sent by kind and their time (db.stats() in scripts)";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Boolean on = OnOff.parse(arguments);
        if (on == null) {
            return OnOff.status(arguments, "stats", shell.insight().stats(), shell);
        }
        shell.insight().setStats(on);
        shell.output().notice("Statement counts are " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }
}
