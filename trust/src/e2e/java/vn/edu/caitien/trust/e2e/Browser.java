package vn.edu.caitien.trust.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium, in Vietnamese, driven through the system chromedriver, on one portal. Every wait is
 * explicit ({@link WebDriverWait}); a click that leaves the page waits for the next page, a changed field waits for
 * the Ajax calls it starts (the plan editor saves a field when the user leaves it).
 *
 * <p>Selenium Manager never runs: the driver executable and the browser binary are both given, so no browser or
 * driver is looked up or downloaded; the Debian packages {@code chromium} and {@code chromium-driver} provide them.
 */
final class Browser implements AutoCloseable {

    /** The demo accounts' password. */
    static final String PASSWORD = "demo";

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String baseUrl;
    private String step;
    private long stepStarted = System.nanoTime();

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** @return the chromium binary ({@code -De2e.chromium}, by default {@code /usr/bin/chromium}) */
    static Path chromium() {
        return Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    }

    /** @return the chromedriver ({@code -De2e.chromedriver}, by default {@code /usr/bin/chromedriver}) */
    static Path chromedriver() {
        return Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    }

    /**
     * Fails with what to install when chromium or its driver is missing.
     *
     * @throws IllegalStateException naming the missing file and the Debian packages
     */
    static void requireChromium() {
        for (Path file : List.of(chromium(), chromedriver())) {
            if (!Files.isExecutable(file)) {
                throw new IllegalStateException("The browser journeys (-Pe2e) need headless chromium and its driver: "
                        + file + " is missing. Install them with: apt-get install -y chromium chromium-driver "
                        + "(or name others with -De2e.chromium=... -De2e.chromedriver=...)");
            }
        }
    }

