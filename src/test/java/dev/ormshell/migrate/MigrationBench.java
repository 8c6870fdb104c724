package dev.ormshell.migrate;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.orm.Database;
import dev.ormshell.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One test database and one migrations folder, and the db commands run on them with a given
 * model, as {@code ./shell.sh db} would (the database is opened anew for each command). What
 * the commands did is checked through the database's own command-line client.
 */
final class MigrationBench implements AutoCloseable {

    final TestDatabase database;
    final Path migrations;

    private MigrationBench(TestDatabase database, Path migrations) {
        this.database = database;
        this.migrations = migrations;
    }

    static MigrationBench create(TestDatabase.Kind kind, Path dir) {
        Path migrations = dir.resolve("migrations");
        Migrations.init(migrations);
        return new MigrationBench(TestDatabase.create(kind, dir), migrations);
    }

    TestDatabase.Kind kind() {
        return database.kind();
    }

    <T> T run(List<Class<?>> model, Function<Migrations, T> command) {
        try (Database open = Database.open(DatabaseUrl.parse(database.url()), model)) {
            return command.apply(new Migrations(open, migrations));
        }
    }

    /** A migration pair written by hand, as db revision leaves it to be filled in. */
    void write(int version, String description, String upgrade, String undo) throws IOException {
        String name = version + "__" + description.replace(' ', '_') + ".sql";
        Files.writeString(migrations.resolve("V" + name), upgrade);
        Files.writeString(migrations.resolve("U" + name), undo);
    }

    String file(String name) throws IOException {
        return Files.readString(migrations.resolve(name));
    }

    /** Rows as the database's own client prints them, one a line, columns joined by '|'. */
    List<String> query(String sql) {
        return database.query(sql);
    }

    @Override
    public void close() {
        database.close();
    }
}
