package dev.ormshell.repl.commands;

import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /history: what was run this session, numbered (Ctrl-R searches earlier sessions too). */
public final class HistoryCommand implements ShellCommand {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String help() {
        return "list the snippets and commands run this session (Ctrl-R searches all history)";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        List<String> entries = shell.transcript();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).replace("\n", "\n      ");
            shell.output().println(String.format("%4d  %s", i + 1, entry));
        }
        return Outcome.NOTHING;
    }
}
