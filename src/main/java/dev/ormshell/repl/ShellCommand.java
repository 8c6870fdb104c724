package dev.ormshell.repl;

import java.util.List;

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

    /** What the arguments are written in, for completion and highlighting. */
    default ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.WORDS;
    }

    /** For {@link ArgumentSyntax#WORDS}: the words the argument may be (offered by Tab). */
    default List<String> argumentWords(Shell shell) {
        return List.of();
    }
}
