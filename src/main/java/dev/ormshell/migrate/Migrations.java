package dev.ormshell.migrate;

import dev.ormshell.orm.Database;
import java.nio.file.Path;
import java.util.List;

/**
 * The chapter's Flask-Migrate commands over Flyway, for one database and one migrations folder.
 * Each method returns what it did as a {@link MigrationResult}, which the caller prints; failures
 * are {@link MigrationException}s whose message is the one line to show.
 */
public final class Migrations {

    private final MigrationContext context;

    public Migrations(Database database, Path migrationsDir) {
        this.context = MigrationContext.of(database, migrationsDir);
    }

    /** {@code db init}: needs no database. */
    public static MigrationResult.Created init(Path migrationsDir) {
        return new MigrationResult.Created(migrationsDir, new MigrationFolder(migrationsDir).init());
    }

    public MigrationResult.Generated migrate(String message) {
        return migrate(message, Renames.NONE);
    }

    /** {@code db migrate}, told of renamed columns (or asking about them) through {@code renames}. */
    public MigrationResult.Generated migrate(String message, Renames renames) {
        return Autogenerate.migrate(context, message, renames);
    }

    /** {@code db revision}: an empty migration pair to fill in by hand; needs no database. */
    public static MigrationResult.Generated revision(Path migrationsDir, String message) {
        MigrationFolder folder = new MigrationFolder(migrationsDir);
        String upgrade = Autogenerate.header(message, "SQL", "migration", "revision")
                + "-- Write the statements of this migration here, each ending with ;\n";
        String undo = Autogenerate.header(message, "SQL", "undo", "revision")
                + "-- Write the statements that undo it here, newest change first\n";
        List<Path> files = folder.write(folder.highestVersion() + 1, message, upgrade, undo);
        return new MigrationResult.Generated(List.of(), List.of(), List.of(), files);
    }

    public MigrationResult.Checked check() {
        return Autogenerate.check(context);
    }

    public MigrationResult.Upgraded upgrade(String targetVersion) {
        return Upgrade.run(context, targetVersion);
    }

    public MigrationResult.Downgraded downgrade(String targetVersion) {
        return Downgrade.run(context, targetVersion);
    }

    public MigrationResult.History history() {
        return VersionReport.history(context);
    }

    public MigrationResult.Current current() {
        return VersionReport.current(context);
    }

    public MigrationResult.Changed stamp(String version) {
        return Stamp.run(context, version);
    }

    public MigrationResult.Changed repair() {
        return Repair.run(context);
    }

    /** {@code db upgrade --sql}: what upgrade would run, with the bookkeeping; nothing is run. */
    public MigrationResult.Script upgradeSql(String targetVersion) {
        return OfflineSql.upgrade(context, targetVersion);
    }

    /** {@code db downgrade --sql}: what downgrade would run, with the bookkeeping; nothing is run. */
    public MigrationResult.Script downgradeSql(String targetVersion) {
        return OfflineSql.downgrade(context, targetVersion);
    }

    public MigrationResult.Changed show(String version) {
        return VersionReport.show(context, version);
    }

    public MigrationResult.Changed heads() {
        return Branches.heads(context);
    }

    /** {@code db merge}: the migrations of a version two branches share get the next free versions. */
    public MigrationResult.Changed merge() {
        return Branches.merge(context);
    }
}
