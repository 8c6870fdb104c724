package dev.ormshell.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The command line of the shell itself ({@code ./shell.sh --url … --project …}, most starts) and
 * of {@code run FILE words…} after those options, read without picocli. Picocli's classes are too
 * old for the class-data archive, so each is read and verified at every start, and building the
 * command's model by reflection kept the main thread from opening the database for a further
 * 0.25-0.35 s (ORMSHELL_STARTUP_TRACE on a loaded machine: launch 0.80-1.2 s after shell.sh
 * started, against 0.50-0.72 s without). Anything else — a subcommand, help, an unknown or
 * repeated option, a value that looks like an option — is left to picocli, so every message is
 * still picocli's own.
 */
final class ShellArguments {

    private ShellArguments() {
    }

    /** The options, when every argument is one of the shell's own options (each at most once); else null. */
    static ShellOptions read(String[] args) {
        ShellOptions options = new ShellOptions();
        return readOptions(args, options) == args.length ? options : null;
    }

    /**
     * The command these arguments run, when they are the shell's own options and then nothing (the
     * shell) or {@code run FILE} with words for the script that do not look like options; else null.
     */
    static Callable<Integer> command(String[] args) {
        ShellOptions options = new ShellOptions();
        int end = readOptions(args, options);
        Main main = new Main();
        main.options = options;
        if (end == args.length) {
            return main;
        }
        if (end < 0 || !args[end].equals("run") || end + 1 >= args.length) {
            return null;
        }
        String file = args[end + 1];
        List<String> words = Arrays.asList(args).subList(end + 2, args.length);
        if ((file.startsWith("-") && !file.equals("-")) || words.stream().anyMatch(word -> word.startsWith("-"))) {
            return null;
        }
        RunCommand run = new RunCommand();
        run.main = main;
        run.file = file;
        run.arguments = new ArrayList<>(words);
        return run;
    }

    // Reads the shell's options from the start of args into options: the index of the first word
    // that is not an option, or -1 when an option is not the shell's or not as picocli would take it.
    private static int readOptions(String[] args, ShellOptions options) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!seen.add(name)) {
                return -1;
            }
            if (name.equals("--no-context") || name.equals("--debug")) {
                if (equals > 0) {
                    return -1;
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
                return -1;
            }
            if (!set(options, name, value)) {
                return -1;
            }
        }
        return i;
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
