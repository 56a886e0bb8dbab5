package org.treatylaw.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The analyst's page as a user sees it: what the tests read and do, in the page's own words. */
final class AnalystPage {

    /** The screen sizes the screenshots are taken at. */
    enum Screen {
        LAPTOP(1366, 900), TABLET(820, 1180);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver browser;
    private final String base;
    private final WebDriverWait wait;

    AnalystPage(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    AnalystPage open() {
        return openAddress(base + "/");
    }

    AnalystPage openAddress(String address) {
        browser.get("about:blank");
        browser.get(address);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return this;
    }

    String address() {
        return browser.getCurrentUrl();
    }

    AnalystPage chooseDataset(String id) {
        new Select(find("#dataset")).selectByValue(id);
        return this;
    }

    /** Types a day into the date field and presses Enter; waits until the status (or its error) shows it. */
    AnalystPage lookAt(String day) {
        WebElement field = find("#as-of");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.ENTER);
        return this;
    }

    AnalystPage waitForStatusAsOf(String day) {
        wait.until(ExpectedConditions.textToBe(By.id("status-title"), "Status as of " + day));
        wait.until(d -> "false".equals(d.findElement(By.id("status-body")).getDomAttribute("aria-busy")));
        return this;
    }

    String dateField() {
        return find("#as-of").getDomProperty("value");
    }

    /** The answer button with the key of the what-if changes: "caco|status|", "caco|member|UZ". */
    WebElement answer(String subject, String predicate, String object) {
        return find("#status-body button[data-key=\"" + subject + "|" + predicate + "|" + (object == null ? "" : object) + "\"]");
    }

    WebElement answer(String subject, String predicate) {
        return answer(subject, predicate, null);
    }

    /** Presses Enter on an answer, as a keyboard user does, and waits for its explanation. */
    WebElement explain(WebElement answer) {
        answer.sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#why-body .tree .step")).isEmpty());
        return find("#why");
    }

    /** Opens every step of the explanation shown, down to the facts and their sources. */
    AnalystPage expandAllSteps() {
        click(find("#why-body .expand-all"));
        return this;
    }

    /** The visible text of an element, its white space as one space. */
    static String text(WebElement element) {
        return element.getText().replaceAll("\\s+", " ").trim();
    }

    WebElement addFact(String type) {
        click(find("#add-fact"));
        List<WebElement> forms = browser.findElements(By.cssSelector("#added-list .fact-form"));
        WebElement form = forms.get(forms.size() - 1);
        new Select(form.findElement(By.name("type"))).selectByValue(type);
        return form;
    }

    AnalystPage fill(WebElement form, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            WebElement control = form.findElement(By.name(name));
            if ("select".equals(control.getTagName())) {
                new Select(control).selectByValue(value);
            } else {
                control.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
            }
        });
        return this;
    }

    AnalystPage removeRecordedFact(String id) {
        click(find("#facts-table tr[data-fact-id=\"" + id + "\"] button.toggle"));
        return this;
    }

    WebElement recordedFactToggle(String id) {
        return find("#facts-table tr[data-fact-id=\"" + id + "\"] button.toggle");
    }

    AnalystPage evaluate() {
        click(find("#evaluate"));
        return this;
    }

    /** The list of what changed against the baseline, once the scenario is evaluated. */
    WebElement changes() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#changes h3")));
        return find("#changes");
    }

    /** Waits until the timeline shows the baseline or the scenario ("baseline", "scenario"), drawn and listed. */
    AnalystPage waitForTimelineOf(String which) {
        wait.until(d -> which.equals(d.findElement(By.id("timeline")).getDomAttribute("data-showing"))
                && "false".equals(d.findElement(By.id("timeline")).getDomAttribute("aria-busy")));
        return this;
    }

    /** Opens the timeline's table view (it is closed at first). */
    AnalystPage openTimelineTable() {
        WebElement details = find("#timeline details.timeline-table");
        if (details.getDomAttribute("open") == null) {
            click(find("#timeline summary"));
        }
        return this;
    }

    /** The rows of the timeline's table whose row label is given ("caco · member UZ"), without their △ mark. */
    List<WebElement> timelineRows(String label) {
        return findAll("#timeline-table tbody tr").stream()
                .filter(row -> text(row.findElement(By.tagName("th"))).replace("△", "").trim().equals(label))
                .toList();
    }

    /** The cells of a row of the timeline's table: Value, From, To, (Against the baseline), as their visible text. */
    static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(AnalystPage::text).toList();
    }

    /** The error shown next to a control (its aria-describedby names it). */
    WebElement errorOf(WebElement control) {
        return browser.findElement(By.id(control.getDomAttribute("id") + "-error"));
    }

    WebElement waitForErrorOf(WebElement control) {
        WebElement error = errorOf(control);
        wait.until(ExpectedConditions.visibilityOf(error));
        return error;
    }

    List<WebElement> addedFacts() {
        return browser.findElements(By.cssSelector("#added-list .fact-form"));
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    AnalystPage waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
        return this;
    }

    /** Shows the page at a screen size; the viewport is exactly that size. */
    AnalystPage on(Screen screen) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", screen.width, "height", screen.height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Saves what the screen shows, at each size, with the element of the selector in view. */
    void screenshots(String name, String inView) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (Screen screen : Screen.values()) {
            on(screen);
            if (inView != null) {
                script("""
                        const e = document.querySelector(arguments[0]);
                        const header = document.querySelector('.top');
                        const covered = getComputedStyle(header).position === 'sticky' ? header.offsetHeight : 0;
                        if (e) window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - covered - 8);""", inView);
            } else {
                script("window.scrollTo(0, 0)");
            }
            pause(Duration.ofMillis(400)); // the chart redraws at the new size
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + "-" + screen.name().toLowerCase() + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        on(Screen.LAPTOP);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
