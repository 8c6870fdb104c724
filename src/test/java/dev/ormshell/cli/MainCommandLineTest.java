package dev.ormshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line: the shell's own options read by hand (ShellArguments) exactly as picocli reads
 * them, and everything else left to picocli with the whole tree of subcommands.
 */
class MainCommandLineTest {

    private static final List<String[]> SHELL_ONLY = List.of(
            new String[0],
            new String[] {"--url", "sqlite:///x.sqlite", "--no-context"},
            new String[] {"--project=../app", "--context", "ctx.jsh", "--debug"},
            new String[] {"--classpath", "a.jar:classes", "--profile", "pg", "--url="},
            new String[] {"--context=", "--project", "p"});

    @Test
    void theShellsOwnOptionsAreReadByHandAsPicocliReadsThem() {
        for (String[] args : SHELL_ONLY) {
            ShellOptions byHand = ShellArguments.read(args);
            assertNotNull(byHand, String.join(" ", args));
            Main main = new Main();
            new CommandLine(main).parseArgs(args);
            ShellOptions byPicocli = main.options;
            String what = String.join(" ", args);
            assertEquals(byPicocli.url, byHand.url, what);
            assertEquals(byPicocli.project, byHand.project, what);
            assertEquals(byPicocli.classpath, byHand.classpath, what);
            assertEquals(byPicocli.profile, byHand.profile, what);
            assertEquals(byPicocli.context, byHand.context, what);
            assertEquals(byPicocli.noContext, byHand.noContext, what);
            assertEquals(byPicocli.debug, byHand.debug, what);
        }
    }

    @Test
    void runOfAFileWithWordsIsReadByHandAsPicocliReadsIt() {
        for (String[] args : List.of(new String[] {"run", "f.jsh"}, new String[] {"--url", "u", "run", "-"},
                new String[] {"--project", "p", "run", "exp.jsh", "1000", "fast"})) {
            RunCommand byHand = (RunCommand) ShellArguments.command(args);
            assertNotNull(byHand, String.join(" ", args));
            RunCommand byPicocli = (RunCommand) new CommandLine(new Main()).parseArgs(args).subcommand().commandSpec().userObject();
            String what = String.join(" ", args);
            assertEquals(byPicocli.file, byHand.file, what);
            assertEquals(byPicocli.arguments, byHand.arguments, what);
            assertEquals(byPicocli.main.options.url, byHand.main.options.url, what);
            assertEquals(byPicocli.main.options.project, byHand.main.options.project, what);
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {"--url", "u", "db", "current"}, new String[] {"--help"}, new String[] {"-V"}, new String[] {"--url"}, new String[] {"--url", "--debug"},
                new String[] {"--url", "a", "--url=b"}, new String[] {"--bogus"}, new String[] {"--no-context=true"},
                new String[] {"run"}, new String[] {"run", "--format", "csv", "f.jsh"}, new String[] {"run", "f.jsh", "--", "-x"},
                new String[] {"run", "-h"}, new String[] {"db", "upgrade"}, new String[] {"bench"})) {
            assertNull(ShellArguments.command(args), String.join(" ", args));
        }
    }

    @Test
    void aMistypedSubcommandIsAnsweredAsTheWholeTreeAnswersIt() {
        Printed printed = Printed.by(() -> Main.execute("ru"));
        assertEquals(2, printed.status());
        assertTrue(printed.err().contains("Unmatched argument at index 0: 'ru'"), printed.err());
        assertTrue(printed.err().contains("Did you mean: shell.sh run?"), printed.err());
    }

    @Test
    void helpListsTheSubcommands() {
        Printed printed = Printed.by(() -> Main.execute("--help"));
        assertEquals(0, printed.status());
        assertTrue(printed.out().contains("Commands:") && printed.out().contains("  run ") && printed.out().contains("  db "), printed.out());
    }

    @Test
    void aFailureOfTheShellReadByHandIsTheSameOneLineError() {
        Printed printed = Printed.by(() -> Main.execute("--project", "does-not-exist-" + System.nanoTime()));
        assertEquals(1, printed.status());
        assertTrue(printed.err().startsWith("error: --project ") && printed.err().contains("does-not-exist-")
                && printed.err().endsWith(": no such folder\n") && printed.err().lines().count() == 1, printed.err());
    }

    /** What a command printed on standard output and error, and its exit status. */
    private record Printed(int status, String out, String err) {

        static Printed by(IntSupplier command) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            try {
                int status = command.getAsInt();
                return new Printed(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }
}
