package dev.ormshell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * This session as a script that replays it, for /save: of each input typed (not those of a
 * script /open ran, whose /open line stands for them), the part that took effect, in order.
 */
final class ReplayScript implements InputListener {

    // Leaving, saving, timing and resetting are about this session, not part of the experiment.
    private static final Pattern ABOUT_THE_SESSION = Pattern.compile("(?s)/(save|exit|timing|reset|reload)\\b.*");

    /** One input that took effect; {@code wrote}: it sent statements that may write (so /reload does not run it again). */
    record Entry(String text, boolean wrote) {
    }

    private final List<Entry> inputs = new ArrayList<>();

    @Override
    public void afterInput(InputResult result) {
        String kept = result.inEffect();
        if (!result.nested() && !kept.isEmpty() && !ABOUT_THE_SESSION.matcher(kept).matches()) {
            inputs.add(new Entry(kept, result.wrote()));
        }
    }

    List<String> inputs() {
        return inputs.stream().map(Entry::text).toList();
    }

    List<Entry> entries() {
        return List.copyOf(inputs);
    }

    /** Keeps only these entries (what is still in effect after /reload replayed the session). */
    void keep(List<Entry> entries) {
        inputs.clear();
        inputs.addAll(entries);
    }

    void clear() {
        inputs.clear();
    }
}
