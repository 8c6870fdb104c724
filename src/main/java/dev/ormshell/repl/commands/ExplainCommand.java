package dev.ormshell.repl.commands;

import dev.ormshell.orm.Explain;
import dev.ormshell.orm.ModelQuery;
import dev.ormshell.orm.QueryPlan;
import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.List;

/** /explain: the database's plan for a query expression (User.query…) or an HQL query (/explain /hql …). */
public final class ExplainCommand implements ShellCommand {

    private static final String EXAMPLE = "e.g. /explain User.query.filterBy(\"username\", \"john\") or /explain /hql from User u join fetch u.role";

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String usage() {
        return "/explain <query>";
    }

    @Override
    public String help() {
        return "the database's plan for a query expression or /hql …, e.g. /explain User.query.all()";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.JAVA;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (arguments.isBlank()) {
            return Outcome.error("/explain needs a query, " + EXAMPLE);
        }
        if (arguments.startsWith("/hql")) {
            String hql = arguments.substring("/hql".length()).strip();
            if (hql.isEmpty()) {
                return Outcome.error("/explain /hql needs a query, e.g. /explain /hql from User u join fetch u.role");
            }
            shell.output().println(Explain.hql(shell.db(), hql).toString());
            return Outcome.NOTHING;
        }
        List<Outcome> outcomes = shell.evaluate(arguments);
        Outcome last = outcomes.isEmpty() ? Outcome.NOTHING : outcomes.get(outcomes.size() - 1);
        if (last.ends()) {
            return last;
        }
        Object value = last.value();
        if (value instanceof ModelQuery<?> query) {
            value = query.explain();
        }
        if (!(value instanceof QueryPlan plan)) {
            String got = value == null ? "nothing" : "a value of type " + value.getClass().getSimpleName();
            return Outcome.error("/explain needs a query such as User.query.filterBy(…), got " + got + "; " + EXAMPLE);
        }
        shell.output().println(plan.toString());
        return Outcome.NOTHING;
    }
}
