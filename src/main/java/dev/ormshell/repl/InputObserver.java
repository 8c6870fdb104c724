package dev.ormshell.repl;

/** Told when each input starts and ends (a lesson transcript, the progress line). */
public interface InputObserver {

    void started(String input);

    void ended(String input, Outcome outcome);
}
