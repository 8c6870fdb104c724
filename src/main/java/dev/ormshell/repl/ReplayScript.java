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
    private static final Pattern ABOUT_THE_SESSION = Pattern.compile("(?s)/(save|exit|timing|reset)\\b.*");

    private final List<String> inputs = new ArrayList<>();

    @Override
    public void afterInput(InputResult result) {
        String kept = result.inEffect();
        if (!result.nested() && !kept.isEmpty() && !ABOUT_THE_SESSION.matcher(kept).matches()) {
            inputs.add(kept);
        }
    }

    List<String> inputs() {
        return List.copyOf(inputs);
    }

    void clear() {
        inputs.clear();
    }
}
