package org.coopole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import java.util.Locale;

/** The language a screen is shown in, for helpers that write on its behalf (dates, amounts, day names). */
public final class Locales {

    private Locales() {
    }

    public static Locale of(Component screen) {
        return screen.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(Locale.FRENCH);
    }
}
