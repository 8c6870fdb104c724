package dev.ormshell.repl.editing;

import dev.ormshell.repl.ArgumentSyntax;
import dev.ormshell.repl.InputLine;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: {@code /command} names and their arguments (on|off, table names, files, SQL,
 * HQL, Java), entity attribute names inside {@code filterBy("…")} and friends, and Java through
 * JShell's own source analysis.
 */
public final class ShellCompleter implements Completer {

    private final Shell shell;
    private final JavaCompletion java;
    private final NameCompletion names;

    public ShellCompleter(Shell shell) {
        this.shell = shell;
        this.java = new JavaCompletion(shell.evaluator().analysis());
        this.names = new NameCompletion(shell);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(suggest(line.line(), line.cursor()));
    }

    /** The candidates for the word at the cursor; each replaces {@link CompletionWord#word()}. */
    public List<Candidate> suggest(String buffer, int cursor) {
        CompletionWord word = CompletionWord.at(buffer, cursor, this::syntaxOf);
        InputLine line = InputLine.of(buffer);
        if (!line.isCommand()) {
            List<Candidate> attributes = names.attributesInQuery(buffer.substring(0, cursor), word, java);
            return attributes != null ? attributes : java.suggest(buffer, cursor, word.start(), 0);
        }
        if (line.argumentsStart() < 0 || cursor <= line.commandEnd()) {
            return words(shell.commands().stream().map(ShellCommand::name).toList(), word, "commands");
        }
        Optional<ShellCommand> command = shell.commandNamed(line.commandName());
        if (command.isEmpty()) {
            return List.of();
        }
        int from = line.argumentsStart();
        return switch (command.get().argumentSyntax()) {
            case WORDS -> words(command.get().argumentWords(shell), word, null);
            case JAVA -> java.suggest(buffer.substring(from), cursor - from, word.start() - from, from);
            case SQL -> names.sql(word);
            case HQL -> names.hql(word);
            case FILE -> FileNames.suggest(word.word());
        };
    }

    private ArgumentSyntax syntaxOf(String commandName) {
        return shell.commandNamed(commandName).map(ShellCommand::argumentSyntax).orElse(null);
    }

    static List<Candidate> words(List<String> words, CompletionWord word, String group) {
        return words(words, word, group, true);
    }

    /** As above; {@code complete} false for a word that goes on (inside a string: no space after it). */
    static List<Candidate> words(List<String> words, CompletionWord word, String group, boolean complete) {
        List<Candidate> candidates = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith(word.word())) {
                candidates.add(new Candidate(w, w, group, null, null, null, complete));
            }
        }
        return candidates;
    }
}
