package dev.ormshell.testmodel;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The SINGLE_TABLE root of payments: every kind in one table, told apart by {@code kind}. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Payment extends BaseEntity {

    private BigDecimal amount;

    @ManyToOne
    private Owner payer;

    protected Payment() {
    }

    protected Payment(BigDecimal amount, Owner payer) {
        this.amount = amount;
        this.payer = payer;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Owner getPayer() {
        return payer;
    }
}
