package dev.ormshell.testmodel;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A payment in cash. */
@Entity
@DiscriminatorValue("cash")
public class CashPayment extends Payment {

    protected CashPayment() {
    }

    public CashPayment(BigDecimal amount, Owner payer) {
        super(amount, payer);
    }
}
