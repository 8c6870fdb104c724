package dev.ormshell.repl.editing;

import dev.ormshell.repl.SchemaReader;
import dev.ormshell.repl.Shell;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;

/**
 * Names from the model and the database: entity attributes inside {@code filterBy("…")},
 * {@code orderBy("…")}, {@code groupBy("…")} and {@code filter("…")}; entities and attributes
 * for HQL; tables and columns for SQL.
 */
final class NameCompletion {

    // The call whose string argument the cursor is in, and the attribute path typed so far.
    private static final Pattern IN_QUERY_STRING = Pattern.compile(
            "\\.(filterBy|orderBy|groupBy|filter)\\(\\s*\"([^\"]*?)([A-Za-z_$][\\w$.]*)?$");
    private static final Pattern TYPE_ARGUMENT = Pattern.compile("<(?:[\\w$]+\\.)*([\\w$]+)>\\s*$");

    private static final Pattern TABLE_EXPECTED = Pattern.compile(
            "(?i)\\b(from|join|into|update|table|exists)\\s+$");

    private final Shell shell;

    NameCompletion(Shell shell) {
        this.shell = shell;
    }

    /** Attribute names when the cursor is inside such a string; null when it is not. */
    List<Candidate> attributesInQuery(String beforeCursor, CompletionWord word, JavaCompletion java) {
        Matcher m = IN_QUERY_STRING.matcher(beforeCursor);
        if (!m.find()) {
            return null;
        }
        String path = m.group(3) == null ? "" : m.group(3);
        List<ManagedType<?>> owners = queriedEntities(beforeCursor.substring(0, m.start()), java);
        String[] steps = path.split("\\.", -1);
        for (int i = 0; i < steps.length - 1; i++) {
            owners = step(owners, steps[i]);
        }
        TreeSet<String> names = new TreeSet<>();
        for (ManagedType<?> owner : owners) {
            owner.getAttributes().forEach(a -> names.add(a.getName()));
        }
        // Inside the string, a space after the name would become part of it ("category ").
        return ShellCompleter.words(new ArrayList<>(names), word, "attributes", false);
    }

    /** The entity a query receiver selects (from its type, e.g. ModelQuery<User>); all entities if unknown. */
    private List<ManagedType<?>> queriedEntities(String beforeCall, JavaCompletion java) {
        Metamodel model = shell.db().sessionFactory().getMetamodel();
        String type = java.typeOf(beforeCall.substring(receiverStart(beforeCall)));
        if (type != null) {
            Matcher m = TYPE_ARGUMENT.matcher(type);
            if (m.find()) {
                for (EntityType<?> entity : model.getEntities()) {
                    if (entity.getJavaType().getSimpleName().equals(m.group(1))) {
                        return List.of(entity);
                    }
                }
            }
        }
        return new ArrayList<>(model.getEntities());
    }

    // Walks back over a receiver such as User.query.filterBy("x", y): names, dots, balanced parentheses.
    private static int receiverStart(String text) {
        int i = text.length();
        int depth = 0;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !(Character.isJavaIdentifierPart(c) || c == '.')) {
                break;
            }
            i--;
        }
        return i;
    }

    private List<ManagedType<?>> step(List<ManagedType<?>> owners, String name) {
        Metamodel model = shell.db().sessionFactory().getMetamodel();
        List<ManagedType<?>> next = new ArrayList<>();
        for (ManagedType<?> owner : owners) {
            for (Attribute<?, ?> attribute : owner.getAttributes()) {
                if (!attribute.getName().equals(name)) {
                    continue;
                }
                Class<?> target = attribute instanceof PluralAttribute<?, ?, ?> plural
                        ? plural.getElementType().getJavaType()
                        : ((SingularAttribute<?, ?>) attribute).getType().getJavaType();
                try {
                    next.add(model.managedType(target));
                } catch (IllegalArgumentException notManaged) {
                    // A basic value: it has no attributes to offer.
                }
            }
        }
        return next;
    }

    /** For /hql: entity names, attribute names and keywords. */
    List<Candidate> hql(CompletionWord word) {
        TreeSet<String> names = new TreeSet<>();
        for (EntityType<?> entity : shell.db().sessionFactory().getMetamodel().getEntities()) {
            names.add(entity.getName());
            entity.getAttributes().forEach(a -> names.add(a.getName()));
        }
        List<Candidate> candidates = ShellCompleter.words(new ArrayList<>(names), word, "model");
        candidates.addAll(keywords(Language.HQL, word));
        return candidates;
    }

    /** For /sql: table names after FROM, JOIN, INTO …; elsewhere tables, columns and keywords. */
    List<Candidate> sql(CompletionWord word) {
        SchemaReader schema = shell.schema();
        List<String> tables = schema.tables();
        if (TABLE_EXPECTED.matcher(word.line().substring(0, word.start())).find()) {
            return ShellCompleter.words(tables, word, "tables");
        }
        TreeSet<String> names = new TreeSet<>(tables);
        for (String table : tables) {
            schema.columns(table).forEach(c -> names.add(c.name()));
        }
        List<Candidate> candidates = ShellCompleter.words(new ArrayList<>(names), word, "schema");
        candidates.addAll(keywords(Language.SQL, word));
        return candidates;
    }

    // Keywords in the case the user types them in.
    private static List<Candidate> keywords(Language language, CompletionWord word) {
        boolean upper = !word.word().isEmpty() && Character.isUpperCase(word.word().charAt(0));
        List<String> words = language.keywords().stream()
                .map(k -> upper ? k.toUpperCase(Locale.ROOT) : k).sorted().toList();
        return ShellCompleter.words(words, word, "keywords");
    }
}
