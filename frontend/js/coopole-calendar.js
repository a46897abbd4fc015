/*
 * <coopole-calendar>: FullCalendar (loaded before this file) driven from Java.
 * The calendar shows the pole's wall clock: Java sends times without offset and the calendar runs in "UTC", so
 * what it shows and what a selection returns are the pole's local times, whatever the browser's time zone.
 *   attributes: locale (a BCP 47 tag: "fr", "en-GB", "en-US"), view ("dayGridMonth", "timeGridWeek", "timeGridDay"), selectable,
 *   now (the pole's local time: nothing before it can be selected), business-hours (FullCalendar's businessHours
 *   as JSON: selections stay within them)
 *   property eventsJson: [{id, title, start, end, status}] as JSON, set by Java for the range it was asked
 *   events: "coopole-range" {start, end} when the visible range changes; "coopole-select" {start, end} when a free
 *   range is selected.
 *   keyboard: the calendar's body is one focusable place (its name and help in the attribute "keys-label"); the
 *   arrows move a cursor over its slots (a half-hour in the week and day views, a day in the month view), Shift with
 *   an arrow makes it longer or shorter, Page Up / Page Down change the period, Enter asks for the slot. Each move is
 *   announced in a live region: the slot in words and whether it is free, past, or taken and by whom (the words in
 *   the attribute "words" as JSON: {free, taken, past, closed}).
 */
class CoopoleCalendar extends HTMLElement {

