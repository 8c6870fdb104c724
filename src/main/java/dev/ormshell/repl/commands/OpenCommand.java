package dev.ormshell.repl.commands;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** /open FILE: runs a script in this shell, as if it were typed; it stops at its first error. */
public final class OpenCommand implements ShellCommand {

    @Override
    public String name() {
        return "open";
    }

    @Override
    public String usage() {
        return "/open <file>";
    }

    @Override
    public String help() {
        return "run a script of snippets and commands in this shell";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.FILE;
    }

    @Override
    public Outcome run(String file, Shell shell) {
        if (file.isBlank()) {
            return Outcome.error("/open needs a file name, e.g. /open experiment.jsh");
        }
        try {
            return shell.runScript(Path.of(file));
        } catch (InvalidPathException e) {
            return Outcome.error("cannot open " + file + ": not a file name");
        }
    }
}
