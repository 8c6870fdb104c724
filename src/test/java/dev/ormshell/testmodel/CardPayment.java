package dev.ormshell.testmodel;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A payment by card. */
@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {

    private String lastDigits;

    protected CardPayment() {
    }

    public CardPayment(BigDecimal amount, Owner payer, String lastDigits) {
        super(amount, payer);
        this.lastDigits = lastDigits;
    }

    public String getLastDigits() {
        return lastDigits;
    }
}
