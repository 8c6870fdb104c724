package dev.ormshell.repl.commands;

import dev.ormshell.repl.Shell;

/** /stats on|off: after each input that sent SQL, how many statements of each kind, and the database's time. */
public final class StatsCommand extends OnOffSetting {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String help() {
        return "after each input, how many statements it sent, by kind, and their time";
    }

    @Override
    String setting() {
        return "Statement counts";
    }

    @Override
    boolean isOn(Shell shell) {
        return shell.insight().stats();
    }

    @Override
    void set(Shell shell, boolean on) {
        shell.insight().setStats(on);
    }
}
