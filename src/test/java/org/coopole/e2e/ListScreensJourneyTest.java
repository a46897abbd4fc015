package org.coopole.e2e;

import org.coopole.DemoPeople;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list screen shows what matters without sideways scrolling, on a desktop (1280 px), a small laptop or tablet
 * (1024 px) and a phone (390 px): the page never scrolls sideways, nor does any of its tables.
 */
class ListScreensJourneyTest extends BrowserTest {

    private static final int[][] SIZES = {{1280, 800}, {1024, 768}, {390, 844}};

    @Test
    void theAnimatorsListsFitEveryWidth() {
        browser.signIn(DemoPeople.ANIMATOR, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Camille !");
        // Camille animates the pole and manages La Fabrique, whose hall has a request waiting (demo data)
        assertFits(List.of("/", "/requests", "/pole", "/audit", "/my-organisation", "/my-resources", "/bookings",
                "/organisations", "/resources", "/notifications/settings", "/messages", "/projects"),
                "Réunion de chantier participatif");
    }

    @Test
    void aMembersBookingsShowStatusPurposeAndDatesAtEveryWidth() {
        browser.signIn(DemoPeople.MEMBER, DemoData.PASSWORD);
        browser.waitForText("Bonjour, Louis !");
        assertFits(List.of("/bookings"), null);
        for (int[] size : SIZES) {
            browser.resize(size[0], size[1]);
            browser.open("/bookings");
            // a confirmed booking shows its dates, state, purpose and booker; a declined one says so, with why
            browser.waitForText("Comité de pilotage de la recyclerie · Louis Garnier");
            browser.waitForText("Confirmée");
            browser.waitForText("Refusée");
            browser.waitForText("La salle accueille notre assemblée générale ce jour-là.");
            if (size[0] == 390) {
                browser.screenshot("bookings-phone");
            }
        }
    }

    private void assertFits(List<String> paths, String requestShown) {
        Map<String, List<String>> overflowing = new LinkedHashMap<>();
        for (int[] size : SIZES) {
            browser.resize(size[0], size[1]);
            for (String path : paths) {
                browser.open(path);
                if (path.equals("/requests") && requestShown != null) {
                    browser.waitForText(requestShown);
                }
                List<String> wide = browser.sidewaysScrolling();
                if (!wide.isEmpty()) {
                    overflowing.put(size[0] + " px " + path, wide);
                }
            }
        }
        assertThat(overflowing).as("screens that scroll sideways").isEmpty();
    }
}
