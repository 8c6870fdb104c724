package dev.ormshell.repl.commands;

import dev.ormshell.orm.HqlCheck;
import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.ResultTarget;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /hql: runs an HQL query over the entities; results print in the current format, updates say
 * how many rows. With {@code > FILE} every row is written, streamed through a stateless session
 * on the session's own connection (so a million entities are never held at once).
 */
public final class HqlCommand implements ShellCommand {

    private static final Pattern MUTATION = Pattern.compile("(?is)\\s*(update|delete|insert)\\b.*");
    private static final Pattern SELECT = Pattern.compile("(?i)^\\s*select\\s+(distinct\\s+)?");
    private static final Pattern FROM = Pattern.compile("(?i)\\sfrom\\s");

    @Override
    public String name() {
        return "hql";
    }

    @Override
    public String usage() {
        return "/hql <query> [> FILE]";
    }

    @Override
    public String help() {
        return "run an HQL query, e.g. /hql from User where username like 'd%'";
    }

    @Override
    public ArgumentSyntax argumentSyntax() {
        return ArgumentSyntax.HQL;
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        ResultTarget target = ResultTarget.of(arguments);
        String hql = target.body();
        if (hql.isBlank()) {
            return Outcome.error("/hql needs a query, e.g. /hql from Role");
        }
        var session = shell.db().session;
        var factory = shell.db().sessionFactory();
        if (MUTATION.matcher(hql).matches()) {
            HqlCheck.mutation(factory, hql);
            // Joins the session's transaction, so /exit asks about it and a rollback undoes it.
            int count = session.withConnection(true, connection -> session.hibernate().createMutationQuery(hql).executeUpdate());
            shell.output().println(count + (count == 1 ? " row" : " rows") + " affected.");
            return Outcome.NOTHING;
        }
        HqlCheck.selection(factory, hql, Tuple.class, null);
        Outcome cannotWrite = target.check();
        if (cannotWrite != null) {
            return cannotWrite;
        }
        if (target.toFile()) {
            // The stateless session shares the session's connection: it sees what is not committed yet.
            try (StatelessSession reader = session.forQuery().statelessWithOptions().connection().open();
                 Stream<Tuple> results = reader.createQuery(hql, Tuple.class).setFetchSize(1000).getResultStream()) {
                target.deliver(shell.rowsOf(results.map(HqlCommand::value), selectList(hql), Integer.MAX_VALUE), shell);
            }
            return Outcome.NOTHING;
        }
        List<Object> values = session.hibernate().createQuery(hql, Tuple.class).getResultList().stream()
                .map(HqlCommand::value).toList();
        // Columns without an alias are headed by their expression ("u.role.name"), as psql does.
        shell.printRows(shell.rowsOf(values, selectList(hql)));
        return Outcome.NOTHING;
    }

    // A row of one expression is that value (an entity shows its columns); of several, the tuple.
    private static Object value(Tuple tuple) {
        return tuple.getElements().size() == 1 ? tuple.get(0) : tuple;
    }

    /** The expressions between "select" and the top-level "from", split at top-level commas. */
    static List<String> selectList(String hql) {
        Matcher select = SELECT.matcher(hql);
        if (!select.find()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = select.end();
        for (int i = start; i < hql.length(); i++) {
            char c = hql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                items.add(hql.substring(start, i).strip());
                start = i + 1;
            } else if (depth == 0 && FROM.matcher(hql).region(i, hql.length()).lookingAt()) {
                items.add(hql.substring(start, i).strip());
                return items;
            }
        }
        return items;
    }
}
