package dev.ormshell.orm;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.InitializeCollectionEventListener;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Watches Hibernate load objects one by one through associations — a to-one association read
 * with a select of its own (eager or lazy), a collection read when first touched — and turns a
 * pattern of many such loads into an N+1 warning that names the association and the fix.
 */
public final class AssociationLoads {

    /** How many loads through one association, between two looks, make an N+1 warning. */
    public static final int THRESHOLD = 10;

    private final SessionFactoryImplementor factory;
    private final SpyingDataSource dataSource;
    // Objects of each entity read through a to-one association with a select of their own.
    private final Map<String, LongAdder> entityLoads = new ConcurrentHashMap<>();
    // Collections of each role read one owner at a time.
    private final Map<String, LongAdder> collectionLoads = new ConcurrentHashMap<>();
    // Rows of each entity read at all: which entities could own the association.
    private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();
    // For each load under way on this thread, how many statements had been sent when it began.
    private final ThreadLocal<Deque<Long>> loadsUnderWay = ThreadLocal.withInitial(ArrayDeque::new);

    private AssociationLoads(SessionFactoryImplementor factory, SpyingDataSource dataSource) {
        this.factory = factory;
        this.dataSource = dataSource;
    }

    /** Starts watching the loads of this SessionFactory, whose statements go through this DataSource. */
    static AssociationLoads watch(SessionFactory sessionFactory, SpyingDataSource dataSource) {
        SessionFactoryImplementor factory = sessionFactory.unwrap(SessionFactoryImplementor.class);
        AssociationLoads loads = new AssociationLoads(factory, dataSource);
        EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        // Around Hibernate's own load listener: whether it had to send a select tells a load from the database
        // from one the session already held.
        registry.getEventListenerGroup(EventType.LOAD).prependListener((LoadEventListener) (event, type) -> loads.began());
        registry.getEventListenerGroup(EventType.LOAD).appendListener(
                (LoadEventListener) (event, type) -> loads.ended(event.getEntityClassName(), type));
        registry.getEventListenerGroup(EventType.INIT_COLLECTION).appendListener(
                (InitializeCollectionEventListener) event -> count(loads.collectionLoads, event.getCollection().getRole()));
        registry.getEventListenerGroup(EventType.POST_LOAD).appendListener(
                (PostLoadEventListener) event -> count(loads.rows, event.getPersister().getEntityName()));
        return loads;
    }

    private void began() {
        Deque<Long> underWay = loadsUnderWay.get();
        if (underWay.size() > 1_000) {
            underWay.clear(); // loads that failed never ended; start afresh
        }
        underWay.push(dataSource.statementsSent());
    }

    private void ended(String entityName, LoadEventListener.LoadType type) {
        Long sentBefore = loadsUnderWay.get().poll();
        boolean throughAssociation = type == LoadEventListener.INTERNAL_LOAD_EAGER || type == LoadEventListener.INTERNAL_LOAD_LAZY
                || type == LoadEventListener.INTERNAL_LOAD_NULLABLE || type == LoadEventListener.IMMEDIATE_LOAD;
        if (throughAssociation && entityName != null && sentBefore != null && dataSource.statementsSent() > sentBefore) {
            count(entityLoads, entityName);
        }
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /**
     * One line for each association that loaded {@link #THRESHOLD} or more times since the last
     * call, e.g. {@code N+1: Role loaded 30 times through User.role, one select each; use join
     * fetch, e.g. /hql from User u join fetch u.role}. Counting starts again.
     */
    public List<String> nPlusOneWarnings() {
        Map<String, Long> entities = drain(entityLoads);
        Map<String, Long> collections = drain(collectionLoads);
        Map<String, Long> loadedRows = drain(rows);
        List<String> warnings = new ArrayList<>();
        entities.forEach((entityName, count) -> {
            if (count >= THRESHOLD) {
                warnings.add(toOneWarning(entityName, count, loadedRows));
            }
        });
        collections.forEach((role, count) -> {
            if (count >= THRESHOLD) {
                warnings.add(collectionWarning(role, count));
            }
        });
        return warnings;
    }

    private String toOneWarning(String entityName, long count, Map<String, Long> loadedRows) {
        EntityPersister target = factory.getMappingMetamodel().findEntityDescriptor(entityName);
        String name = target == null ? entityName : jpaName(target);
        List<String[]> through = referencesTo(target, loadedRows);
        if (through.isEmpty()) {
            return "N+1: " + name + " loaded " + count + " times, one select each;"
                    + " fetch them with the query that finds their owners (join fetch)";
        }
        List<String> names = through.stream().map(owner -> owner[0] + "." + owner[1]).toList();
        String[] first = through.get(0);
        return "N+1: " + name + " loaded " + count + " times through " + String.join(" or ", names)
                + ", one select each; use join fetch, e.g. " + joinFetch(first[0], first[1]);
    }

    private String collectionWarning(String role, long count) {
        CollectionPersister collection = factory.getMappingMetamodel().findCollectionDescriptor(role);
        EntityPersister owner = collection == null ? null : collection.getOwnerEntityPersister();
        if (owner == null) {
            return "N+1: " + role + " loaded " + count + " times, one select each; use join fetch";
        }
        String ownerName = jpaName(owner);
        String attribute = role.substring(owner.getEntityName().length() + 1);
        return "N+1: " + ownerName + "." + attribute + " loaded for " + count + " " + ownerName
                + " objects, one select each; use join fetch, e.g. " + joinFetch(ownerName, attribute);
    }

    /**
     * The to-one attributes (owner, attribute) that refer to the target entity; only those of
     * owners read since the last look, when there are such, so that the warning names the one used.
     */
    private List<String[]> referencesTo(EntityPersister target, Map<String, Long> loadedRows) {
        if (target == null) {
            return List.of();
        }
        Set<String> loadedOwners = new LinkedHashSet<>();
        loadedRows.keySet().forEach(entityName -> {
            EntityPersister owner = factory.getMappingMetamodel().findEntityDescriptor(entityName);
            if (owner != null) {
                loadedOwners.add(jpaName(owner));
            }
        });
        List<String[]> all = new ArrayList<>();
        for (EntityType<?> owner : factory.getJpaMetamodel().getEntities()) {
            for (Attribute<?, ?> attribute : owner.getAttributes()) {
                if (attribute instanceof SingularAttribute<?, ?> single && single.isAssociation()
                        && single.getJavaType().isAssignableFrom(target.getMappedClass())) {
                    all.add(new String[] {owner.getName(), attribute.getName()});
                }
            }
        }
        List<String[]> loaded = all.stream().filter(owner -> loadedOwners.contains(owner[0])).toList();
        return loaded.isEmpty() ? all : loaded;
    }

    private String jpaName(EntityPersister persister) {
        return factory.getJpaMetamodel().entity(persister.getMappedClass()).getName();
    }

    private static String joinFetch(String owner, String attribute) {
        String alias = owner.substring(0, 1).toLowerCase(Locale.ROOT);
        return "/hql from " + owner + " " + alias + " join fetch " + alias + "." + attribute;
    }

    private static Map<String, Long> drain(Map<String, LongAdder> counts) {
        Map<String, Long> taken = new java.util.TreeMap<>();
        for (String key : List.copyOf(counts.keySet())) {
            LongAdder adder = counts.remove(key);
            if (adder != null) {
                taken.put(key, adder.sum());
            }
        }
        return taken;
    }
}
