package ru.nko42.portal.model.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price of a paid or partly paid service (HSDS cost_option), in roubles: what is paid for ("час уборки",
 * "месяц проживания") and how much; the amount may be left out where it depends ("по тарифу").
 */
@Embeddable
public class CostOption implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int OPTION_LENGTH = 300;
    public static final String CURRENCY = "RUB";

    @NotBlank
    @Size(max = OPTION_LENGTH)
    @Column(name = "option_text", nullable = false, length = OPTION_LENGTH)
    private String option;

    @PositiveOrZero
    @DecimalMax("9999999.99")
    @Digits(integer = 7, fraction = 2)
    @Column(name = "amount", precision = 9, scale = 2)
    private BigDecimal amount;

    protected CostOption() {}

    public CostOption(String option, BigDecimal amount) {
        this.option = option;
        this.amount = amount;
    }

    public String getOption() {
        return option;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CostOption cost
                && Objects.equals(option, cost.option)
                && (amount == null ? cost.amount == null : cost.amount != null && amount.compareTo(cost.amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(option, amount == null ? null : amount.stripTrailingZeros());
    }
}
