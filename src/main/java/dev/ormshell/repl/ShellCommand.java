package dev.ormshell.repl;

/** One {@code /command} of the shell. */
public interface ShellCommand {

    /** The name, without the slash. */
    String name();

    /** How to call it, e.g. {@code /schema [table]}. */
    default String usage() {
        return "/" + name();
    }

    /** What it does, in one line for /help. */
    String help();

    /** Runs it; the arguments are the rest of the line, stripped. */
    Outcome run(String arguments, Shell shell);
}
