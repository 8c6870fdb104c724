package dev.ormshell.cli;

import dev.ormshell.config.BadDatabaseUrlException;
import dev.ormshell.orm.ShellDatabaseException;
import dev.ormshell.project.ProjectException;
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
        boolean expected = e instanceof UserError || e instanceof ShellDatabaseException || e instanceof BadDatabaseUrlException
                || e instanceof ProjectException;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("error: " + (expected ? message : e.getClass().getSimpleName() + ": " + message));
        if (debug) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
    }
}
