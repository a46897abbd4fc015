package org.coopole.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.booking.Occurrence;
import org.coopole.booking.Repeat;
import org.coopole.booking.SeriesOutcome;
import org.coopole.booking.SlotTaken;
import org.coopole.common.InvalidField;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.resource.BookingRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Booking a resource: the period on the pole's clock, the purpose, and optionally a repetition whose dates are
 * checked before booking. A refusal shows next to its field; a lost race says so and keeps what was typed.
 */
class BookingDialog extends Dialog {

    private final BookingService bookings;
    private final PoleId poleId;
    private final BookingRules rules;
    private final Runnable afterChange;
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextArea purpose = new TextArea();
    private final RadioButtonGroup<Optional<Repeat>> repeat = new RadioButtonGroup<>();
    private final IntegerField count = new IntegerField();
    private final Div occurrences = new Div();
    private final Paragraph outcome = new Paragraph();
    private final Button book = new Button();
    private final Map<String, com.vaadin.flow.component.HasValidation> fields;

    /** The joint project the booking is for, among those of the person's organisation; hidden when there is none. */
    private final com.vaadin.flow.component.combobox.ComboBox<org.coopole.project.Choice> project =
            new com.vaadin.flow.component.combobox.ComboBox<>();

    /** Offered when the slot is taken: a place in the resource's line for that period. */
    private final Button join = new Button();
    private final org.coopole.booking.WaitlistService waitlist;

