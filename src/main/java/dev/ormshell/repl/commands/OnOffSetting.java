package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** A command that turns one of the shell's settings on or off; without an argument it says which. */
abstract class OnOffSetting implements ShellCommand {

    /** The setting now. */
    abstract boolean isOn(Shell shell);

    abstract void set(Shell shell, boolean on);

    /** What the setting is called in the sentence that confirms it, e.g. "Timing" in "Timing is on.". */
    abstract String setting();

    @Override
    public String usage() {
        return "/" + name() + " on|off";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Boolean on = OnOff.parse(arguments);
        if (on == null) {
            return OnOff.status(arguments, name(), isOn(shell), shell);
        }
        set(shell, on);
        shell.output().notice(setting() + " " + (setting().endsWith("s") ? "are" : "is") + " " + (on ? "on" : "off") + ".");
        return Outcome.NOTHING;
    }
}
