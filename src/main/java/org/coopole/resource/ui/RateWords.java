package org.coopole.resource.ui;

import com.vaadin.flow.component.Component;
import org.coopole.common.ui.Locales;
import org.coopole.resource.RateUnit;

import java.text.NumberFormat;
import java.util.Currency;

/** A resource's rate as people read it: "Gratuit", "25,00 € par heure". */
public final class RateWords {

    private RateWords() {
    }

    public static String of(Component screen, RateUnit unit, int cents) {
        if (unit == RateUnit.FREE) {
            return screen.getTranslation("resource.rate.FREE");
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locales.of(screen));
        money.setCurrency(Currency.getInstance("EUR"));
        return screen.getTranslation("resource.rate.amount", money.format(cents / 100.0),
                screen.getTranslation(unit.translationKey()).toLowerCase(Locales.of(screen)));
    }
}
