package dev.ormshell.repl.commands;

import dev.ormshell.orm.FlushPreview;
import dev.ormshell.orm.PendingChange;
import dev.ormshell.render.SqlEcho;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** /pending: what the next flush or commit would send (inserts, updates of changed columns, deletes), sending nothing. */
public final class PendingCommand implements ShellCommand {

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public String help() {
        return "what the next flush or commit would send (sends nothing)";
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (!arguments.isBlank()) {
            return Outcome.error("/pending takes no arguments");
        }
        List<PendingChange> changes = FlushPreview.of(shell.db());
        if (changes.isEmpty()) {
            shell.output().println("Nothing to flush: no new, changed or deleted objects.");
            return Outcome.NOTHING;
        }
        Map<PendingChange.Kind, Integer> counts = new EnumMap<>(PendingChange.Kind.class);
        for (PendingChange change : changes) {
            shell.output().println(statement(change));
            counts.merge(change.kind(), 1, Integer::sum);
        }
        StringJoiner summary = new StringJoiner(", ", "(", ": sent at the next flush or commit)");
        counts.forEach((kind, n) -> summary.add(n + " " + kind.name().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "s")));
        shell.output().println(summary.toString());
        return Outcome.NOTHING;
    }

    /** The change as the SQL it stands for, then the object (and, for an update, the old values) after "--". */
    static String statement(PendingChange change) {
        return switch (change.kind()) {
            case INSERT -> "insert into " + change.table() + " (" + String.join(", ", change.columns().keySet()) + ") values ("
                    + change.columns().values().stream().map(PendingCommand::literal).collect(Collectors.joining(", "))
                    + ")  -- " + change.text();
            case UPDATE -> "update " + change.table() + " set " + assignments(change.columns(), " = ", ", ")
                    + " where " + change.idColumn() + " = " + literal(change.id())
                    + "  -- " + change.text() + ", " + assignments(change.oldValues(), " was ", ", ");
            case DELETE -> "delete from " + change.table() + " where " + change.idColumn() + " = " + literal(change.id())
                    + "  -- " + change.text();
        };
    }

    private static String assignments(Map<String, Object> columns, String between, String separator) {
        return columns.entrySet().stream().map(column -> column.getKey() + between + literal(column.getValue()))
                .collect(Collectors.joining(separator));
    }

    private static String literal(Object value) {
        return value instanceof PendingChange.IdOf reference ? reference.toString() : SqlEcho.literal(value);
    }
}
