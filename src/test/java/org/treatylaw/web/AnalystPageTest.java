package org.treatylaw.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The analyst's page in headless Chromium, walking the seed story: the status of March 2002 and why, Uzbekistan's
 * notice of non-participation as a what-if, a bad fact's error next to its field, and a scenario shared by its address.
 * Skipped where Chromium and its driver are not installed (CI installs them: .ci/run).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "treaty-status.data-dir=target/web-test-data")
class AnalystPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    private AnalystPage page;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void openThePage() {
        page = new AnalystPage(browser, "http://localhost:" + port).on(AnalystPage.Screen.LAPTOP).open();
    }

    @Test
    void onTheFirstOfMarch2002CacoFunctionsProvisionallyAndMikIsTransitional() throws IOException {
        page.chooseDataset("central-asia").lookAt("2002-03-01").waitForStatusAsOf("2002-03-01");

        WebElement caco = page.answer("caco", "status");
        assertThat(caco.getDomAttribute("data-value")).isEqualTo("functioning-provisionally");
        assertThat(caco.getText()).contains("functioning-provisionally");
        WebElement mik = page.answer("mik", "status");
        assertThat(mik.getDomAttribute("data-value")).isEqualTo("transitional");
        assertThat(mik.getText()).contains("transitional");
        assertThat(page.find("#status-body tr[data-organ=mik]").getText()).contains("Chairman of MIK", "Kyrgyzstan (KG)");

        assertThat(page.findAll("#status-body .answer")).extracting(WebElement::getTagName).containsOnly("button");
        WebElement why = page.explain(mik);
        assertThat(page.focused()).isEqualTo(why);
        page.expandAllSteps();
        assertThat(why.getText()).contains("VCLT");
        assertThat(page.find("#why-body .why-subject").getText()).contains("Interstate Executive Committee (MIK)");
        assertThat(page.find("#why-body .citation").getText()).startsWith("VCLT");
        assertThat(page.findAll("#why-body .fact .source")).extracting(WebElement::getText)
                .anySatisfy(source -> assertThat(source).contains("article, para."));
        page.screenshots("01-status-2002-03-01", null);
    }

    @Test
    void anUndeterminedAnswerLooksDifferentAndSaysWhy() {
        page.lookAt("2002-03-01").waitForStatusAsOf("2002-03-01");

        WebElement russia = page.answer("caco", "observer", "RU");
        WebElement kazakhstan = page.answer("caco", "member", "KZ");
        assertThat(russia.getDomAttribute("class")).contains("undetermined");
        assertThat(russia.getText()).contains("?", "undetermined");
        assertThat(kazakhstan.getText()).contains("✓", "yes");
        assertThat(russia.getCssValue("border-top-style")).isEqualTo("dashed").isNotEqualTo(kazakhstan.getCssValue("border-top-style"));
        WebElement reason = russia.findElement(By.xpath("following-sibling::p[@class='reason']"));
        assertThat(reason.getText()).contains("whether RU remains an observer under caco is not settled");
    }

    @Test
    void uzbekistansNoticeNotToBecomeAPartyEndsItsMembershipOfCaco() throws IOException {
        page.lookAt("2002-07-01").waitForStatusAsOf("2002-07-01");
        assertThat(page.answer("caco", "member", "UZ").getDomAttribute("data-value")).isEqualTo("yes");

        WebElement notice = page.addFact("non-participation-notice");
        page.fill(notice, Map.of("instrument", "caco-treaty-2002", "state", "UZ", "date", "2002-06-01")).evaluate();

        WebElement changes = page.changes();
        assertThat(changes.getText()).contains("caco · member · UZ");
        WebElement change = page.find("#changes button.change[data-key=\"caco|member|UZ\"]");
        assertThat(change.findElements(By.cssSelector(".badge"))).extracting(AnalystPage::text)
                .containsExactly("✓ yes since 2002-02-28", "✕ no");
        WebElement uzbekistan = page.answer("caco", "member", "UZ");
        assertThat(uzbekistan.getDomAttribute("data-value")).isEqualTo("no");
        assertThat(uzbekistan.getDomAttribute("class")).contains("changed");
        assertThat(uzbekistan.getText()).contains("was: yes since 2002-02-28");
        assertThat(page.answer("caco", "member", "KZ").getDomAttribute("class")).doesNotContain("changed");
        assertThat(page.find("#mode").getText()).contains("Scenario: 1 fact added");
        page.screenshots("02-what-if-changes", "#status");
        page.screenshots("03-what-if-uzbekistan-no-longer-a-member", "[data-organization=caco]");
    }

    @Test
    void anImpossibleDateOfAnAddedFactIsReportedNextToThatField() throws IOException {
        page.lookAt("2002-07-01").waitForStatusAsOf("2002-07-01");
        WebElement notice = page.addFact("non-participation-notice");
        page.fill(notice, Map.of("instrument", "caco-treaty-2002", "state", "UZ", "date", "2002-02-30")).evaluate();

        WebElement date = notice.findElement(By.name("date"));
        WebElement error = page.waitForErrorOf(date);
        assertThat(error.getText()).contains("'2002-02-30' is not a date");
        assertThat(date.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(date.getDomAttribute("aria-describedby")).contains(error.getDomAttribute("id"));
        assertThat(page.focused()).isEqualTo(date);
        assertThat(page.errorOf(notice.findElement(By.name("state"))).isDisplayed()).isFalse();
        page.screenshots("04-error-impossible-date", "#added-title");
    }

    @Test
    void anImpossibleDayToLookAtIsReportedNextToTheDateField() {
        page.lookAt("2002-13-01");

        WebElement error = page.waitForErrorOf(page.find("#as-of"));
        assertThat(error.getText()).contains("'2002-13-01' is not a day");
        assertThat(page.find("#as-of").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aScenarioSurvivesAReloadFromItsAddress() throws IOException {
        page.lookAt("2002-07-01").waitForStatusAsOf("2002-07-01");
        WebElement notice = page.addFact("non-participation-notice");
        page.fill(notice, Map.of("instrument", "caco-treaty-2002", "state", "UZ", "date", "2002-06-01"));
        page.removeRecordedFact("obs-ru").evaluate().changes();
        String address = page.address();
        assertThat(address).contains("#");

        page.openAddress(address).waitForStatusAsOf("2002-07-01");

        assertThat(page.dateField()).isEqualTo("2002-07-01");
        assertThat(page.find("#dataset").getDomProperty("value")).isEqualTo("central-asia");
        List<WebElement> added = page.addedFacts();
        assertThat(added).hasSize(1);
        WebElement restored = added.get(0);
        assertThat(restored.findElement(By.name("type")).getDomProperty("value")).isEqualTo("non-participation-notice");
        assertThat(restored.findElement(By.name("instrument")).getDomProperty("value")).isEqualTo("caco-treaty-2002");
        assertThat(restored.findElement(By.name("state")).getDomProperty("value")).isEqualTo("UZ");
        assertThat(restored.findElement(By.name("date")).getDomProperty("value")).isEqualTo("2002-06-01");
        assertThat(page.recordedFactToggle("obs-ru").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.changes().getText()).contains("caco · member · UZ");
        assertThat(page.answer("caco", "member", "UZ").getDomAttribute("class")).contains("changed");
        page.screenshots("05-scenario-reloaded", "#what-if");
    }

    @Test
    void theTimelineIsDrawnByTheVendoredChartLibraryAndMarksUncertainDates() throws IOException {
        page.lookAt("1998-03-15").waitForStatusAsOf("1998-03-15");

        assertThat(page.script("return typeof window.echarts === 'object' && echarts.version")).isEqualTo("5.3.1");
        assertThat(page.findAll("script[src]")).extracting(s -> s.getDomProperty("src"))
                .allSatisfy(src -> assertThat(src).startsWith("http://localhost:" + port + "/"));
        assertThat(page.findAll("#timeline-chart canvas")).isNotEmpty();
        page.screenshots("06-timeline-1998-03-15", "#timeline");

        page.click(page.find("#timeline summary"));
        WebElement membership = page.findAll("#timeline-table tbody tr").stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals("caec · member TJ"))
                .findFirst().orElseThrow();
        assertThat(membership.findElement(By.cssSelector(".uncertain")).getText()).contains("1998-03", "in March 1998");
        page.click(membership.findElement(By.tagName("button")));
        page.waitUntil(d -> !d.findElements(By.cssSelector("#why-body .tree .step")).isEmpty());
        page.expandAllSteps();
        assertThat(page.find("#why-body").getText()).contains("acc-ses-tj", "'In March 1998 the Republic of Tajikistan acceded to the Treaty'");
        page.screenshots("07-timeline-why-tajikistan", "#timeline");
    }

    @Test
    void inTheScenarioTheTimelineEndsUzbekistansMembershipOfCacoOnTheDayOfItsNotice() throws IOException {
        page.lookAt("2002-07-01").waitForStatusAsOf("2002-07-01").waitForTimelineOf("baseline").openTimelineTable();
        assertThat(page.timelineRows("caco · member UZ")).singleElement().satisfies(row ->
                assertThat(AnalystPage.cells(row)).startsWith("✓ yes", "2002-02-28", "still holds"));

        WebElement notice = page.addFact("non-participation-notice");
        page.fill(notice, Map.of("instrument", "caco-treaty-2002", "state", "UZ", "date", "2002-06-01")).evaluate();
        page.changes();
        page.waitForTimelineOf("scenario");

        assertThat(page.find("#timeline-mode").getText()).startsWith("Of the scenario (1 fact added, 0 removed)");
        assertThat(page.findAll("#timeline-legend .scenario-key")).allSatisfy(key -> assertThat(key.isDisplayed()).isTrue());
        WebElement uzbekistan = page.timelineRows("caco · member UZ").get(0);
        assertThat(page.timelineRows("caco · member UZ")).hasSize(1);
        assertThat(AnalystPage.cells(uzbekistan)).startsWith("✓ yes", "2002-02-28", "2002-06-01");
        assertThat(AnalystPage.cells(uzbekistan).get(3)).isEqualTo("△ differs; baseline: yes from 2002-02-28, still holding");
        assertThat(uzbekistan.getDomAttribute("data-diff")).isEqualTo("changed");
        assertThat(uzbekistan.findElement(By.tagName("th")).getText()).startsWith("△");
        assertThat(AnalystPage.cells(page.timelineRows("caco-treaty-2002 · provisionally UZ").get(0)))
                .startsWith("✓ yes", "2002-02-28", "2002-06-01");
        WebElement kazakhstan = page.timelineRows("caco · member KZ").get(0);
        assertThat(kazakhstan.getDomAttribute("data-diff")).isEqualTo("same");
        assertThat(AnalystPage.cells(kazakhstan)).contains("same");
        assertThat(page.find("#timeline-table-title").getText()).contains("2 intervals differ from the baseline");
        assertThat(page.find("#timeline-chart").getDomAttribute("aria-label")).contains("2 of them differ from the baseline");
        page.screenshots("08-timeline-scenario-uzbekistan", "#timeline");
        page.screenshots("09-timeline-scenario-table", "#timeline-table tr.differs");

        page.click(page.find("#reset-scenario"));
        page.waitForTimelineOf("baseline");
        assertThat(page.timelineRows("caco · member UZ")).singleElement().satisfies(row ->
                assertThat(AnalystPage.cells(row)).startsWith("✓ yes", "2002-02-28", "still holds"));
        assertThat(page.findAll("#timeline-legend .scenario-key")).noneSatisfy(key -> assertThat(key.isDisplayed()).isTrue());
    }

    @Test
    void theTajikMembershipOfMarch1998IsUndeterminedWithItsReason() {
        page.lookAt("1998-03-15").waitForStatusAsOf("1998-03-15");

        WebElement tajikistan = page.answer("caec", "member", "TJ");
        assertThat(tajikistan.getDomAttribute("data-value")).isEqualTo("undetermined");
        assertThat(tajikistan.findElement(By.xpath("following-sibling::p[@class='reason']")).getText())
                .contains("between 1998-03-01 and 1998-03-31");
        assertThat(page.find("#status-body [data-instrument=ses-treaty-1994] .eif .uncertain").getText())
                .contains("1994-04-30/1998-02-28");
    }
}
