package dev.ormshell.orm;

/** Where a transaction begins or ends, named as SQLAlchemy's echo names it. */
public enum TransactionBoundary {
    BEGIN("BEGIN (implicit)"),
    COMMIT("COMMIT"),
    ROLLBACK("ROLLBACK");

    private final String text;

    TransactionBoundary(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
