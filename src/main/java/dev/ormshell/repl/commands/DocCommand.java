package dev.ormshell.repl.commands;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /doc: the signatures (and Javadoc) of a method or type, e.g. /doc User.query.filterBy (Shift-Tab does it in place). */
public final class DocCommand implements ShellCommand {

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public String usage() {
        return "/doc <expression>";
    }

    @Override
    public String help() {
        return "show the signature of a method or type, e.g. /doc db.session.add (Shift-Tab while typing)";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.JAVA;
    }

    @Override
    public Outcome run(String code, Shell shell) {
        if (code.isBlank()) {
            return Outcome.error("/doc needs a name, e.g. /doc User.query.filterBy");
        }
        // JShell documents the call the cursor is in, so ask as if an argument list were open.
        String asked = code.endsWith(")") || code.endsWith("(") ? code : code + "(";
        List<String> docs = shell.evaluator().documentation(asked, asked.length());
        if (docs.isEmpty()) {
            docs = shell.evaluator().documentation(code, code.length());
        }
        if (docs.isEmpty()) {
            return Outcome.error("no documentation found for " + code);
        }
        shell.output().println(String.join("\n", docs));
        return Outcome.NOTHING;
    }
}
