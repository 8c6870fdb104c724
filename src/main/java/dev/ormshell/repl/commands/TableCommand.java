package dev.ormshell.repl.commands;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.ResultTarget;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/**
 * /table: evaluates a Java expression and prints its value (a list of entities or rows) in the
 * current format, or writes all of it to a file ({@code > out.csv}; a stream is written as it comes).
 */
public final class TableCommand implements ShellCommand {

    @Override
    public String name() {
        return "table";
    }

    @Override
    public String usage() {
        return "/table <expression> [> FILE]";
    }

    @Override
    public String help() {
        return "print a list of entities or rows as a table, e.g. /table User.query.all()";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.JAVA;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        ResultTarget target = ResultTarget.of(arguments);
        String expression = target.body();
        if (expression.isBlank()) {
            return Outcome.error("/table needs an expression, e.g. /table User.query.all()");
        }
        Outcome cannotWrite = target.check();
        if (cannotWrite != null) {
            return cannotWrite;
        }
        List<Outcome> outcomes = shell.evaluator().evaluate(expression);
        Outcome last = outcomes.isEmpty() ? Outcome.NOTHING : outcomes.get(outcomes.size() - 1);
        if (last.failed()) {
            return last;
        }
        if (last.kind() != Outcome.Kind.VALUE) {
            return Outcome.error("/table needs an expression with a value, e.g. /table User.query.all()");
        }
        target.deliver(target.toFile() ? shell.rowsOf(last.value(), List.of(), Integer.MAX_VALUE) : shell.rowsOf(last.value()), shell);
        return Outcome.NOTHING;
    }
}