    BookingDialog(BookingService bookings, PoleId poleId, BookingRules rules, Runnable afterChange,
                  List<org.coopole.project.Choice> projects, org.coopole.booking.WaitlistService waitlist) {
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.poleId = poleId;
        this.rules = rules;
        this.afterChange = afterChange;
        setHeaderTitle(getTranslation("booking.dialog.title", rules.name()));
        addClassName("coopole-booking-dialog");
        setWidth("min(44rem, 96vw)");

        Duration step = Duration.ofMinutes(Math.min(rules.policy().unit().minutes(), 60));
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setStep(step);
            picker.setLocale(getLocale());
            // no required indicator: Vaadin 25's date-time picker then puts aria-required on an element without a
            // role, which screen readers ignore (axe: aria-allowed-attr); both dates are always filled in here
        }
        start.setLabel(getTranslation("booking.dialog.start"));
        end.setLabel(getTranslation("booking.dialog.end"));
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusMinutes(Math.max(rules.policy().minMinutes(), 60)));
            }
        });
        purpose.setLabel(getTranslation("booking.dialog.purpose"));
        org.coopole.common.ui.TextLimits.limit(purpose, BookingService.PURPOSE_MAX);
        purpose.setHelperText(getTranslation("booking.dialog.purpose.helper"));
        repeat.setLabel(getTranslation("booking.dialog.repeat"));
        repeat.setItems(Optional.empty(), Optional.of(Repeat.DAILY), Optional.of(Repeat.WEEKLY),
                Optional.of(Repeat.MONTHLY));
        repeat.setItemLabelGenerator(r -> r.map(x -> getTranslation(x.translationKey()))
                .orElse(getTranslation("booking.repeat.NONE")));
        repeat.setValue(Optional.empty());
        count.setLabel(getTranslation("booking.dialog.count"));
        count.setMin(2);
        count.setMax(BookingService.MAX_OCCURRENCES);
        count.setStepButtonsVisible(true);
        count.setValue(4);
        count.setVisible(false);
        repeat.addValueChangeListener(e -> {
            count.setVisible(e.getValue().isPresent());
            occurrences.removeAll();
        });
        Button check = new Button(getTranslation("booking.dialog.check"), e -> check());
        check.setVisible(false);
        repeat.addValueChangeListener(e -> check.setVisible(e.getValue().isPresent()));

        project.setLabel(getTranslation("booking.dialog.project"));
        project.setHelperText(getTranslation("booking.dialog.project.helper"));
        project.setItems(projects);
        project.setItemLabelGenerator(org.coopole.project.Choice::name);
        project.setClearButtonVisible(true);
        project.setVisible(!projects.isEmpty());
        FormLayout form = new FormLayout(start, end, purpose, project, repeat, count);
        form.setColspan(purpose, 2);
        form.setColspan(project, 2);
        occurrences.addClassName("coopole-occurrences");
        outcome.addClassName("coopole-form-error");
        outcome.setVisible(false);
        join.setText(getTranslation("waitlist.join"));
        join.setId("waitlist-join");
        join.setVisible(false);
        join.addClickListener(e -> joinWaitlist());
        add(form, check, occurrences, outcome, join);
        start.addValueChangeListener(e -> join.setVisible(false));
        end.addValueChangeListener(e -> join.setVisible(false));

        fields = Map.<String, com.vaadin.flow.component.HasValidation>of("start", start, "end", end, "purpose", purpose, "count", count, "repeat", repeat, "project", project);
        book.setText(getTranslation(rules.approvalRequired() ? "booking.dialog.request" : "booking.dialog.book"));
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.addClickListener(e -> book());
        book.setId("booking-confirm");
        purpose.setId("booking-purpose");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), book);
    }

    void startAt(LocalDateTime from, LocalDateTime to) {
        start.setValue(from);
        end.setValue(to);
    }

    private org.coopole.project.ProjectId projectId() {
        return project.getValue() == null ? null : new org.coopole.project.ProjectId(project.getValue().id());
    }

    private Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(rules.zone()).toInstant();
    }

    private void check() {
        FieldErrors.clear(fields);
        occurrences.removeAll();
        try {
            List<Occurrence> dates = bookings.preview(poleId, rules.resourceId(), instant(start), instant(end),
                    repeat.getValue().orElseThrow(), count.getValue() == null ? 0 : count.getValue());
            long free = dates.stream().filter(Occurrence::free).count();
            occurrences.add(new Paragraph(getTranslation("booking.dialog.free-dates", free, dates.size())));
            UnorderedList list = new UnorderedList();
            dates.forEach(o -> list.add(line(o)));
            occurrences.add(list);
        } catch (InvalidField refusal) {
            FieldErrors.show(this, fields, refusal);
        }
    }

    private ListItem line(Occurrence occurrence) {
        DateTimeFormatter format = Dates.dateTimes(getLocale(), rules.zone());
        String when = format.format(occurrence.start());
        ListItem item = new ListItem();
        if (occurrence.free()) {
            item.setText(getTranslation("booking.dialog.date-free", when));
            item.addClassName("coopole-date-free");
        } else if (occurrence.taken()) {
            item.setText(getTranslation("booking.dialog.date-taken", when));
            item.addClassName("coopole-date-conflict");
        } else {
            item.setText(getTranslation("booking.dialog.date-refused", when,
                    FieldErrors.message(this, occurrence.refusal())));
            item.addClassName("coopole-date-conflict");
        }
        return item;
    }

    private void book() {
        FieldErrors.clear(fields);
        outcome.setVisible(false);
        try {
            String message;
            if (repeat.getValue().isPresent()) {
                SeriesOutcome series = bookings.bookSeries(poleId, rules.resourceId(), instant(start), instant(end),
                        repeat.getValue().get(), count.getValue() == null ? 0 : count.getValue(), purpose.getValue(),
                        projectId());
                message = getTranslation(series.status() == BookingStatus.REQUESTED
                        ? "booking.dialog.series-requested" : "booking.dialog.series-booked",
                        series.booked().size(), series.leftOut().size());
            } else {
                BookingStatus status = bookings.book(poleId, rules.resourceId(), instant(start), instant(end),
                        purpose.getValue(), projectId());
                message = getTranslation(status == BookingStatus.REQUESTED
                        ? "booking.dialog.requested" : "booking.dialog.booked", rules.name());
            }
            Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            close();
            afterChange.run();
        } catch (SlotTaken taken) {
            outcome.setText(getTranslation("booking.slot-taken"));
            outcome.setVisible(true);
            start.setInvalid(true);
            // a single slot can be waited for; a series shows which dates are taken instead
            join.setVisible(repeat.getValue().isEmpty());
            afterChange.run();
        } catch (InvalidField refusal) {
            FieldErrors.show(this, fields, refusal);
        }
    }

    /** Takes a place in the resource's line for the period typed: the person is told when it frees. */
    private void joinWaitlist() {
        FieldErrors.clear(fields);
        try {
            waitlist.join(poleId, rules.resourceId(), instant(start), instant(end));
            Notification.show(getTranslation("waitlist.joined", rules.name()), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            close();
        } catch (InvalidField refusal) {
            join.setVisible(false);
            outcome.setVisible(false);
            FieldErrors.show(this, fields, refusal);
        }
    }
}
