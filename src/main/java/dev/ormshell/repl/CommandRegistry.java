package dev.ormshell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shell's {@code /commands}, found by name or by a unique prefix (as in jshell). */
public final class CommandRegistry {

    private final List<ShellCommand> commands = new ArrayList<>();

    public CommandRegistry add(ShellCommand command) {
        commands.add(command);
        return this;
    }

    public List<ShellCommand> all() {
        return List.copyOf(commands);
    }

    /** The command a name means: an exact match, else the only command starting with it. */
    public Optional<ShellCommand> find(String name) {
        for (ShellCommand command : commands) {
            if (command.name().equals(name)) {
                return Optional.of(command);
            }
        }
        List<ShellCommand> prefixed = commands.stream().filter(c -> c.name().startsWith(name)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** Runs one command line such as {@code /schema users}. */
    Outcome run(String line, Shell shell) {
        InputLine command = InputLine.of(line);
        String name = command.commandName();
        return find(name)
                .map(found -> found.run(command.arguments(), shell))
                .orElseGet(() -> Outcome.error("unknown command /" + name + ": /help lists the commands"));
    }
}
