package dev.ormshell.repl.commands;

import dev.ormshell.orm.AssociationLoads;
import dev.ormshell.repl.Shell;

/** /nplusone on|off: warn when one input loads objects one select at a time through an association. */
public final class NPlusOneCommand extends OnOffSetting {

    @Override
    public String name() {
        return "nplusone";
    }

    @Override
    public String help() {
        return "warn when an input loads " + AssociationLoads.THRESHOLD + "+ objects one select each (N+1)";
    }

    @Override
    String setting() {
        return "N+1 warnings";
    }

    @Override
    boolean isOn(Shell shell) {
        return shell.insight().nPlusOneWarnings();
    }

    @Override
    void set(Shell shell, boolean on) {
        shell.insight().setNPlusOneWarnings(on);
    }
}
