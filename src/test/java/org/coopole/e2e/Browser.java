package org.coopole.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's Chromium driven by Debian's ChromeDriver (never a browser a tool downloads), headless, with the
 * flags this closed network needs. The browser asks for English pages, so that French-by-default is proven.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = env("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("coopole.screenshots.dir", "target/screenshots"));

    /** All text of the page, including what Vaadin's components render in their shadow roots. */
    private static final String DEEP_TEXT = """
            return (function deep(root) {
              let text = root.textContent || '';
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) text += ' ' + deep(e.shadowRoot); });
              return text;
            })(document.body);""";
    /**
     * Counts the page's requests to the server (Vaadin's round trips are XMLHttpRequests): sent, and answered or
     * failed. Installed once per document; returns [sent, finished].
     */
    private static final String REQUESTS = """
            if (!window.__coopoleRequests) {
              const counts = window.__coopoleRequests = {sent: 0, done: 0};
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                counts.sent++;
                this.addEventListener('loadend', () => counts.done++);
                return send.apply(this, args);
              };
            }
            return [window.__coopoleRequests.sent, window.__coopoleRequests.done];""";
    /** No finite animation (a fade-in, an overlay opening) is still running, in the page or its shadow trees. */
    private static final String SETTLED_ANIMATIONS = """
            return document.getAnimations().every(a => a.playState !== 'running'
              || a.effect.getComputedTiming().iterations === Infinity);""";
    private static final String VAADIN_IDLE = """
            return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
              && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());""";

    /** axe-core, from the npm registry (a dev dependency in frontend/package.json): read by the tests, never served. */
    private static final Path AXE = Path.of("frontend/node_modules/axe-core/axe.min.js");
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '))))
              .catch(e => done(['axe failed: ' + e]));""";

    private final java.util.List<String> accessibilityProblems = new java.util.ArrayList<>();
    private final java.util.Map<String, Integer> accessibilityChecks = new java.util.LinkedHashMap<>();
    private String lastAudited = "";
    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("coopole-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-US");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * Runs axe-core on the screen as it is now, once per screen (address, title and open dialog), keeping each
     * serious or critical violation with the screen it was found on.
     */
    void checkAccessibility() {
        waitForVaadin();
        String screen = path() + " · " + driver.getTitle()
                + (Boolean.TRUE.equals(driver.executeScript("return !!document.querySelector('vaadin-dialog[opened]')"))
                ? " · dialog" : "");
        if (screen.equals(lastAudited)) {
            return;
        }
        lastAudited = screen;
        // colours are judged as shown: a notification or dialog still fading in would read as too pale
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(SETTLED_ANIMATIONS)));
        try {
            if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
                driver.executeScript(Files.readString(AXE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm ci in frontend/)", e);
        }
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) driver.executeAsyncScript(AXE_RUN);
        accessibilityChecks.put(screen, found.size());
        found.forEach(problem -> accessibilityProblems.add(screen + ": " + problem));
    }

    /** The serious and critical violations found since the last call, and forgets them. */
    java.util.List<String> takeAccessibilityProblems() {
        java.util.List<String> taken = java.util.List.copyOf(accessibilityProblems);
        accessibilityProblems.clear();
        lastAudited = "";
        return taken;
    }

    /** The screens checked so far and how many serious or critical violations each had. */
    java.util.Map<String, Integer> accessibilityChecks() {
        return java.util.Collections.unmodifiableMap(accessibilityChecks);
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** The browser itself, for what no helper here does (frames, say). */
    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page outside Coopole (a host page framing it, say). */
    void openUrl(String url) {
        driver.get(url);
    }

    /** Runs a script in the page. */
    Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    void signIn(String email, String password) {
        open("/login");
        WebElement username = waitFor(By.cssSelector("input[name='username']"));
        username.clear();
        username.sendKeys(email);
        WebElement secret = driver.findElement(By.cssSelector("input[name='password']"));
        secret.clear();
        // the form posts and a new page loads, or the sign-in page shows its error: wait for one or the other
        driver.executeScript("window.__coopoleBeforeSignIn = true");
        secret.sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.__coopoleBeforeSignIn && document.readyState === 'complete'"
                        + " || !!document.querySelector('vaadin-login-form[error], vaadin-login-overlay[error]')")));
        waitForVaadin();
    }

    /** Opens the user menu and clicks the link or button with that visible text, e.g. "English", "Se déconnecter". */
    void userMenu(String item) {
        waitFor(By.cssSelector(".coopole-user-trigger")).click();
        WebElement element = waitFor(By.xpath("//*[contains(@class,'coopole-user-menu-content')]"
                + "//*[self::vaadin-button or self::a][normalize-space()='" + item + "']"));
        settle(element::click);
    }

    /** Types into the text, email or password field with that label (typing replaces what was there). */
    void fill(String label, String value) {
        WebElement input = waitForPresent(By.xpath("//*[self::vaadin-text-field or self::vaadin-email-field"
                + " or self::vaadin-password-field][label[normalize-space()=\"" + label + "\"]]//input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        settle(() -> input.sendKeys(value, Keys.TAB)); // leaving the field sends its value
    }

    /** Types into the number, text area or date field with that label (a date as the person's language writes it). */
    void fillAny(String label, String value) {
        WebElement input = waitForPresent(By.xpath("//*[self::vaadin-text-field or self::vaadin-integer-field"
                + " or self::vaadin-number-field or self::vaadin-big-decimal-field or self::vaadin-text-area or self::vaadin-date-picker][label[normalize-space()=\"" + label + "\"]]"
                + "//*[self::input or self::textarea]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        settle(() -> input.sendKeys(value, Keys.TAB));
    }

    /** What the text area with that label holds now. */
    String valueOf(String label) {
        return waitForPresent(By.xpath("//*[self::vaadin-text-field or self::vaadin-text-area][label[normalize-space()=\""
                + label + "\"]]")).getDomProperty("value");
    }

    /** Sets the date-time picker with that label (the last one with it: a dialog's, over the page's). */
    void pick(String label, java.time.LocalDateTime when) {
        By picking = By.xpath("//vaadin-date-time-picker[label[normalize-space()=\"" + label + "\"]]");
        waitForPresent(picking); // the page may still be rendering after its navigation
        var pickers = driver.findElements(picking);
        WebElement picker = pickers.getLast();
        var inputs = picker.findElements(By.cssSelector("input"));
        inputs.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        inputs.get(0).sendKeys(when.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Keys.ENTER);
        inputs.get(1).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        settle(() -> inputs.get(1).sendKeys(when.toLocalTime().toString(), Keys.ENTER, Keys.TAB));
    }

    /** Ticks the checkbox or chooses the radio button with that label. */
    void choose(String label) {
        WebElement element = waitForPresent(By.xpath("//*[self::vaadin-checkbox or self::vaadin-radio-button]"
                + "[label[normalize-space()=\"" + label + "\"]]//input"));
        click(element);
    }

    /** Follows the link with that text. */
    /** Chooses the option with that text in the combo box with that label, as a person typing it would. */
    void select(String label, String option) {
        WebElement input = waitForPresent(By.xpath("//vaadin-combo-box[label[normalize-space()=\"" + label + "\"]]//input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(option);
        waitForPresent(By.xpath("//vaadin-combo-box-item[normalize-space()=\"" + option + "\"]"));
        settle(() -> input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB));
    }

    /** Adds the option with that text to the multi-select combo box with that label, as a person typing it would. */
    void selectMany(String label, String option) {
        WebElement input = waitForPresent(By.xpath("//vaadin-multi-select-combo-box[label[normalize-space()=\"" + label
                + "\"]]//input"));
        input.sendKeys(option);
        waitForPresent(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space()=\"" + option + "\"]"));
        settle(() -> input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER));
        settle(() -> input.sendKeys(Keys.ESCAPE));
    }

    /** Types into the field whose input is named for assistive technology by that label (a row's field in a table). */
    void fillNamed(String ariaLabel, String value) {
        WebElement input = waitForPresent(By.xpath("//input[@aria-label=\"" + ariaLabel + "\"]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        settle(() -> input.sendKeys(value, Keys.TAB));
    }

    void follow(String text) {
        click(waitForPresent(By.xpath("//a[normalize-space()=\"" + text + "\"]")));
    }

    /** Follows the link whose text contains that text. */
    void followContaining(String text) {
        click(waitForPresent(By.xpath("//a[contains(normalize-space(), \"" + text + "\")]")));
    }

    /** Clicks the button whose accessible label contains that text (one of many alike, e.g. a row's). */
    void pressLabelled(String text) {
        click(waitForPresent(By.xpath("//*[self::vaadin-button or self::button][contains(@aria-label, \"" + text
                + "\")]")));
    }

    /** Clicks the button with that text inside the open dialog. */
    void pressInDialog(String text) {
        waitForPresent(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()=\"" + text + "\"]"));
        checkAccessibility(); // the dialog, as it is about to be answered
        click(waitForPresent(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()=\"" + text + "\"]")));
    }

    /** Clicks the button showing that text. */
    void press(String text) {
        WebElement button = waitForPresent(By.xpath("//vaadin-button[normalize-space()=\"" + text + "\"]"));
        click(button); // dialogs live in the browser's top layer, where a pointer move may not reach
    }

    /** Presses keys on whatever has the keyboard's focus, as a person at the keyboard would. */
    void keys(CharSequence... keys) {
        settle(() -> new Actions(driver).sendKeys(keys).perform());
    }

    /** Presses a key with Shift held down. */
    void shiftKey(CharSequence key) {
        settle(() -> new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform());
    }

    /** The element that has the keyboard's focus: its tag, id, class, name (a button's or link's text), for assertions. */
    String focused() {
        return String.valueOf(driver.executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                const host = e && e.getRootNode() && e.getRootNode().host;
                return e ? [e.tagName.toLowerCase(), e.id, e.className, e.getAttribute('aria-label') || '',
                    /^(a|button|vaadin-button|vaadin-tab|vaadin-side-nav-item)$/.test(e.tagName.toLowerCase())
                        ? (e.textContent || '').trim().substring(0, 80) : '',
                    (e.getAttribute('aria-labelledby') || '').split(' ').filter(id => id)
                        .map(id => (document.getElementById(id) || {}).textContent || '').join(' '),
                    host ? host.tagName.toLowerCase() : '']
                    .join(' | ') : '';"""));
    }

    /** Presses Tab until the focused element's description contains that text (at most 60 times). */
    void tabTo(String wanted) {
        for (int i = 0; i < 60; i++) {
            if (focused().contains(wanted)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached '" + wanted + "'; it ends on " + focused());
    }

    /** What the live regions of the page announce now (a screen reader reads them aloud). */
    String announced() {
        return String.valueOf(driver.executeScript(
                "return [...document.querySelectorAll('[aria-live]')].map(e => e.textContent).join(' ')"));
    }

    String title() {
        return driver.getTitle();
    }

    /** Marks the page as it is now: a reload or another page loses the mark. */
    void markPage() {
        driver.executeScript("window.coopoleMark = 'same page';");
    }

    /** Whether the page is still the one marked (nothing reloaded it). */
    boolean stillMarked() {
        return "same page".equals(driver.executeScript("return window.coopoleMark || null;"));
    }

    String text() {
        return String.valueOf(driver.executeScript(DEEP_TEXT)).replaceAll("\\s+", " ");
    }

    /** Waits until the page shows the text, then checks the screen's accessibility (once per screen). */
    void waitForText(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> "text '" + expected + "' on " + path() + ", which shows: " + text())
                .until(d -> text().contains(expected));
        checkAccessibility();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    WebElement waitForPresent(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    void resize(int width, int height) {
        settle(() -> driver.manage().window().setSize(new Dimension(width, height)));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerWidth")).intValue() <= width);
    }

    /**
     * Whether the page or one of its grids scrolls sideways: a list that shows what matters at this width does not.
     * Returns what overflows (the page, or a grid by its class), or nothing.
     */
    java.util.List<String> sidewaysScrolling() {
        waitForVaadin();
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) driver.executeScript("""
                const wide = [];
                const page = document.documentElement;
                if (page.scrollWidth > page.clientWidth + 1) {
                  const culprits = [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > page.clientWidth + 1)
                      .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className);
                  wide.push('page ' + page.scrollWidth + ' px in ' + page.clientWidth + ': ' + culprits.join(', '));
                }
                // the app layout scrolls its content area itself
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                if (content && content.scrollWidth > content.clientWidth + 1) {
                  const right = content.getBoundingClientRect().left + content.clientWidth;
                  const culprits = [...document.querySelectorAll('vaadin-app-layout > :not([slot]) *')]
                      .filter(e => e.getBoundingClientRect().right > right + 1)
                      .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className);
                  wide.push('content ' + content.scrollWidth + ' px in ' + content.clientWidth + ': ' + culprits.join(', '));
                }
                document.querySelectorAll('vaadin-grid').forEach(grid => {
                  const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                  if (table && grid.offsetParent !== null && table.scrollWidth > table.clientWidth + 1) {
                    wide.push('grid.' + grid.className + ' ' + table.scrollWidth + ' px in ' + table.clientWidth);
                  }
                });
                return wide;""");
        return found;
    }

    /** Chooses a file in the page's first upload field, as the file picker would. */
    void upload(Path file) {
        WebElement upload = waitForPresent(By.cssSelector("vaadin-upload"));
        WebElement input = (WebElement) driver.executeScript(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    String cssOf(By by, String property) {
        return waitFor(by).getCssValue(property);
    }

    /**
     * Follows a download link and returns the file Chromium saved, once it is complete (up to 60 s).
     */
    Path download(String linkText) {
        Path downloads = profile.resolve("downloads");
        try {
            Files.createDirectories(downloads);
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            java.util.Set<Path> before;
            try (var listed = Files.list(downloads)) {
                before = listed.collect(java.util.stream.Collectors.toSet());
            }
            click(waitForPresent(By.xpath("//a[normalize-space()=\"" + linkText + "\"]")));
            long until = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < until) {
                try (var listed = Files.list(downloads)) {
                    var done = listed.filter(f -> !before.contains(f) && !f.toString().endsWith(".crdownload"))
                            .findFirst();
                    if (done.isPresent() && Files.size(done.get()) > 0) {
                        return done.get();
                    }
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no file downloaded from \"" + linkText + "\"");
    }

    /** Saves a screenshot as target/screenshots/NAME.png (the README shows copies in docs/screenshots). */
    void screenshot(String name) {
        waitForVaadin();
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void click(WebElement element) {
        settle(() -> ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element));
    }

    /**
     * Does something and waits for what it caused to be shown: every request it sent to the server answered and
     * Vaadin idle again. An action that sends nothing (a menu opening) is settled once no request has started for
     * a short while.
     */
    private void settle(Runnable action) {
        long before = requests()[0];
        action.run();
        long start = System.nanoTime();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(50)).until(d -> {
                long[] now = requests();
                if (now[0] != now[1]) {
                    return false; // a request is on its way
                }
                return now[0] > before || System.nanoTime() - start > 400_000_000L;
            });
        } catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.NoSuchSessionException e) {
            // the action loaded a new page: its own load is waited for below
        }
        if (Boolean.TRUE.equals(driver.executeScript("return document.readyState !== 'complete' || !!window.Vaadin"))) {
            waitForVaadin(); // a page of Coopole (not the blank page a new browser starts on)
        }
    }

    private long[] requests() {
        try {
            Object counts = driver.executeScript(REQUESTS);
            if (counts instanceof java.util.List<?> list && list.size() == 2) {
                return new long[] {((Number) list.get(0)).longValue(), ((Number) list.get(1)).longValue()};
            }
        } catch (org.openqa.selenium.JavascriptException e) {
            // between two documents
        }
        return new long[] {0, 0};
    }

    private void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(d instanceof JavascriptExecutor js
                ? js.executeScript(VAADIN_IDLE) : Boolean.FALSE));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
