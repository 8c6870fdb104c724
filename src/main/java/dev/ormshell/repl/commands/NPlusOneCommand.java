package dev.ormshell.repl.commands;

import dev.ormshell.orm.AssociationLoads;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /nplusone on|off: warn when one input loads objects one select at a time through an association. */
public final class NPlusOneCommand implements ShellCommand {

    @Override
    public String name() {
        return "nplusone";
    }

    @Override
    public String usage() {
        return "/nplusone on|off";
    }

    @Override
    public String help() {
        return "warn when an input loads " + AssociationLoads.THRESHOLD
                + "+ objects one select each through an association (N+1; on at a terminal)";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Boolean on = OnOff.parse(arguments);
        if (on == null) {
            return OnOff.status(arguments, "nplusone", shell.insight().nPlusOneWarnings(), shell);
        }
        shell.insight().setNPlusOneWarnings(on);
        shell.output().notice("N+1 warnings are " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }
}
