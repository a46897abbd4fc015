/*
 * <coopole-calendar>: FullCalendar (loaded before this file) driven from Java.
 * The calendar shows the pole's wall clock: Java sends times without offset and the calendar runs in "UTC", so
 * what it shows and what a selection returns are the pole's local times, whatever the browser's time zone.
 *   attributes: locale ("fr" or "en"), view ("dayGridMonth", "timeGridWeek", "timeGridDay"), selectable,
 *   now (the pole's local time: nothing before it can be selected), business-hours (FullCalendar's businessHours
 *   as JSON: selections stay within them)
 *   property eventsJson: [{id, title, start, end, status}] as JSON, set by Java for the range it was asked
 *   events: "coopole-range" {start, end} when the visible range changes; "coopole-select" {start, end} when a free
 *   range is selected.
 */
class CoopoleCalendar extends HTMLElement {

  connectedCallback() {
    if (this.calendar) {
      return;
    }
    const host = document.createElement('div');
    this.appendChild(host);
    const narrow = window.matchMedia('(max-width: 640px)').matches;
    this.calendar = new FullCalendar.Calendar(host, {
      timeZone: 'UTC',
      locale: this.getAttribute('locale') || 'fr',
      initialView: this.getAttribute('view') || (narrow ? 'timeGridDay' : 'timeGridWeek'),
      initialDate: this.getAttribute('date') || undefined,
      headerToolbar: narrow
        ? {left: 'prev,next', center: 'title', right: 'dayGridMonth,timeGridDay'}
        : {left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay'},
      firstDay: 1,
      nowIndicator: false,
      allDaySlot: false,
      slotMinTime: '06:00:00',
      slotMaxTime: '22:00:00',
      height: 'auto',
      selectable: this.hasAttribute('selectable'),
      businessHours: this.hasAttribute('business-hours') ? JSON.parse(this.getAttribute('business-hours')) : false,
      selectConstraint: this.hasAttribute('business-hours') ? 'businessHours' : undefined,
      selectAllow: (info) => !this.hasAttribute('now') || info.startStr.substring(0, 19) >= this.getAttribute('now'),
      selectOverlap: false,
      selectMirror: true,
      longPressDelay: 300,
      eventTimeFormat: {hour: '2-digit', minute: '2-digit', hour12: false},
      slotLabelFormat: {hour: '2-digit', minute: '2-digit', hour12: false},
      datesSet: (info) => {
        this.quietIcons();
        this.dispatchEvent(new CustomEvent('coopole-range', {
          detail: {start: info.startStr.substring(0, 19), end: info.endStr.substring(0, 19)}
        }));
      },
      select: (info) => {
        this.dispatchEvent(new CustomEvent('coopole-select', {
          detail: {start: info.startStr.substring(0, 19), end: info.endStr.substring(0, 19)}
        }));
        this.calendar.unselect();
      },
      eventClassNames: (arg) => ['coopole-event-' + (arg.event.extendedProps.status || 'CONFIRMED').toLowerCase()]
    });
    this.calendar.render();
    this.quietIcons();
    if (this.pendingEvents) {
      this.eventsJson = this.pendingEvents;
    }
  }

  /** The toolbar's arrow icons are decoration: their buttons already carry a name ("Précédent", "Suivant"). */
  quietIcons() {
    this.querySelectorAll('.fc-icon').forEach((icon) => {
      icon.removeAttribute('role');
      icon.setAttribute('aria-hidden', 'true');
    });
  }

  set eventsJson(json) {
    if (!this.calendar) {
      this.pendingEvents = json;
      return;
    }
    this.calendar.batchRendering(() => {
      this.calendar.getEventSources().forEach((source) => source.remove());
      this.calendar.addEventSource(JSON.parse(json || '[]'));
    });
  }

  /** Java asks to fetch the busy slots again (after a booking, or a race lost). */
  refetch() {
    if (this.calendar) {
      const view = this.calendar.view;
      this.dispatchEvent(new CustomEvent('coopole-range', {
        detail: {start: view.activeStart.toISOString().substring(0, 19), end: view.activeEnd.toISOString().substring(0, 19)}
      }));
    }
  }
}

customElements.define('coopole-calendar', CoopoleCalendar);
