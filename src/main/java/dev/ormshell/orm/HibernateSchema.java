package dev.ormshell.orm;

import dev.ormshell.schema.ModelSchema;
import dev.ormshell.schema.TableShape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * {@code db.createAll()} and {@code db.dropAll()} on a database whose DDL the shell does not
 * write itself (H2, HSQLDB, SQL Server … whatever driver an application brings): Hibernate's own
 * schema tools, which know every dialect. Creating is Hibernate's update, so tables that exist
 * are left alone; a failure stops at once rather than being logged and skipped.
 */
final class HibernateSchema {

    private HibernateSchema() {
    }

    static void create(Metadata metadata, StandardServiceRegistry registry) {
        perform(Action.UPDATE, metadata, registry);
    }

    static void drop(Metadata metadata, StandardServiceRegistry registry) {
        perform(Action.DROP, metadata, registry);
    }

    private static void perform(Action action, Metadata metadata, StandardServiceRegistry registry) {
        SchemaManagementToolCoordinator.performDatabaseAction(action, metadata,
                registry.requireService(SchemaManagementTool.class), registry,
                SchemaManagementToolCoordinator.buildExecutionOptions(
                        registry.requireService(ConfigurationService.class).getSettings(), ExceptionHandlerHaltImpl.INSTANCE),
                ContributableMatcher.ALL);
    }

    /** The model's tables the database lacks, by the names its JDBC metadata gives (any case). */
    static List<String> missingTables(DataSource dataSource, Metadata metadata) throws SQLException {
        Set<String> existing = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                existing.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return ModelSchema.read(metadata).tables().stream().map(TableShape::name)
                .filter(name -> !existing.contains(name.toLowerCase(Locale.ROOT))).toList();
    }
}
