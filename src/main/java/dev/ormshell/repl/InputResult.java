package dev.ormshell.repl;

import java.util.List;

/**
 * What one input did, for {@link InputListener}s.
 *
 * @param input    the text as typed (a /command line, or Java that may hold several snippets)
 * @param outcomes one per snippet run (a command has one); the first failure is the last
 * @param printed  what it printed as results: values, tables, counts (not errors or notices)
 * @param nested   true for an input of a script that /open runs
 * @param wrote    whether statements that may write were sent while it ran
 */
public record InputResult(String input, List<Outcome> outcomes, String printed, boolean nested, boolean wrote) {

    /** The last outcome: the error if the input failed. */
    public Outcome outcome() {
        return outcomes.isEmpty() ? Outcome.NOTHING : outcomes.get(outcomes.size() - 1);
    }

    public boolean failed() {
        return outcome().failed();
    }

    /**
     * The parts of the input that took effect, as a script would replay them: all of it when it
     * ran well, else the snippets that ran before the failure (or System.exit), one a line.
     */
    public String inEffect() {
        if (!outcome().ends()) {
            return input.strip();
        }
        return String.join("\n", outcomes.subList(0, outcomes.size() - 1).stream()
                .map(Outcome::source).filter(source -> source != null && !source.isBlank()).toList());
    }
}