  connectedCallback() {
    if (this.calendar) {
      return;
    }
    this.live = document.createElement('div');
    this.live.className = 'coopole-visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.appendChild(this.live);
    const host = document.createElement('div');
    host.className = 'coopole-calendar-body';
    host.tabIndex = 0;
    host.setAttribute('role', 'application');
    host.setAttribute('aria-label', this.getAttribute('keys-label') || '');
    host.addEventListener('keydown', (event) => this.key(event, host));
    host.addEventListener('blur', () => {
      if (this.calendar && this.hasAttribute('selectable')) {
        this.calendar.unselect();
      }
    });
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
        if (this.moving) {
          return; // the keyboard's cursor, drawn as a selection
        }
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

  words() {
    try {
      return JSON.parse(this.getAttribute('words') || '{}');
    } catch (e) {
      return {};
    }
  }

  /** Moves, stretches or chooses the keyboard's cursor; other keys (Tab among them) keep their usual meaning. */
  key(event, host) {
    if (event.target !== host || !this.calendar) {
      return;
    }
    const byDay = this.calendar.view.type === 'dayGridMonth';
    const step = byDay ? 24 * 60 : 30; // minutes
    const day = 24 * 60;
    let [start, end] = this.cursor && this.cursor[0] >= this.calendar.view.activeStart
        && this.cursor[0] < this.calendar.view.activeEnd ? this.cursor : this.firstSlot(byDay);
    const plus = (date, minutes) => new Date(date.getTime() + minutes * 60000);
    const length = (end - start) / 60000;
    switch (event.key) {
      case 'ArrowLeft':
        if (event.shiftKey && byDay) {
          end = length > step ? plus(end, -step) : end;
        } else {
          start = plus(start, -day);
          end = plus(end, -day);
        }
        break;
      case 'ArrowRight':
        if (event.shiftKey && byDay) {
          end = plus(end, step);
        } else {
          start = plus(start, day);
          end = plus(end, day);
        }
        break;
      case 'ArrowUp':
        if (event.shiftKey) {
          end = length > step ? plus(end, -step) : end;
        } else {
          start = plus(start, byDay ? -7 * day : -step);
          end = plus(end, byDay ? -7 * day : -step);
        }
        break;
      case 'ArrowDown':
        if (event.shiftKey) {
          end = plus(end, step);
        } else {
          start = plus(start, byDay ? 7 * day : step);
          end = plus(end, byDay ? 7 * day : step);
        }
        break;
      case 'PageUp':
        start = plus(start, -(this.calendar.view.activeEnd - this.calendar.view.activeStart) / 60000);
        end = plus(start, length);
        break;
      case 'PageDown':
        start = plus(start, (this.calendar.view.activeEnd - this.calendar.view.activeStart) / 60000);
        end = plus(start, length);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.choose(start, end);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!byDay) { // within the hours the calendar shows, on one day
      const minutes = (date) => date.getUTCHours() * 60 + date.getUTCMinutes();
      const sameDay = start.getUTCDate() === plus(end, -1).getUTCDate();
      if (minutes(start) < 6 * 60 || !sameDay || (minutes(end) === 0 ? day : minutes(end)) > 22 * 60) {
        return;
      }
    }
    this.cursor = [start, end];
    if (start < this.calendar.view.activeStart) {
      this.calendar.prev();
    } else if (start >= this.calendar.view.activeEnd) {
      this.calendar.next();
    }
    this.showCursor();
  }

  /** Where the cursor starts: the first slot of the period shown that is not past (06:00 in the week and day views). */
  firstSlot(byDay) {
    const now = this.hasAttribute('now') ? new Date(this.getAttribute('now') + 'Z') : new Date(0);
    let start = new Date(this.calendar.view.activeStart.getTime() + (byDay ? 0 : 6 * 3600000));
    const step = byDay ? 24 * 3600000 : 1800000;
    while (start < now && start < this.calendar.view.activeEnd) {
      start = new Date(start.getTime() + step);
      if (!byDay && start.getUTCHours() >= 22) {
        start = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1, 6));
      }
    }
    if (start >= this.calendar.view.activeEnd) {
      start = new Date(this.calendar.view.activeStart.getTime() + (byDay ? 0 : 6 * 3600000));
    }
    return [start, new Date(start.getTime() + step)];
  }

  showCursor() {
    const [start, end] = this.cursor;
    if (this.hasAttribute('selectable')) {
      this.moving = true;
      try {
        this.calendar.select(start, end);
      } finally {
        this.moving = false;
      }
    }
    this.live.textContent = this.describe(start, end);
  }

  /** "mardi 8 décembre, 10:00 – 11:00 : pris, La Fabrique · Atelier" in the calendar's language. */
  describe(start, end) {
    const words = this.words();
    const locale = this.getAttribute('locale') || 'fr';
    const byDay = this.calendar.view.type === 'dayGridMonth';
    const date = new Intl.DateTimeFormat(locale, {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'});
    const time = new Intl.DateTimeFormat(locale, {hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC'});
    const last = new Date(end.getTime() - 1);
    const when = byDay
        ? (end - start > 24 * 3600000 ? date.format(start) + ' – ' + date.format(last) : date.format(start))
        : date.format(start) + ', ' + time.format(start) + ' – ' + time.format(end);
    const taken = this.calendar.getEvents().filter((e) => e.start < end && (e.end || e.start) > start);
    const now = this.hasAttribute('now') ? new Date(this.getAttribute('now') + 'Z') : new Date(0);
    let state;
    if (taken.length > 0) {
      state = (words.taken || '') + ' ' + taken.map((e) => e.title).join(' ; ');
    } else if (start < now) {
      state = words.past || '';
    } else if (!this.open(start, end)) {
      state = words.closed || '';
    } else {
      state = words.free || '';
    }
    return when + ' : ' + state;
  }

  /** Whether [start, end) lies within the opening hours of its day (always, for a resource without any). */
  open(start, end) {
    if (!this.hasAttribute('business-hours') || this.calendar.view.type === 'dayGridMonth') {
      return true;
    }
    const hours = JSON.parse(this.getAttribute('business-hours'));
    const clock = (date) => date.toISOString().substring(11, 16);
    const last = clock(end) === '00:00' ? '24:00' : clock(end);
    return hours.some((h) => h.daysOfWeek.includes(start.getUTCDay())
        && h.startTime.substring(0, 5) <= clock(start) && last <= h.endTime.substring(0, 5));
  }

  /** Enter on the cursor: a free slot opens the booking; otherwise the cursor's state is said again. */
  choose(start, end) {
    const now = this.hasAttribute('now') ? new Date(this.getAttribute('now') + 'Z') : new Date(0);
    const taken = this.calendar.getEvents().some((e) => e.start < end && (e.end || e.start) > start);
    if (!this.hasAttribute('selectable') || taken || start < now) {
      this.live.textContent = '';
      setTimeout(() => { this.live.textContent = this.describe(start, end); }, 50);
      return;
    }
    this.calendar.unselect();
    this.dispatchEvent(new CustomEvent('coopole-select', {
      detail: {start: start.toISOString().substring(0, 19), end: end.toISOString().substring(0, 19)}
    }));
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
