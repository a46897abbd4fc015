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

    BookingCalendar(String language, boolean selectable) {
        getElement().setAttribute("locale", language);
        if (selectable) {
            getElement().setAttribute("selectable", true);
        }
        addClassName("coopole-calendar");
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
