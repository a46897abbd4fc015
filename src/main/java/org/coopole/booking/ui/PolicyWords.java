package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.coopole.common.Dates;
import org.coopole.common.ui.DurationWords;
import org.coopole.common.ui.Locales;
import org.coopole.resource.BookingPolicy;
import org.coopole.resource.BookingRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.stream.Collectors;

/** A resource's booking rules in plain words, one line each. */
final class PolicyWords {

    private PolicyWords() {
    }

    private static String hoursOf(BookingRules rules, DayOfWeek day) {
        return rules.hoursOn(day).stream().map(h -> h.text("–")).collect(Collectors.joining(", "));
    }

    static UnorderedList of(Component screen, BookingRules rules) {
        BookingPolicy policy = rules.policy();
        UnorderedList list = new UnorderedList();
        list.addClassName("coopole-policy");
        list.add(new ListItem(screen.getTranslation(rules.approvalRequired()
                ? "booking.rules.approval" : "booking.rules.no-approval")));
        list.add(new ListItem(screen.getTranslation("booking.rules.unit",
                screen.getTranslation(policy.unit().translationKey()).toLowerCase(Locales.of(screen)))));
        list.add(new ListItem(screen.getTranslation("booking.rules.length",
                DurationWords.of(screen, policy.minMinutes()), DurationWords.of(screen, policy.maxMinutes()))));
        if (policy.leadMinutes() > 0) {
            list.add(new ListItem(screen.getTranslation("booking.rules.lead", DurationWords.of(screen, policy.leadMinutes()))));
        }
        list.add(new ListItem(screen.getTranslation("booking.rules.horizon", policy.horizonDays())));
        if (rules.openingHours().isEmpty()) {
            list.add(new ListItem(screen.getTranslation("booking.rules.always-open")));
        } else {
            // consecutive days with the same hours on one line: "lundi – vendredi : 09:00–18:00"
            DayOfWeek[] days = DayOfWeek.values();
            for (int first = 0; first < days.length; ) {
                String hours = hoursOf(rules, days[first]);
                int last = first;
                while (last + 1 < days.length && hoursOf(rules, days[last + 1]).equals(hours)) {
                    last++;
                }
                String dayNames = days[first].getDisplayName(TextStyle.FULL, Locales.of(screen))
                        + (last > first ? " – " + days[last].getDisplayName(TextStyle.FULL, Locales.of(screen)) : "");
                list.add(new ListItem(hours.isEmpty()
                        ? screen.getTranslation("booking.rules.closed-day", dayNames)
                        : screen.getTranslation("booking.rules.open-day", dayNames, hours)));
                first = last + 1;
            }
        }
        LocalDate today = LocalDate.now(rules.zone());
        rules.closures().stream().filter(c -> !c.lastDay().isBefore(today)).forEach(c -> list.add(new ListItem(
                screen.getTranslation("booking.rules.closure", Dates.format(c.firstDay(), Locales.of(screen)),
                        Dates.format(c.lastDay(), Locales.of(screen)), c.reason()).strip())));
        if (rules.weeklyCapMinutes() != null) {
            list.add(new ListItem(screen.getTranslation("booking.rules.weekly-cap",
                    DurationWords.of(screen, rules.weeklyCapMinutes()))));
        }
        return list;
    }
}
