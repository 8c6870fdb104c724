package dev.ormshell.repl;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

/** The schemas (or catalogs) other than the connection's own that the model's tables are in: {@code @Table(schema = "inventory")}. */
final class ModelNamespaces {

    private ModelNamespaces() {
    }

    static List<String> of(Metadata metadata) {
        List<String> names = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (namespace.getTables().isEmpty()) {
                continue;
            }
            var name = namespace.getName();
            var qualifier = name.schema() != null ? name.schema() : name.catalog();
            if (qualifier != null && !names.contains(qualifier.getText())) {
                names.add(qualifier.getText());
            }
        }
        return names;
    }
}
