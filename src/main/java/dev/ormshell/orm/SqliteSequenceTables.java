package dev.ormshell.orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.id.BulkInsertionCapableIdentifierGenerator;
import org.hibernate.id.IdentifierGenerationException;
import org.hibernate.id.OptimizableGenerator;
import org.hibernate.id.enhanced.Optimizer;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableStructure;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.GeneratorCreator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.SimpleValue;

/**
 * On SQLite, lets a {@code @GeneratedValue} id of the AUTO or SEQUENCE kind take its next block
 * of values inside the session's own transaction. SQLite has no sequences, so Hibernate keeps
 * the value in a one-row table ({@code medicines_SEQ}) and updates it in a transaction of its
 * own on another connection; SQLite's single writer refuses that while the session holds the
 * write lock, which it does from its first write on ("database is locked").
 *
 * <p>Inside the transaction the block is still the session's alone: the update holds the
 * write lock until the commit. The values come from Hibernate's own optimizer and SQL, so the
 * application, writing the same file, goes on from where the shell stopped. When the
 * transaction rolls back, so does the table, and the optimizer forgets the block it took.
 */
final class SqliteSequenceTables implements OptimizableGenerator, BulkInsertionCapableIdentifierGenerator {

    private final SequenceStyleGenerator generator;
    private final String select;
    private final String update;
    private final int increment;

    private SqliteSequenceTables(SequenceStyleGenerator generator, TableStructure table) {
        this.generator = generator;
        String[] sql = table.getAllSqlForTests();
        this.select = sql[0];
        this.update = sql[1];
        this.increment = generator.getOptimizer().applyIncrementSizeToSourceValues() ? table.getIncrementSize() : 1;
    }

    /** Wraps the generator of every entity whose id Hibernate would take from a table standing in for a sequence. */
    static void useFor(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            // A composite id (an @EmbeddedId, @IdClass) is left alone: Hibernate builds its generator
            // from its parts, and a wrapped creator turned a @MapsId key into an assigned one.
            if (entity == entity.getRootClass() && entity.getIdentifier() instanceof SimpleValue id
                    && !(id instanceof Component) && id.getCustomIdGeneratorCreator() != null) {
                GeneratorCreator original = id.getCustomIdGeneratorCreator();
                id.setCustomIdGeneratorCreator(context -> inTransaction(original.createGenerator(context)));
            }
        }
    }

    private static Generator inTransaction(Generator made) {
        return made instanceof SequenceStyleGenerator sequence && sequence.getDatabaseStructure() instanceof TableStructure table
                ? new SqliteSequenceTables(sequence, table) : made;
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner) {
        return generator.getOptimizer().generate(new AccessCallback() {
            @Override
            public IntegralDataTypeHolder getNextValue() {
                return nextBlock(session);
            }

            @Override
            public String getTenantIdentifier() {
                return session.getTenantIdentifier();
            }
        });
    }

    private IntegralDataTypeHolder nextBlock(SharedSessionContractImplementor session) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        IntegralDataTypeHolder value = IdentifierGeneratorHelper.getIntegralDataTypeHolder(
                generator.getIdentifierType().getReturnedClass());
        try {
            int updated;
            do {
                try (PreparedStatement query = connection.prepareStatement(select); ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IdentifierGenerationException("the id table of " + generator.getDatabaseStructure().getPhysicalName()
                                + " has no row: db.createAll() writes its first value");
                    }
                    value.initialize(row, 1);
                }
                try (PreparedStatement next = connection.prepareStatement(update)) {
                    value.copy().add(increment).bind(next, 1);
                    value.bind(next, 2);
                    updated = next.executeUpdate();
                }
            } while (updated == 0);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Cannot take the next ids from " + select);
        }
        session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, s) -> {
            if (!success) {
                generator.getOptimizer().reset();
            }
        });
        return value;
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return generator.getEventTypes();
    }

    @Override
    public boolean allowAssignedIdentifiers() {
        return generator.allowAssignedIdentifiers();
    }

    // HQL's insert … select asks these to number the rows it inserts.

    @Override
    public Optimizer getOptimizer() {
        return generator.getOptimizer();
    }

    @Override
    public boolean supportsBulkInsertionIdentifierGeneration() {
        return generator.supportsBulkInsertionIdentifierGeneration();
    }

    @Override
    public String determineBulkInsertionIdentifierGenerationSelectFragment(SqlStringGenerationContext context) {
        return generator.determineBulkInsertionIdentifierGenerationSelectFragment(context);
    }
}
