package dev.ormshell.orm;

import java.util.List;

/**
 * What {@code db.inspect(obj)} tells about one object, as SQLAlchemy's {@code inspect()} does:
 * its state, its identity (the id of its row, null before it has one) and the attributes changed
 * since it was loaded or last flushed, with their old and new values.
 */
public final class Inspection {

    private final Object object;
    private final String text;
    private final ObjectState state;
    private final Object identity;
    private final boolean markedForDeletion;
    private final List<AttributeChange> changes;

    Inspection(Object object, String text, ObjectState state, Object identity, boolean markedForDeletion, List<AttributeChange> changes) {
        this.object = object;
        this.text = text;
        this.state = state;
        this.identity = identity;
        this.markedForDeletion = markedForDeletion;
        this.changes = List.copyOf(changes);
    }

    public Object object() {
        return object;
    }

    public ObjectState state() {
        return state;
    }

    /** The id of the object's row; null while it has none (transient, pending). */
    public Object identity() {
        return identity;
    }

    /** Whether the object is in {@code db.session.deleted()}: its delete goes out at the next flush. */
    public boolean markedForDeletion() {
        return markedForDeletion;
    }

    /** The attributes changed since the object was loaded or last flushed (empty unless persistent). */
    public List<AttributeChange> changes() {
        return changes;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(text);
        out.append("\n  state:    ").append(state);
        if (markedForDeletion) {
            out.append(" (marked for deletion: db.session.deleted() holds it until the next flush)");
        }
        out.append("\n  identity: ").append(identity == null ? "none" : shown(identity));
        if (!changes.isEmpty()) {
            String indent = "\n            ";
            out.append("\n  changed:  ");
            for (int i = 0; i < changes.size(); i++) {
                out.append(i == 0 ? "" : indent).append(changes.get(i));
            }
        }
        return out.toString();
    }

    /** A value as the inspection shows it: text in quotes, anything else as it prints itself. */
    static String shown(Object value) {
        return value instanceof CharSequence text ? "'" + text + "'" : String.valueOf(value);
    }
}
