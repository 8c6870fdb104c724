package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.orm.ErrorMessages;
import dev.ormshell.schema.SchemaDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.RepairResult;

/**
 * Flyway, configured for the shell's migrations folder, through its public API; plus the one
 * thing Flyway Community lacks for undo: forgetting a version in its history table. Migrations
 * a branch brought in below the current version are applied too (out of order), as Alembic
 * applies every head. A raw Flyway exception never leaves this class.
 */
final class SchemaVersions {

    static final String HISTORY_TABLE = "flyway_schema_history";

    private final DataSource dataSource;
    private final MigrationFolder folder;
    private final DatabaseKind kind;

    SchemaVersions(DataSource dataSource, MigrationFolder folder, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.folder = folder;
        this.kind = kind;
    }

    /** An undo script as Flyway would run it: its placeholders replaced (Flyway never sees undo scripts). */
    String withPlaceholders(String script) {
        String replaced = script;
        for (Map.Entry<String, String> placeholder : placeholders().entrySet()) {
            replaced = replaced.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return replaced;
    }

    /** The placeholders of migration scripts, with this database's values. */
    Map<String, String> placeholders() {
        return Map.of(SchemaDialect.IDENTITY_PLACEHOLDER_NAME, SchemaDialect.of(kind).identityKeyword());
    }

    private FluentConfiguration configure(Callback... callbacks) {
        folder.requireOneFilePerVersion();
        FluentConfiguration configuration = Flyway.configure(SchemaVersions.class.getClassLoader())
                .dataSource(dataSource)
                .locations(folder.flywayLocation())
                .table(HISTORY_TABLE)
                .placeholders(placeholders())
                .outOfOrder(true)
                .cleanDisabled(true);
        List<Callback> all = new java.util.ArrayList<>(List.of(callbacks));
        if (kind == DatabaseKind.SQLITE) {
            all.add(0, ForeignKeyCheck.callback());
        }
        return configuration.callbacks(all.toArray(Callback[]::new));
    }

    MigrationInfo[] all() {
        return translated(() -> configure().load().info().all());
    }

    /** The versioned migrations applied successfully (a stamp counts), oldest version first. */
    List<MigrationInfo> applied() {
        return Arrays.stream(all())
                .filter(m -> m.getVersion() != null && m.isApplied() && !m.getState().isFailed())
                .sorted(Comparator.comparing(MigrationInfo::getVersion))
                .toList();
    }

    /** The same in the order they were applied, which differs after a branch was applied out of order. */
    List<MigrationInfo> appliedInOrder() {
        return applied().stream().sorted(Comparator.comparing(MigrationInfo::getInstalledRank)).toList();
    }

    List<MigrationInfo> pending() {
        return Arrays.stream(all()).filter(m -> m.getState() == MigrationState.PENDING).toList();
    }

    /** The version the database is at (the highest applied), or null when none is applied. */
    MigrationInfo current() {
        List<MigrationInfo> applied = applied();
        return applied.isEmpty() ? null : applied.get(applied.size() - 1);
    }

    /** Whether Flyway's history table exists (a database made by db.createAll() has none). */
    boolean hasHistoryTable() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            statement.executeQuery("SELECT 1 FROM " + HISTORY_TABLE).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Applies the pending migrations up to the target (all when null); {@code afterEach} runs after
     * each one. Flyway's exception is the caller's to explain.
     */
    MigrateResult upgrade(String target, Runnable afterEach) {
        FluentConfiguration configuration = configure(new AfterEachMigration("progress", context -> afterEach.run()));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load().migrate();
    }

    /** Records the pending migrations up to the target as applied without running them (db stamp). */
    void markApplied(String target) {
        translated(() -> configure().target(target).skipExecutingMigrations(true).load().migrate());
    }

    /** Flyway's baseline: a database with tables but no history is marked as at a version. */
    void baseline(String version) {
        translated(() -> configure().baselineVersion(version).baselineDescription("stamped").load().baseline());
    }

    /** Flyway's repair: checksums and descriptions realigned with the files, failed rows removed. */
    RepairResult repair() {
        return translated(() -> configure().load().repair());
    }

    private static <T> T translated(Supplier<T> flyway) {
        try {
            return flyway.get();
        } catch (FlywayException e) {
            throw new MigrationException("Flyway: " + ErrorMessages.databaseMessage(e), e);
        }
    }

    /** Removes a version's rows from Flyway's history, inside the caller's transaction. */
    static void forget(Connection connection, String version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + HISTORY_TABLE + " WHERE version = ?")) {
            delete.setString(1, version);
            delete.executeUpdate();
        }
    }

    /**
     * Flyway's hook after each migration, inside its transaction (its per-statement hooks are not
     * in the Community edition).
     */
    record AfterEachMigration(String name, java.util.function.Consumer<Context> action) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            action.accept(context);
        }

        @Override
        public String getCallbackName() {
            return name;
        }
    }
}
