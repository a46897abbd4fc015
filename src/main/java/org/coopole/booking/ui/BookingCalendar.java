package org.coopole.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDateTime;
import org.coopole.resource.OpeningHours;
import java.util.List;

/**
 * FullCalendar (month, week and day views) through the small {@code <coopole-calendar>} element in
 * {@code frontend/js}. It shows the pole's wall clock: times go both ways as local date-times of the pole.
 */
@Tag("coopole-calendar")
@JavaScript("context://vendor/fullcalendar/index.global.min.js")
@JavaScript("context://vendor/fullcalendar/fr.global.min.js")
@JavaScript("context://js/coopole-calendar.js")
public class BookingCalendar extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A busy slot as the calendar draws it; {@code title} is plain text (FullCalendar does not read it as HTML). */
    record Entry(String id, String title, LocalDateTime start, LocalDateTime end, String status) {
    }

    /** @param locale a BCP 47 tag: its language names the words, the whole tag how dates and times are written */
    BookingCalendar(String locale, boolean selectable) {
        getElement().setAttribute("locale", locale);
        if (selectable) {
            getElement().setAttribute("selectable", true);
        }
        addClassName("coopole-calendar");
        // by keyboard: its name and keys, and the words of what it announces at each move
        getElement().setAttribute("keys-label", getTranslation(selectable ? "booking.calendar.keys"
                : "booking.calendar.keys-read"));
        getElement().setAttribute("words", JSON.writeValueAsString(java.util.Map.of(
                "free", getTranslation("booking.calendar.free"), "taken", getTranslation("booking.calendar.taken"),
                "past", getTranslation("booking.calendar.past"), "closed", getTranslation("booking.calendar.closed"))));
    }

    /**
     * The calendar's locale: the person's language, written as their browser writes it when it speaks that language
     * too ("en-US", "en-GB", "fr-CA"); British English otherwise for English (day before month, 24-hour clock, as in
     * France), French for French.
     */
    static String localeTag(java.util.Locale language, com.vaadin.flow.server.VaadinSession session) {
        java.util.Locale browser = session == null || session.getBrowser() == null ? null : session.getBrowser().getLocale();
        if (browser != null && browser.getLanguage().equals(language.getLanguage()) && !browser.getCountry().isEmpty()) {
            return browser.toLanguageTag();
        }
        return language.getLanguage().equals("en") ? "en-GB" : language.getLanguage();
    }

    /** Nothing can be selected before this time of the pole's clock. */
    void setNow(LocalDateTime now) {
        getElement().setAttribute("now", now.withNano(0).toString());
    }

    /** Shades the hours outside opening hours and keeps selections within them. */
    void setOpeningHours(List<org.coopole.resource.OpeningHours> hours) {
        if (hours.isEmpty()) {
            getElement().removeAttribute("business-hours");
            return;
        }
        getElement().setAttribute("business-hours", JSON.writeValueAsString(hours.stream()
                .map(h -> new BusinessHours(List.of(h.day().getValue() % 7), h.opens().toString(), OpeningHours.write(h.closes())))
                .toList()));
    }

    private record BusinessHours(List<Integer> daysOfWeek, String startTime, String endTime) {
    }

    void show(List<Entry> entries) {
        getElement().setProperty("eventsJson", JSON.writeValueAsString(entries.stream()
                .map(e -> new Json(e.id(), e.title(), e.start().toString(), e.end().toString(), e.status()))
                .toList()));
    }

    /** Asks the browser for its range again, so that the busy slots are fetched anew. */
    void refresh() {
        getElement().callJsFunction("refetch");
    }

    Registration onRange(ComponentEventListener<RangeEvent> listener) {
        return addListener(RangeEvent.class, listener);
    }

    Registration onSelect(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    private record Json(String id, String title, String start, String end, String status) {
    }

    /** A range of the calendar, on the pole's clock. */
    public abstract static class RangeOf extends ComponentEvent<BookingCalendar> {
        final LocalDateTime start;
        final LocalDateTime end;

        RangeOf(BookingCalendar source, boolean fromClient, String start, String end) {
            super(source, fromClient);
            this.start = LocalDateTime.parse(start);
            this.end = LocalDateTime.parse(end);
        }
    }

    /** The calendar now shows [start, end). */
    @DomEvent("coopole-range")
    public static class RangeEvent extends RangeOf {
        public RangeEvent(BookingCalendar source, boolean fromClient, @EventData("event.detail.start") String start,
                          @EventData("event.detail.end") String end) {
            super(source, fromClient, start, end);
        }
    }

    /** The person selected the free range [start, end). */
    @DomEvent("coopole-select")
    public static class SelectEvent extends RangeOf {
        public SelectEvent(BookingCalendar source, boolean fromClient, @EventData("event.detail.start") String start,
                           @EventData("event.detail.end") String end) {
            super(source, fromClient, start, end);
        }
    }
}
