package org.coopole.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

/**
 * Two Coopole nodes behind nginx, as a person sees them through the proxy (run by ops/two-nodes.sh):
 * <ol>
 *   <li>Karim and Nadia each sign in until Karim is on node A and Nadia on node B (the session id's route says
 *   which);</li>
 *   <li>Nadia writes to Karim; his messages screen on the other node shows it without a reload (LISTEN/NOTIFY and
 *   server push, through the proxy's WebSockets);</li>
 *   <li>Nadia's node B is stopped; her next click lands on node A, which asks her to sign in again, and after
 *   signing in there her message is still in the conversation. (Node A is not the one stopped because the script
 *   runs the database inside it, as its embedded PostgreSQL; in production the database is a server of its own.)</li>
 * </ol>
 * System properties: {@code coopole.proxy} (the proxy's address), {@code coopole.proxy.pids} (node A's and node B's
 * process ids, comma-separated). Exits non-zero on a failure.
 */
public final class ProxyCheck {

    private static final String PASSWORD = "coopole-demo-2026";
    private static final String NADIA = "nadia.benali@ressourcerie-val.example";
    private static final String KARIM = "karim.haddad@coopbatir.example";

    public static void main(String[] args) throws Exception {
        String proxy = System.getProperty("coopole.proxy", "http://localhost:18080");
        String[] nodes = System.getProperty("coopole.proxy.pids").split(",");
        long[] pids = {Long.parseLong(nodes[0]), Long.parseLong(nodes[1])};
        String message = "Par le proxy " + UUID.randomUUID().toString().substring(0, 8);
        try (Person karim = new Person(proxy); Person nadia = new Person(proxy)) {
            karim.signIn(KARIM);
            nadia.signIn(NADIA);
            // Karim on node A, Nadia on node B: node B is the one stopped later (node A holds the database here)
            for (int attempt = 0; !karim.node().equals("a") && attempt < 10; attempt++) {
                karim.forget();
                karim.signIn(KARIM);
            }
            for (int attempt = 0; !nadia.node().equals("b") && attempt < 10; attempt++) {
                nadia.forget();
                nadia.signIn(NADIA);
            }
            check(karim.node().equals("a") && nadia.node().equals("b"), "Karim on node a, Nadia on node b");
            System.out.printf("Karim is on node %s, Nadia on node %s%n", karim.node(), nadia.node());

            karim.open("/messages");
            karim.waitFor("Messagerie");
            karim.mark();
            nadia.open("/organisations");
            nadia.click(By.xpath("//a[normalize-space()=\"Coop'Bâtir\"]"));
            nadia.click(By.xpath("//vaadin-button[contains(@aria-label, 'Écrire à Karim Haddad')]"));
            nadia.waitFor("Avec Karim Haddad");
            nadia.type(By.xpath("//vaadin-text-area[label[normalize-space()='Votre message']]//textarea"), message);
            nadia.click(By.xpath("//vaadin-button[normalize-space()='Envoyer']"));
            nadia.waitFor(message);
            long sent = System.nanoTime();
            karim.waitFor(message);
            System.out.printf("the message appeared on node %s without a reload after %d ms%n", karim.node(),
                    (System.nanoTime() - sent) / 1_000_000);
            check(karim.marked(), "Karim's screen was not reloaded");

            String nadiasNode = nadia.node();
            long pid = pids[nadiasNode.equals("a") ? 0 : 1];
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            System.out.printf("node %s stopped%n", nadiasNode);
            nadia.open("/messages");
            nadia.waitFor("Mot de passe");
            System.out.println("Nadia is asked to sign in again");
            nadia.forget();
            nadia.signIn(NADIA);
            check(!nadia.node().equals(nadiasNode), "Nadia is on the remaining node");
            nadia.open("/messages");
            nadia.waitFor("Messagerie");
            nadia.waitFor(message); // the conversation's last message, in her list
            System.out.printf("after signing in on node %s, her message is still there%n", nadia.node());
        }
        System.out.println("PASSED");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
        System.out.println("ok: " + what);
    }

    /** A person's own headless Chromium (Debian's, driven by Debian's ChromeDriver). */
    private static final class Person implements AutoCloseable {

        private final ChromeDriver driver;
        private final String base;
        private final File profile;

        Person(String base) throws java.io.IOException {
            this.base = base;
            this.profile = Files.createTempDirectory("coopole-proxy-check").toFile();
            System.setProperty("webdriver.chrome.driver", System.getenv().getOrDefault("CHROMEDRIVER",
                    "/usr/bin/chromedriver"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=fr-FR");
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver"))).build(), options);
        }

        void signIn(String email) {
            open("/login");
            WebElement user = wait(30).until(d -> d.findElement(By.cssSelector("input[name=username]")));
            user.sendKeys(email);
            driver.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD + "\n");
            wait(60).until(d -> !d.getCurrentUrl().contains("/login"));
            waitFor("Coopole");
        }

        /** The node that holds this person's session: the route at the end of its session id. */
        String node() {
            var cookie = driver.manage().getCookieNamed("JSESSIONID");
            String id = cookie == null ? "" : cookie.getValue();
            return id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : "?";
        }

        void forget() {
            driver.manage().deleteAllCookies();
        }

        void open(String path) {
            driver.get(base + path);
        }

        void waitFor(String text) {
            wait(60).until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("""
                    return (function deep(root) {
                      let text = root.textContent || '';
                      root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) text += ' ' + deep(e.shadowRoot); });
                      return text;
                    })(document.body);""")).contains(text));
        }

        void click(By by) {
            WebElement element = wait(30).until(d -> d.findElement(by));
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }

        void type(By by, String text) {
            WebElement field = wait(30).until(d -> d.findElement(by));
            field.sendKeys(text, org.openqa.selenium.Keys.TAB);
        }

        void mark() {
            ((JavascriptExecutor) driver).executeScript("window.__coopoleMark = true");
        }

        boolean marked() {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__coopoleMark === true"));
        }

        private WebDriverWait wait(int seconds) {
            WebDriverWait wait = new WebDriverWait((WebDriver) driver, Duration.ofSeconds(seconds));
            wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
            return wait;
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
