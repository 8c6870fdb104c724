package dev.ormshell.repl.commands;

import dev.ormshell.repl.Shell;

/** /timing on|off: show how long each snippet or command took. */
public final class TimingCommand extends OnOffSetting {

    @Override
    public String name() {
        return "timing";
    }

    @Override
    public String help() {
        return "show how long each snippet or command took";
    }

    @Override
    String setting() {
        return "Timing";
    }

    @Override
    boolean isOn(Shell shell) {
        return shell.timing();
    }

    @Override
    void set(Shell shell, boolean on) {
        shell.setTiming(on);
    }
}
