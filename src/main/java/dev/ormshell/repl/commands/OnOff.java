package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import java.util.List;
import java.util.Locale;

/** The on|off argument that /echo, /timing and /sandbox share. */
final class OnOff {

    static final List<String> WORDS = List.of("on", "off");

    private OnOff() {
    }

    /** TRUE for on, FALSE for off, null for anything else (including nothing). */
    static Boolean parse(String argument) {
        return switch (argument.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Without an argument, says whether the setting is on; with another word, explains the usage. */
    static Outcome status(String argument, String setting, boolean on, Shell shell) {
        if (!argument.isBlank()) {
            return Outcome.error("/" + setting + " takes on or off, not '" + argument + "'");
        }
        shell.output().println(setting + " is " + (on ? "on" : "off"));
        return Outcome.NOTHING;
    }
}
