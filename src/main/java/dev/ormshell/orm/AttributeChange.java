package dev.ormshell.orm;

/** One attribute of a persistent object whose value differs from the one loaded (or last flushed). */
public record AttributeChange(String attribute, Object oldValue, Object newValue) {

    @Override
    public String toString() {
        return attribute + ": " + Inspection.shown(oldValue) + " → " + Inspection.shown(newValue);
    }
}
