package dev.ormshell.project;

/** A project the shell cannot open as it is, in one line that says what to do. */
public final class ProjectException extends RuntimeException {

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
