package dev.ormshell.bench;

/** A benchmark that cannot run as asked; the message says why, in one line. */
public final class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }
}
