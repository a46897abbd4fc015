package org.coopole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import org.coopole.common.InvalidField;

import java.util.Map;

/** Shows a service's refusal next to the field it concerns, in the person's language; what was typed stays. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier messages, so that only the current refusal shows. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks the refused field; a refusal of a field the form does not show is re-thrown (a programming error). */
    public static void show(Component screen, Map<String, ? extends HasValidation> fields, InvalidField refusal) {
        HasValidation field = fields.get(refusal.field());
        if (field == null) {
            throw refusal;
        }
        field.setErrorMessage(message(screen, refusal));
        field.setInvalid(true);
    }

    /** The refusal in the person's language, its dates written as they write them and its durations in words. */
    public static String message(Component screen, InvalidField refusal) {
        return message(Locales.of(screen), screen::getTranslation, refusal);
    }

    /** The same, with any translator for that language (the API's, say). */
    public static String message(java.util.Locale locale,
                                 java.util.function.BiFunction<String, Object[], String> translate,
                                 InvalidField refusal) {
        Object[] params = java.util.Arrays.stream(refusal.params())
                .map(p -> switch (p) {
                    case java.time.LocalDate day -> org.coopole.common.Dates.format(day, locale);
                    case java.time.ZonedDateTime time -> org.coopole.common.Dates.dateTimes(locale, time.getZone())
                            .format(time);
                    case java.time.Duration duration -> DurationWords.of(translate, duration.toMinutes());
                    case org.coopole.common.Cents cents -> MoneyWords.of(locale, cents.value());
                    case org.coopole.common.Words words -> translate.apply(words.key(), new Object[0]);
                    case null, default -> p;
                })
                .toArray();
        return translate.apply(refusal.messageKey(), params);
    }
}
