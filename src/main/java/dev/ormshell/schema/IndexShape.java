package dev.ormshell.schema;

import java.util.List;

/** A named index on a table's columns, such as the chapter's unique {@code ix_users_username}. */
public record IndexShape(String name, List<String> columns, boolean unique) {

    public IndexShape {
        columns = List.copyOf(columns);
    }

    public boolean sameDefinition(IndexShape other) {
        return unique == other.unique && Names.sameList(columns, other.columns);
    }
}
