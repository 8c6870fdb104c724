package dev.ormshell.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.ormshell.schema.SchemaDialect;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway, configured for the shell's migrations folder, through its public API; plus the one
 * thing Flyway Community lacks for undo: forgetting a version in its history table.
 */
final class SchemaVersions {

    static final String HISTORY_TABLE = "flyway_schema_history";

    private final DataSource dataSource;
    private final MigrationFolder folder;
    private final SchemaDialect dialect;

    SchemaVersions(DataSource dataSource, MigrationFolder folder, SchemaDialect dialect) {
        this.dataSource = dataSource;
        this.folder = folder;
        this.dialect = dialect;
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
        return Map.of(SchemaDialect.IDENTITY_PLACEHOLDER_NAME, dialect.identityKeyword());
    }

    private FluentConfiguration configure() {
        return Flyway.configure(SchemaVersions.class.getClassLoader())
                .dataSource(dataSource)
                .locations(folder.flywayLocation())
                .table(HISTORY_TABLE)
                .placeholders(placeholders())
                .cleanDisabled(true);
    }

    MigrationInfo[] all() {
        return configure().load().info().all();
    }

    /** The versioned migrations applied successfully (a baseline counts), oldest first. */
    List<MigrationInfo> applied() {
        return Arrays.stream(all())
                .filter(m -> m.getVersion() != null && m.isApplied() && m.getState() != MigrationState.FAILED && m.getState() != MigrationState.MISSING_FAILED
                        && m.getState() != MigrationState.FUTURE_FAILED)
                .toList();
    }

    List<MigrationInfo> pending() {
        return Arrays.stream(all()).filter(m -> m.getState() == MigrationState.PENDING).toList();
    }

    /** The version the database is at, or null when none is applied. */
    MigrationInfo current() {
        List<MigrationInfo> applied = applied();
        return applied.isEmpty() ? null : applied.get(applied.size() - 1);
    }

    /** Applies the pending migrations up to the target (all when null); {@code afterEach} runs after each one. */
    MigrateResult upgrade(String target, Runnable afterEach) {
        FluentConfiguration configuration = configure().callbacks(new AfterEachMigration(afterEach));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load().migrate();
    }

    void baseline(String version) {
        configure().baselineVersion(version).baselineDescription("stamped").load().baseline();
    }

    /** Removes a version's rows from Flyway's history, inside the caller's transaction. */
    static void forget(Connection connection, String version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + HISTORY_TABLE + " WHERE version = ?")) {
            delete.setString(1, version);
            delete.executeUpdate();
        }
    }

    /** Flyway's hook after each migration (its per-statement hooks are not in the Community edition). */
    private record AfterEachMigration(Runnable action) implements Callback {
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
            action.run();
        }

        @Override
        public String getCallbackName() {
            return "progress";
        }
    }
}
