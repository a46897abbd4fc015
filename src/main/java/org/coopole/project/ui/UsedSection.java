package org.coopole.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.coopole.common.Dates;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.project.Choice;
import org.coopole.project.HoursData;
import org.coopole.project.HoursLedger;
import org.coopole.project.ProjectActivityService;
import org.coopole.project.ProjectPage;
import org.coopole.project.UsedBooking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * What the project used: the bookings made for it (anyone of the pole sees which resources), and — for those who
 * read its details — the staff hours each organisation gave, booked and entered by hand, with totals.
 */
class UsedSection extends Div {

    UsedSection(ProjectActivityService activity, PoleId poleId, ProjectPage page, java.util.List<UsedBooking> used,
                Optional<HoursLedger> hours, boolean mayReport, ZoneId zone, Runnable reload) {
        add(new H3(getTranslation("project.used.bookings")));
        if (used.isEmpty()) {
            add(new Paragraph(getTranslation("project.used.none")));
        }
        var times = Dates.dateTimes(getLocale(), zone);
        for (UsedBooking booking : used) {
            Anchor resource = new Anchor("resources/" + booking.resource(), booking.resourceName());
            add(ProjectParts.row(resource, new Span(booking.organisationName() + " · " + times.format(booking.start())
                    + " → " + times.format(booking.end()) + " · " + getTranslation("booking.status." + booking.status()))));
        }
        if (hours.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("project.hours")));
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(2);
        java.util.function.LongFunction<String> inHours = minutes -> numbers.format(minutes / 60.0) + " h";
        if (hours.get().lines().isEmpty()) {
            add(new Paragraph(getTranslation("project.hours.none")));
        } else {
            Div totals = new Div();
            totals.addClassName("coopole-facts");
            for (HoursLedger.Total total : hours.get().totals()) {
                totals.add(new Div(new Span(total.organisationName()), new Span(getTranslation("project.hours.total-line",
                        inHours.apply(total.minutes()), inHours.apply(total.bookedMinutes()),
                        inHours.apply(total.enteredMinutes())))));
            }
            add(totals);
            for (HoursLedger.Line line : hours.get().lines()) {
                Div row = ProjectParts.row(new Span(Dates.format(line.on(), getLocale()) + " · "
                        + line.organisationName() + " · " + inHours.apply(line.minutes()) + " · "
                        + getTranslation(line.booked() ? "project.hours.booked" : "project.hours.entered")
                        + (line.note().isBlank() ? "" : " — " + line.note())));
                if (line.removable()) {
                    row.add(ProjectParts.small(getTranslation("project.partner.remove"),
                            getTranslation("project.hours.remove-label", line.organisationName()), true, e -> {
                                activity.removeHours(poleId, line.id());
                                reload.run();
                            }));
                }
                add(row);
            }
        }
        if (mayReport) {
            add(hoursForm(activity, poleId, page, zone, reload));
        }
    }

    private Div hoursForm(ProjectActivityService activity, PoleId poleId, ProjectPage page, ZoneId zone,
                          Runnable reload) {
        ComboBox<Choice> organisation = new ComboBox<>(getTranslation("project.organisation"));
        organisation.setItems(ProjectParts.organisations(page));
        organisation.setItemLabelGenerator(Choice::name);
        organisation.setVisible(page.editable());
        DatePicker on = new DatePicker(getTranslation("project.hours.on"));
        on.setLocale(getLocale());
        on.setValue(java.time.LocalDate.now(zone)); // the pole's day
        BigDecimalField amount = new BigDecimalField(getTranslation("project.hours.amount"));
        amount.setSuffixComponent(new Span("h"));
        amount.setHelperText(getTranslation("project.hours.amount.help"));
        TextField note = new TextField(getTranslation("project.hours.note"));
        note.setMaxLength(HoursData.NOTE_MAX);
        note.setWidthFull();
        Button add = new Button(getTranslation("project.hours.add"), e -> {
            try {
                BigDecimal value = amount.getValue();
                if (value == null) {
                    throw new InvalidField("minutes", "validation.required");
                }
                if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(HoursData.MINUTES_MAX / 60)) > 0) {
                    throw new InvalidField("minutes", "project.hours.out-of-range", HoursData.MINUTES_MAX / 60);
                }
                int minutes = value.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
                activity.addHours(poleId, page.id(), new HoursData(ProjectParts.organisation(organisation.getValue()),
                        on.getValue(), minutes, note.getValue()));
                reload.run();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("organisation", organisation, "workedOn", on, "minutes", amount,
                        "note", note), refusal);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ProjectParts.form(this, "project.hours.add", organisation, on, amount, note, add);
    }
}
