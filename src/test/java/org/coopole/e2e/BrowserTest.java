package org.coopole.e2e;

import org.coopole.CoopoleTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