    /**
     * Starts chromium with a fresh profile under {@code work}.
     *
     * @param baseUrl the portal, for example {@code http://127.0.0.1:41234}
     * @param work    a folder for the profile and the driver's log
     * @return the browser on a blank page
     */
    static Browser start(String baseUrl, Path work) {
        requireChromium();
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(work), "chromium-");
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver().toString());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + folder.resolve("profile"), "--lang=vi",
                    "--window-size=1400,1000");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("intl.accept_languages", "vi,vi-VN");
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogFile(folder.resolve("chromedriver.log").toFile())
                    .build();
            long started = System.nanoTime();
            WebDriver driver = new ChromeDriver(service, options);
            System.out.printf(Locale.ROOT, "[e2e] %-70s %6.1f s%n", "chromium started",
                    (System.nanoTime() - started) / 1e9);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ steps

    /**
     * Names what the journey does now, for the failure artefacts.
     *
     * @param name the step, in the journey's words
     */
    void step(String name) {
        endStep();
        step = name;
        stepStarted = System.nanoTime();
    }

    /** Prints how long the current step took, for the run times in the build log. */
    private void endStep() {
        if (step == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "[e2e] %-70s %6.1f s%n", step, (System.nanoTime() - stepStarted) / 1e9);
    }

    /** @return the step named last, or null before the first */
    String currentStep() {
        return step;
    }

    // ------------------------------------------------------------------------------------------------ pages

    /** Opens a path of the portal ({@code /login}) and waits for the page. */
    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    /**
     * Signs in with the demo password from the login page and waits for the signed-in page.
     *
     * @param login the account
     */
    void login(String login) {
        step("đăng nhập " + login);
        driver.manage().deleteAllCookies();
        open("/login");
        fill(By.id("ct-login"), login);
        fill(By.id("ct-password"), PASSWORD);
        submit(By.cssSelector("form.ct-form button[type=submit]"));
        waitFor(By.cssSelector("a.ct-logout"));
    }

    /** Signs out with the header's link and waits for the login page. */
    void logout() {
        step("đăng xuất");
        click(By.cssSelector("a.ct-logout"));
        waitFor(By.id("ct-login"));
    }

    /**
     * Opens an entry of the navigation by its title and waits for its page (whose heading is the title).
     *
     * @param title the entry as shown, for example {@code Việc của tôi}
     */
    void nav(String title) {
        click(By.xpath("//nav[contains(@class,'ct-nav')]//a[normalize-space(.)=" + xpathLiteral(title) + "]"));
        waitFor(By.xpath("//main//h1[normalize-space(.)=" + xpathLiteral(title) + "]"));
    }

    /** @return the titles of the navigation entries, in order */
    List<String> navTitles() {
        return driver.findElements(By.cssSelector("nav.ct-nav a")).stream().map(WebElement::getText)
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** @return the visible text of the page */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** @return the visible text of the content area (without header and navigation) */
    String content() {
        return driver.findElement(By.cssSelector("main.ct-content")).getText();
    }

    /** Waits until the page shows the text somewhere (the texts of form fields excluded). */
    void waitForText(String text) {
        until(d -> text().contains(text), "the page to show \"" + text + "\"");
    }

    /** @return the element, once it is on the page and displayed */
    WebElement waitFor(By by) {
        // A page being replaced can answer with an inspector error instead of "not found": asked again until the wait
        // ends (its timeout names the last error).
        return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** @return the elements found now, maybe none */
    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits until the condition holds.
     *
     * @param what what is awaited, for the message
     */
    <T> T until(Function<WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, WAIT).withMessage(what).ignoring(WebDriverException.class)
                .until(condition);
    }

    /**
     * Reloads the page until the condition holds: for what another thread of the portal makes (the demo plans).
     *
     * @param timeout how long at most
     * @param what    what is awaited, for the message
     */
    void reloadUntil(Function<WebDriver, Boolean> condition, Duration timeout, String what) {
        new WebDriverWait(driver, timeout, Duration.ofSeconds(1)).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (Boolean.TRUE.equals(condition.apply(d))) {
                        return true;
                    }
                    d.navigate().refresh();
                    waitForPage();
                    return false;
                });
    }

    // ------------------------------------------------------------------------------------------------ forms

    /**
     * Types into a text field (replacing what it holds), leaves it so that its change handlers run, and waits for
     * the Ajax calls they start.
     */
    void fill(By field, String value) {
        WebElement input = waitFor(field);
        // Selecting what is there and typing over it changes the field once (clear() would fire a change of its own).
        if (!input.getDomProperty("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        }
        input.sendKeys(value);
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
        waitForAjax();
    }

    /** Picks an option of a select by its text and waits for the Ajax calls it starts. */
    void select(By field, String option) {
        new Select(waitFor(field)).selectByVisibleText(option);
        waitForAjax();
    }

    /**
     * Picks the first option of a select whose text contains a part, and waits for the Ajax calls it starts.
     *
     * @return the option's whole text
     * @throws AssertionError when no option has it (the options are in the message)
     */
    String selectContaining(By field, String part) {
        Select select = new Select(waitFor(field));
        String option = select.getOptions().stream().map(WebElement::getText).filter(t -> t.contains(part))
                .findFirst().orElseThrow(() -> new AssertionError("no option with \"" + part + "\" in "
                        + select.getOptions().stream().map(WebElement::getText).toList()));
        select.selectByVisibleText(option);
        waitForAjax();
        return option;
    }

    /** Ticks a check box. */
    void check(By box) {
        WebElement element = waitFor(box);
        if (!element.isSelected()) {
            element.click();
        }
        waitForAjax();
    }

    /** Gives a file to a file input. */
    void attach(By input, Path file) {
        driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks a link or button that loads another page, and waits for that page. */
    void click(By target) {
        click(waitFor(target));
    }

    /** Clicks an element that loads another page, and waits for that page. */
    void click(WebElement target) {
        waitForAjax();
        WebElement html = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, WAIT).withMessage("the next page to replace this one").until(d -> left(html));
        waitForPage();
    }

    /**
     * Tells whether the page that held an element has been replaced. While chromium swaps documents, asking about an
     * element of the old one can fail with a stale reference or, a moment earlier, with an inspector error ("Node
     * with given id does not belong to the document"); both mean the old page is gone. Other driver errors mean
     * nothing yet and are asked again.
     */
    private static boolean left(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("does not belong to the document") || message.contains("No node with given id")
                    || message.contains("stale element");
        }
    }

    /** Same as {@link #click(By)}, for a submit button. */
    void submit(By button) {
        click(button);
    }

    /** @return the button of the content area with this text */
    static By button(String text) {
        return By.xpath("//main//button[normalize-space(.)=" + xpathLiteral(text) + "]");
    }

    /** @return the button with this text inside the element searched from (a table row) */
    static By buttonWithin(String text) {
        return By.xpath(".//button[normalize-space(.)=" + xpathLiteral(text) + "]");
    }

    /** @return the link with this text inside the element searched from (a table row) */
    static By linkWithin(String text) {
        return By.xpath(".//a[normalize-space(.)=" + xpathLiteral(text) + "]");
    }

    /** @return the field (input, textarea or select) inside the label that starts with this text */
    static By labelled(String label) {
        return By.xpath("//main//label[starts-with(normalize-space(.)," + xpathLiteral(label) + ")]"
                + "//*[self::input or self::textarea or self::select]");
    }

    /** @return the text as an XPath literal, quotes included */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits until no Wicket Ajax call is running or queued: Wicket keeps a channel while it has a call running or
     * waiting, and its jQuery counts the requests on the wire.
     */
    void waitForAjax() {
        new WebDriverWait(driver, WAIT).withMessage("the Ajax calls to end").until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return (!window.Wicket || !Wicket.channelManager"
                        + " || Object.keys(Wicket.channelManager.channels).length === 0)"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    // ------------------------------------------------------------------------------------------------ downloads

    /**
     * Fetches a URL of the portal with this browser's cookies, as the browser would download it.
     *
     * @param href an absolute URL or a path
     * @return the response with its body
     */
    HttpResponse<byte[]> fetch(String href) {
        String url = href.startsWith("http") ? href : baseUrl + (href.startsWith("/") ? "" : "/") + href;
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies).header("Accept-Language", "vi").GET().build();
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ artefacts

    /**
     * Saves a screenshot ({@code name.png}), the page source ({@code name.html}) and what happened
     * ({@code name.txt}: the step, the address, the error).
     *
     * @param folder where to put them
     * @param name   the file names without extension
     * @param error  what failed
     */
    void saveArtefacts(Path folder, String name, Throwable error) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".txt"), "step: " + step + "\nurl: " + driver.getCurrentUrl()
                + "\nerror: " + error + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        endStep();
        driver.quit();
    }
}
