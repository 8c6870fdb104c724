package dev.ormshell.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The command line of the shell itself ({@code ./shell.sh --url … --project …}, most starts), read
 * without picocli: picocli's classes are too old for the class-data archive, so each is read and
 * verified at every start, and building the command's model by reflection kept the main thread
 * about 0.3 s from opening the database (ORMSHELL_STARTUP_TRACE, launch at 0.80-1.2 s against
 * 0.50-0.72 s without). Anything else — a subcommand, help, an unknown or repeated option, a value
 * that looks like an option — is left to picocli, so every message is still picocli's own.
 */
final class ShellArguments {

    private ShellArguments() {
    }

    /** The options, when every argument is one of the shell's own options (each at most once); else null. */
    static ShellOptions read(String[] args) {
        ShellOptions options = new ShellOptions();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!seen.add(name)) {
                return null;
            }
            if (name.equals("--no-context") || name.equals("--debug")) {
                if (equals > 0) {
                    return null;
                }
                options.noContext |= name.equals("--no-context");
                options.debug |= name.equals("--debug");
                continue;
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return null;
            }
            if (!set(options, name, value)) {
                return null;
            }
        }
        return options;
    }

    // False for a name that is not one of the shell's options with a value, or a value that is not a path.
    private static boolean set(ShellOptions options, String name, String value) {
        try {
            switch (name) {
                case "--url" -> options.url = value;
                case "--project" -> options.project = Path.of(value);
                case "--classpath" -> options.classpath = value;
                case "--profile" -> options.profile = value;
                case "--context" -> options.context = Path.of(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
