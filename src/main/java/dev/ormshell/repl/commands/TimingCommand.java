package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /timing on|off: show how long each snippet or command took. */
public final class TimingCommand implements ShellCommand {

    @Override
    public String name() {
        return "timing";
    }

    @Override
    public String usage() {
        return "/timing on|off";
    }

    @Override
    public String help() {
        return "show how long each snippet or command took";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Boolean on = OnOff.parse(arguments);
        if (on == null) {
            return OnOff.status(arguments, "timing", shell.timing(), shell);
        }
        shell.setTiming(on);
        shell.output().notice("Timing is " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }
}
