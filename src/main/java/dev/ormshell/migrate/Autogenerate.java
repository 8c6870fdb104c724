package dev.ormshell.migrate;

import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.schema.LiveSchema;
import dev.ormshell.schema.ModelSchema;
import dev.ormshell.schema.Schema;
import dev.ormshell.schema.SchemaChange;
import dev.ormshell.schema.SchemaDialect;
import dev.ormshell.schema.SchemaDiff;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code db migrate} and {@code db check}: the entity model compared with
 * the database (which must have every migration applied, as Alembic requires), and the
 * migration and undo scripts that close the gap.
 */
final class Autogenerate {

    private Autogenerate() {
    }

    static MigrationResult.Generated migrate(MigrationContext context, String message, Renames renames) {
        String slug = MigrationFolder.slug(message);
        requireUpToDate(context, "db migrate");
        Schema live = liveSchema(context);
        Schema model = ModelSchema.read(context.database().metadata());
        ColumnRenames.Resolved resolved = ColumnRenames.resolve(live, SchemaDiff.between(live, model), renames);
        Schema renamed = resolved.renamedLive();
        List<SchemaChange> rest = SchemaDiff.between(renamed, model);
        List<SchemaChange> changes = new ArrayList<>(resolved.renames());
        changes.addAll(rest);
        List<String> detected = changes.stream().flatMap(change -> change.describe().stream()).toList();
        if (changes.isEmpty()) {
            return new MigrationResult.Generated(detected, List.of(), List.of(), List.of());
        }
        refuseNotNullWithoutDefault(context, rest);
        List<String> lost = context.scriptDialect().wouldLose(renamed, model, rest);
        if (!lost.isEmpty()) {
            throw new MigrationException("db migrate would rebuild a table on " + context.dialect().productName()
                    + " and lose what the entities do not describe: " + String.join("; ", lost)
                    + ". Nothing was written: make that change in a migration of your own (db revision -m \"...\")");
        }
        SchemaDialect dialect = context.scriptDialect();
        List<String> upgrade = new ArrayList<>(dialect.statements(live, renamed, List.copyOf(resolved.renames())));
        upgrade.addAll(dialect.statements(renamed, model, rest));
        List<String> undo = new ArrayList<>(dialect.statements(model, renamed, SchemaDiff.between(model, renamed)));
        List<SchemaChange> renamesBack = new ArrayList<>();
        resolved.renames().forEach(r -> renamesBack.add(0, new SchemaChange.RenameColumn(r.table(), r.to(), r.from())));
        undo.addAll(dialect.statements(renamed, live, renamesBack));
        int version = context.folder().highestVersion() + 1;
        String files = "V" + version + "__" + slug + ".sql and U" + version + "__" + slug + ".sql";
        List<String> warnings = resolved.unanswered().stream().map(line -> line.formatted(files)).toList();
        String warningLines = warnings.stream().map(w -> "-- " + w + "\n").collect(Collectors.joining());
        List<Path> written = context.folder().write(version, message,
                warningLines + script(context, message, "migration", upgrade), script(context, message, "undo", undo));
        return new MigrationResult.Generated(detected, warnings, notCompared(context), written);
    }

    static MigrationResult.Checked check(MigrationContext context) {
        Integrity.check(context);
        List<String> pending = context.versions().pending().stream().map(m -> m.getScript()).toList();
        List<SchemaChange> changes = SchemaDiff.between(liveSchema(context), ModelSchema.read(context.database().metadata()));
        return new MigrationResult.Checked(Versions.describe(context.versions().current()), pending,
                changes.stream().flatMap(change -> change.describe().stream()).toList());
    }

    private static List<String> notCompared(MigrationContext context) {
        List<String> inModel = ModelSchema.uncompared(context.database().metadata());
        return List.of("Not compared, so not in the migration: CHECK constraints, triggers, views and comments"
                + (inModel.isEmpty() ? "" : " (here " + String.join(", ", inModel) + ")")
                + "; write changes to them with db revision -m \"...\"");
    }

    // MariaDB would fill such a column with 0 or '' on its own; SQLite and PostgreSQL fail at upgrade.
    private static void refuseNotNullWithoutDefault(MigrationContext context, List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.AddColumn add && !add.column().nullable() && add.column().defaultValue() == null
                    && !add.column().identity() && hasRows(context, add.table())) {
                throw new MigrationException("Cannot add the NOT NULL column '" + add.table() + "." + add.column().name()
                        + "' without a default: table " + add.table() + " has rows. Give it a default (@ColumnDefault(\"0\"))"
                        + " or let it be null, or write the migration by hand (db revision -m \"...\"). Nothing was written");
            }
        }
    }

    private static boolean hasRows(MigrationContext context, String table) {
        try (Connection connection = context.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM " + table)) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read table " + table + ": " + ErrorMessages.databaseMessage(e), e);
        }
    }

    private static void requireUpToDate(MigrationContext context, String command) {
        Integrity.check(context);
        List<String> pending = context.versions().pending().stream().map(m -> m.getScript()).toList();
        if (!pending.isEmpty()) {
            throw new MigrationException("The database is not up to date (pending: " + String.join(", ", pending)
                    + "): run db upgrade first, then " + command);
        }
    }

    private static Schema liveSchema(MigrationContext context) {
        try (Connection connection = context.dataSource().getConnection()) {
            return LiveSchema.read(connection, context.dialect(), Set.of(SchemaVersions.HISTORY_TABLE));
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the database's schema: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    private static String script(MigrationContext context, String message, String kind, List<String> statements) {
        return header(message, context.dialect().productName(), kind, "migrate") + statements.stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));
    }

    static String header(String message, String product, String kind, String command) {
        return "-- " + message.strip() + "\n-- " + product + " " + kind + " script written by ORM Shell's db "
                + command + ": review it before applying.\n\n";
    }
}
