package dev.ormshell.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.ormshell.config.DatabaseKind;
import dev.ormshell.schema.SchemaDialect;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
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

    private FluentConfiguration configure() {
        FluentConfiguration configuration = Flyway.configure(SchemaVersions.class.getClassLoader())
                .dataSource(dataSource)
                .locations(folder.flywayLocation())
                .table(HISTORY_TABLE)
                .placeholders(placeholders())
                .cleanDisabled(true);
        return kind == DatabaseKind.SQLITE ? configuration.callbacks(new ForeignKeyCheck()) : configuration;
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

    MigrateResult upgrade(String target) {
        FluentConfiguration configuration = configure();
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
}
