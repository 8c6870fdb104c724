package dev.ormshell.orm;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.Attribute;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Checks an HQL query in a throwaway session before it runs in the user's: Hibernate marks the
 * transaction rollback-only when a query does not parse, so a typo would otherwise cost the user
 * every uncommitted change. A query that passed once is remembered and not checked again.
 */
public final class HqlCheck {

    private static final int REMEMBERED = 1_000;
    private static final Set<String> passed = ConcurrentHashMap.newKeySet();

    private HqlCheck() {
    }

    /** Throws a one-line error if the select query does not parse or names something unknown. */
    public static void selection(SessionFactory factory, String hql, Class<?> resultType, Class<?> entity) {
        check(factory, "select|" + resultType.getName() + "|" + hql, entity,
                scratch -> scratch.createSelectionQuery(hql, resultType));
    }

    /** The same for an insert, update or delete. */
    public static void mutation(SessionFactory factory, String hql) {
        check(factory, "mutation|" + hql, null, scratch -> scratch.createMutationQuery(hql));
    }

    private static void check(SessionFactory factory, String key, Class<?> entity, java.util.function.Consumer<Session> parse) {
        if (passed.contains(key)) {
            return;
        }
        try (Session scratch = factory.openSession()) {
            parse.accept(scratch);
        } catch (IllegalArgumentException | IllegalStateException | PersistenceException e) {
            throw new ShellDatabaseException("Query failed: " + ErrorMessages.databaseMessage(e) + attributesHint(factory, entity, e));
        }
        if (passed.size() >= REMEMBERED) {
            passed.clear();
        }
        passed.add(key);
    }

    // "Could not interpret path expression 'nme'" is clearer with the attributes that do exist.
    private static String attributesHint(SessionFactory factory, Class<?> entity, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (entity == null || !message.contains("path expression")) {
            return "";
        }
        return " (" + entity.getSimpleName() + " has: " + String.join(", ", factory.getMetamodel().entity(entity)
                .getAttributes().stream().map(Attribute::getName).sorted().toList()) + ")";
    }
}
