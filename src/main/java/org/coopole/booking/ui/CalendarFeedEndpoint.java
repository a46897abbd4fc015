package org.coopole.booking.ui;

import org.coopole.booking.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the secret calendar addresses to calendar applications: {@code /feeds/<token>.ics}. */
@RestController
class CalendarFeedEndpoint {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedService feeds;

    CalendarFeedEndpoint(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendar(token)
                .map(text -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(text))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
