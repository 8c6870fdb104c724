package dev.ormshell.repl.commands;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** /save FILE: writes what was typed this session and took effect, as a script for /open or run. */
public final class SaveCommand implements ShellCommand {

    @Override
    public String name() {
        return "save";
    }

    @Override
    public String usage() {
        return "/save <file>";
    }

    @Override
    public String help() {
        return "save this session's snippets and commands as a script (./shell.sh run or /open replays it)";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.FILE;
    }

    @Override
    public Outcome run(String file, Shell shell) {
        if (file.isBlank()) {
            return Outcome.error("/save needs a file name, e.g. /save experiment.jsh");
        }
        List<String> units = shell.transcript();
        try {
            Path path = Path.of(file);
            Files.writeString(path, units.isEmpty() ? "" : String.join("\n", units) + "\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Outcome.error("cannot save to " + file + ": " + e.getMessage());
        }
        shell.output().notice("Saved " + units.size() + (units.size() == 1 ? " entry" : " entries") + " to " + file + ".");
        return Outcome.NOTHING;
    }
}
