package dev.ormshell.repl.commands;

import dev.ormshell.repl.LessonTranscript;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** /transcript FILE.md … /transcript off: the session as a Markdown lesson, with the SQL each input ran. */
public final class TranscriptCommand implements ShellCommand {

    private LessonTranscript running;

    @Override
    public String name() {
        return "transcript";
    }

    @Override
    public String usage() {
        return "/transcript FILE.md|off";
    }

    @Override
    public String help() {
        return "write each input, the SQL it ran and what it printed to a Markdown file, until /transcript off";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return List.of("off");
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        if (arguments.isBlank()) {
            shell.output().notice(running == null ? "No transcript is being written (/transcript FILE.md starts one)."
                    : "Writing the transcript to " + running.file() + " (/transcript off ends it).");
            return Outcome.NOTHING;
        }
        if (arguments.equals("off")) {
            if (running == null) {
                return Outcome.error("/transcript off: no transcript is being written");
            }
            running.stop();
            shell.output().notice("The transcript is in " + running.file() + ".");
            running = null;
            return Outcome.NOTHING;
        }
        Path file;
        try {
            file = Path.of(arguments);
        } catch (InvalidPathException e) {
            return Outcome.error("/transcript: '" + arguments + "' is not a file name");
        }
        if (running != null) {
            running.stop();
        }
        try {
            running = LessonTranscript.start(file, shell);
        } catch (IOException e) {
            running = null;
            return Outcome.error("cannot write the transcript " + file + ": " + e.getMessage());
        }
        shell.output().notice("Writing the transcript to " + file + " (/transcript off ends it).");
        return Outcome.NOTHING;
    }
}
