package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseKind;
import dev.ormshell.orm.Database;
import dev.ormshell.schema.SchemaDialect;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * What every migration command works with: the database, its dialect, the folder, and the
 * connections migrations run on (the pool's, not the echoing wrapper's: Flyway's bookkeeping
 * queries are not the user's SQL).
 */
record MigrationContext(Database database, MigrationFolder folder, SchemaVersions versions, DataSource dataSource) {

    static MigrationContext of(Database database, Path dir) {
        if (database.url().kind() == DatabaseKind.SQLITE && database.url().sqliteFile() == null) {
            throw new MigrationException("Migrations need a database that outlives the shell: give a file URL such as sqlite:///data.sqlite");
        }
        if (database.url().kind() == DatabaseKind.OTHER) {
            throw new MigrationException("Migrations are written for SQLite, PostgreSQL and MariaDB/MySQL; "
                    + database.url() + " is none of them");
        }
        MigrationFolder folder = new MigrationFolder(dir);
        DataSource dataSource = new MigrationDataSource(database.dataSource().target(), database.url().kind());
        return new MigrationContext(database, folder, new SchemaVersions(dataSource, folder, database.url().kind()), dataSource);
    }

    DatabaseKind kind() {
        return database.url().kind();
    }

    SchemaDialect dialect() {
        return SchemaDialect.of(database.url().kind());
    }

    /** The dialect that writes migration scripts (portable identity columns). */
    SchemaDialect scriptDialect() {
        return SchemaDialect.forScripts(database.url().kind());
    }

    MigrationLock lock() {
        return MigrationLock.acquire(database.url(), dataSource());
    }
}
