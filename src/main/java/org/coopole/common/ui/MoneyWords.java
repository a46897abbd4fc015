package org.coopole.common.ui;

import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

/** An amount in euro cents as people read it: "12,50 €", "€12.50". */
public final class MoneyWords {

    private MoneyWords() {
    }

    public static String of(Component screen, long cents) {
        return of(Locales.of(screen), cents);
    }

    public static String of(java.util.Locale locale, long cents) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        return money.format(BigDecimal.valueOf(cents, 2));
    }
}
