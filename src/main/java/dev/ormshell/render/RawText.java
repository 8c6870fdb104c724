package dev.ormshell.render;

/** Text that is shown as it is, not quoted like a String value. */
public record RawText(String text) {

    @Override
    public String toString() {
        return text;
    }
}
