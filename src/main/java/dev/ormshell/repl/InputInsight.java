package dev.ormshell.repl;

import dev.ormshell.orm.Db;
import dev.ormshell.orm.StatementCounts;

/**
 * What the shell says after each input about the ORM's work: how many statements the input
 * sent ({@code /stats on}) and its N+1 patterns (on by default at a terminal, {@code /nplusone}).
 */
public final class InputInsight implements InputListener {

    private Db db;
    private final Output output;
    private boolean stats;
    private boolean nPlusOneWarnings;
    private StatementCounts before;

    InputInsight(Db db, Output output) {
        this.db = db;
        this.output = output;
        this.before = db.database().dataSource().counts();
    }

    /** From now on, the database as /reload mapped it again (the same statements counter). */
    void use(Db reloaded) {
        db = reloaded;
    }

    /** After each input (a snippet or a command), whatever its outcome. */
    @Override
    public void afterInput(InputResult result) {
        StatementCounts now = db.database().dataSource().counts();
        StatementCounts sent = now.minus(before);
        before = now;
        if (stats && sent.statements() > 0) {
            output.notice(sent.toString());
        }
        // Taken even when not shown, so that a warning turned on later is about its own input only.
        var warnings = db.database().associationLoads().nPlusOneWarnings();
        if (nPlusOneWarnings) {
            warnings.forEach(output::notice);
        }
    }

    public boolean stats() {
        return stats;
    }

    public void setStats(boolean on) {
        stats = on;
    }

    public boolean nPlusOneWarnings() {
        return nPlusOneWarnings;
    }

    public void setNPlusOneWarnings(boolean on) {
        nPlusOneWarnings = on;
    }
}
