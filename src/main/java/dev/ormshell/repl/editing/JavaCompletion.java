package dev.ormshell.repl.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.Candidate;

/** Java completion from JShell's source analysis: members, variables, types, as jshell offers them. */
final class JavaCompletion {

    private final SourceCodeAnalysis analysis;

    JavaCompletion(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Suggestions for the code at the cursor. {@code wordStart} is where the replaced word
     * begins in the code; {@code shift} is where the code begins in the whole line.
     */
    List<Candidate> suggest(String code, int cursor, int wordStart, int shift) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(code, cursor, anchor);
        if (anchor[0] < wordStart) {
            return List.of();
        }
        String before = code.substring(wordStart, anchor[0]);
        boolean typed = suggestions.stream().anyMatch(SourceCodeAnalysis.Suggestion::matchesType);
        Set<String> seen = new LinkedHashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion suggestion : suggestions) {
            // As jshell does: when some suggestions fit the expected type, offer only those.
            if (typed && !suggestion.matchesType()) {
                continue;
            }
            String value = before + suggestion.continuation();
            // Not "complete": no space is added, since a Java name is usually followed by . or (.
            if (seen.add(value)) {
                candidates.add(new Candidate(value, value, null, null, null, null, false));
            }
        }
        return candidates;
    }

    /** The type of the expression, e.g. {@code dev.ormshell.orm.ModelQuery<dev.ormshell.model.User>}, or null. */
    String typeOf(String expression) {
        try {
            return analysis.analyzeType(expression, expression.length());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
