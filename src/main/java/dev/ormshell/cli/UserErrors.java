package dev.ormshell.cli;

import dev.ormshell.config.BadDatabaseUrlException;
import dev.ormshell.orm.ShellDatabaseException;
import dev.ormshell.project.ProjectException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one line ("orm-shell: error: …"), with the stack trace only under --debug. */
final class UserErrors implements IExecutionExceptionHandler {

    private final boolean debug;

    UserErrors(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    /** Prints the failure on {@code err}; the exit status to end with. */
    int report(Exception e, PrintWriter err) {
        boolean expected = e instanceof UserError || e instanceof ShellDatabaseException || e instanceof BadDatabaseUrlException
                || e instanceof ProjectException;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("error: " + (expected ? message : e.getClass().getSimpleName() + ": " + message));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
