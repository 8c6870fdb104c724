package dev.ormshell.orm;

import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.temptable.TemporaryTableKind;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.query.sqm.mutation.internal.temptable.LocalTemporaryTableInsertStrategy;
import org.hibernate.query.sqm.mutation.internal.temptable.LocalTemporaryTableMutationStrategy;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableInsertStrategy;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableMutationStrategy;
import org.hibernate.query.sqm.mutation.spi.AfterUseAction;
import org.hibernate.query.sqm.mutation.spi.BeforeUseAction;

/**
 * Hibernate's SQLite dialect with temporary tables that are SQLite's own. The community dialect
 * keeps the tables behind multi-table HQL updates, deletes and inserts (a JOINED hierarchy, an
 * id from a table) as ordinary tables, HT_people, HTE_owners …, which Hibernate creates in the
 * user's file as soon as the shell opens it. SQLite's {@code create temporary table} lives in the
 * connection only, so nothing is left in the file.
 */
public final class ShellSqliteDialect extends SQLiteDialect {

    public ShellSqliteDialect() {
    }

    public ShellSqliteDialect(DatabaseVersion version) {
        super(version);
    }

    public ShellSqliteDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public SqmMultiTableMutationStrategy getFallbackSqmMutationStrategy(EntityMappingType entity,
                                                                        RuntimeModelCreationContext context) {
        return new LocalTemporaryTableMutationStrategy(entity, context);
    }

    @Override
    public SqmMultiTableInsertStrategy getFallbackSqmInsertStrategy(EntityMappingType entity,
                                                                    RuntimeModelCreationContext context) {
        return new LocalTemporaryTableInsertStrategy(entity, context);
    }

    @Override
    public TemporaryTableKind getSupportedTemporaryTableKind() {
        return TemporaryTableKind.LOCAL;
    }

    @Override
    public String getTemporaryTableCreateCommand() {
        return "create temporary table";
    }

    @Override
    public BeforeUseAction getTemporaryTableBeforeUseAction() {
        return BeforeUseAction.CREATE;
    }

    @Override
    public AfterUseAction getTemporaryTableAfterUseAction() {
        return AfterUseAction.DROP;
    }
}
