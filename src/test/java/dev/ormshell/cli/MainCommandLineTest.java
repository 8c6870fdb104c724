package dev.ormshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The command line as picocli reads it: the plain shell without the subcommands' tree, every other use with it. */
class MainCommandLineTest {

    @Test
    void theShellsOwnOptionsAreReadWithoutBuildingTheSubcommands() {
        assertEquals(Set.of(), Main.commandLine(new String[] {"--url", "sqlite:///x.sqlite", "--no-context"}).getSubcommands().keySet());
        assertEquals(Set.of(), Main.commandLine(new String[0]).getSubcommands().keySet());
    }

    @Test
    void aSubcommandOrHelpGetsTheWholeTree() {
        Set<String> all = Set.of("run", "db", "bench");
        assertEquals(all, Main.commandLine(new String[] {"--url", "sqlite:///x.sqlite", "run", "f.jsh"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[] {"db", "current"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[] {"--help"}).getSubcommands().keySet());
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
