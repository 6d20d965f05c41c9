package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A price of the service, as the editor's row holds it: what is paid for and how many roubles (may be empty). */
public class CostRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String option;
    private BigDecimal amount;

    public CostRow() {}

    public CostRow(String option, BigDecimal amount) {
        this.option = option;
        this.amount = amount;
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
