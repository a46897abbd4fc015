package org.coopole.e2e;

import org.coopole.CoopoleTest;
import org.coopole.security.ContentSecurityPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests in Debian's Chromium against the running app: one browser per test class, with a fresh session
 * (no cookies, desktop size) before each test.
 */
@CoopoleTest
abstract class BrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeEach
    void freshBrowserSession() {
        if (browser == null) {
            browser = new Browser(port);
        }
        browser.clearCookies();
        browser.resize(1280, 800);
    }

    @Autowired
    ContentSecurityPolicy contentSecurityPolicy;

    /** Whatever the journey did, Chromium reported nothing that the Content-Security-Policy blocked. */
    @AfterEach
    void noContentSecurityPolicyViolation() throws InterruptedException {
        Thread.sleep(300); // reports are sent in the background
        assertThat(contentSecurityPolicy.takeReports()).as("CSP violations reported by Chromium").isEmpty();
    }

    /** Every screen the journey showed passed axe-core with no serious or critical violation (WCAG 2.2 A and AA). */
    @AfterEach
    void noSeriousAccessibilityViolation() {
        browser.checkAccessibility();
        assertThat(browser.takeAccessibilityProblems()).as("axe-core violations, serious or critical").isEmpty();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            org.slf4j.LoggerFactory.getLogger(BrowserTest.class).info("axe-core checked {} screens: {}",
                    browser.accessibilityChecks().size(), browser.accessibilityChecks());
            browser.close();
            browser = null;
        }
    }
}
