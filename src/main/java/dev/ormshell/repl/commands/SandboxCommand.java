package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /sandbox on|off: as {@code rails console --sandbox}, nothing done in it is kept. */
public final class SandboxCommand implements ShellCommand {

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String usage() {
        return "/sandbox on|off";
    }

    @Override
    public String help() {
        return "commit only flushes; everything is rolled back at /sandbox off or on exit";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return OnOff.WORDS;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        Boolean on = OnOff.parse(arguments);
        boolean was = shell.unitOfWork().sandbox();
        if (on == null) {
            return OnOff.status(arguments, "sandbox", was, shell);
        }
        shell.unitOfWork().setSandbox(on);
        if (on) {
            shell.output().notice("Sandbox on: changes are visible in this shell but rolled back when the sandbox ends.");
        } else if (was) {
            shell.output().notice("Sandbox off: every change made in it was rolled back.");
        }
        return Outcome.NOTHING;
    }
}
