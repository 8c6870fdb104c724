package dev.ormshell.repl;

import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Whether Java that is not a whole statement yet can still become one. JShell only tells
 * complete from incomplete, so {@code new User("a" ;} would wait for more lines for ever; javac's
 * parser tells where the first mistake is. When it lies before the end of what was typed, in
 * every way the text can be read (a statement, a member, a whole file), no later line can
 * mend it, and the shell hands it over at once so that its error shows (as Python does).
 */
final class UnfinishedJava {

    // The readings of a snippet, the commonest first: a statement, a class member, top level (imports).
    private static final List<String[]> READINGS = List.of(
            new String[] {"class $ { void $() {\n", "\n}}"}, new String[] {"class $ {\n", "\n}"}, new String[] {"", ""});
    // Mistakes that more lines do mend.
    private static final Set<String> OPEN_ENDED = Set.of("compiler.err.unclosed.comment", "compiler.err.unclosed.text.block");

    private UnfinishedJava() {
    }

    static boolean canBeFinished(String source) {
        String typed = source.stripTrailing();
        for (String[] reading : READINGS) {
            Diagnostic<? extends JavaFileObject> mistake = firstMistake(reading[0] + typed + reading[1]);
            if (mistake == null || OPEN_ENDED.contains(mistake.getCode())
                    || mistake.getPosition() == Diagnostic.NOPOS
                    || mistake.getPosition() - reading[0].length() >= typed.length()) {
                return true;
            }
        }
        return false;
    }

    private static Diagnostic<? extends JavaFileObject> firstMistake(String code) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
        try {
            ((com.sun.source.util.JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file)))
                    .parse();
        } catch (java.io.IOException | RuntimeException e) {
            return null; // cannot tell: let the user go on typing
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElse(null);
    }
}
