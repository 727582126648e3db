package compass.web.server;

import static compass.web.server.Fixture.EVIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.web.HeadlessChromium;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless browser: Debian's chromium driven by its chromedriver (given by
 * path, so Selenium Manager never goes online), one browser for the class. Every figure checked is
 * computed apart through the api, as {@code compass run} computes it. Each test leaves a screenshot
 * in target/screenshots/.
 */
class DashboardBrowserTest {
  static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  @TempDir static Path temp;
  static Fixture f;
  static WebDriver browser;
  static RunResult run;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.start("DashboardBrowserTest", 1400, 1600);
    if (browser == null) return;
    f = new Fixture(temp, true);
    run = Compass.run(new RunRequest(f.plan, f.folder, null, true));
    assertTrue(run.ok(), run.diagnostics().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (f != null) f.close();
  }

  private static void needBrowser() {
    Assumptions.assumeTrue(browser != null, "no chromium or chromedriver: see the message above");
  }

  private static WebElement wait(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static String money(BigDecimal v) {
    return Money.show(v, run.currency());
  }

  @Test
  void fromTheDashboardToAParticipantEveryFigureIsCompassRuns() throws Exception {
    needBrowser();
    browser.get(f.dashboard.analystUrl());
    assertEquals(money(Fixture.total(run)) + " " + run.currency(), wait(By.id("total")).getText());
    assertTrue(!browser.getCurrentUrl().contains("token="), "the token leaves the address bar");
    screenshot("dashboard");

    browser.findElement(By.cssSelector("#participants")).findElement(By.linkText("ann")).click();
    assertEquals("ann", wait(By.id("participant-name")).getText());
    List<StatementRow> rows =
        run.rows().stream().filter(r -> r.participant().equals("ann")).toList();
    BigDecimal year = BigDecimal.ZERO;
    for (StatementRow r : rows) year = year.add(r.payout());
    assertEquals(money(year) + " " + run.currency(), wait(By.id("participant-total")).getText());
    List<WebElement> periods = browser.findElements(By.cssSelector("#statement tbody.period"));
    assertEquals(rows.size(), periods.size());
    for (int i = 0; i < rows.size(); i++) {
      StatementRow r = rows.get(i);
      WebElement period = periods.get(i);
      List<WebElement> cells = period.findElements(By.cssSelector("tr.row td"));
      assertEquals(r.period(), cells.get(0).getText());
      List<String> shown = new ArrayList<>();
      for (WebElement c : cells.subList(1, 8)) shown.add(c.getText());
      assertEquals(
          List.of(
              money(r.payout()),
              money(r.ytd()),
              money(r.earned()),
              money(r.payable()),
              money(r.held()),
              money(r.drawBalance()),
              money(r.owed())),
          shown,
          r.period());
      // drill down: the period's lines, each with its deal and how it was computed
      period.findElement(By.cssSelector("button.open")).click();
      List<String> expected = new ArrayList<>(), served = new ArrayList<>();
      for (LineItem l : run.lines())
        if (l.participant().equals("ann") && l.period().equals(r.period()))
          expected.add(l.component() + "|" + l.deal() + "|" + money(l.amount()));
      for (WebElement line : period.findElements(By.cssSelector("tr.line"))) {
        List<WebElement> c = line.findElements(By.tagName("td"));
        served.add(c.get(0).getText() + "|" + c.get(1).getText() + "|" + c.get(2).getText());
      }
      assertEquals(expected, served, r.period() + " lines");
    }
    screenshot("participant-drill-down");
  }

  @Test
  void aWhatIfShowsThePayoutAndTheDelta() throws Exception {
    needBrowser();
    BigDecimal[] totals = f.totalsWithDeal(temp, "W1,ann,sid,50000,100%,0%,closed_won,2027-03-20");
    browser.get(f.dashboard.analystUrl());
    wait(By.id("wi-owner")).sendKeys("ann");
    browser.findElement(By.id("wi-amount")).sendKeys("50000");
    browser.findElement(By.id("wi-date")).sendKeys("2027-03-20");
    browser.findElement(By.id("wi-with")).sendKeys("sdr = sid, owner_share = 100%, sdr_share = 0%");
    browser.findElement(By.id("wi-run")).click();
    String answer = wait(By.id("what-if-answer")).getText();
    assertTrue(answer.contains("Plan-year payout"), answer);
    assertEquals(money(totals[0]), wait(By.id("wi-before")).getText());
    assertEquals(money(totals[1]), browser.findElement(By.id("wi-after")).getText());
    assertEquals(
        Money.signed(totals[1].subtract(totals[0]), run.currency()),
        browser.findElement(By.id("wi-delta")).getText());
    // nothing stored: the dashboard's total is the run's
    assertEquals(
        money(totals[0]) + " " + run.currency(), browser.findElement(By.id("total")).getText());
    screenshot("what-if");
  }

  @Test
  void aRepsSharedLinkOpensTheirPageAndNothingElse() throws Exception {
    needBrowser();
    browser.get(f.links().get("rep ann"));
    assertEquals("ann", wait(By.id("participant-name")).getText());
    assertTrue(browser.findElements(By.id("what-if")).isEmpty(), "no what-if for a rep");
    screenshot("shared-rep");
    browser.get(f.base + "/participant?id=bob");
    assertEquals("Not found", wait(By.tagName("h1")).getText());
    browser.get(f.base + "/history");
    assertTrue(browser.getPageSource().contains("This link does not open this page."));
    browser.get(f.base + "/api/summary");
    assertTrue(browser.getPageSource().contains("this link does not open this page"));
    browser.get(f.base + "/");
    assertEquals("ann", wait(By.id("participant-name")).getText());
    screenshot("shared-rep-refused");
  }

  @Test
  void aHostileNameIsShownAsText() throws Exception {
    needBrowser();
    browser.get(f.dashboard.analystUrl());
    wait(By.id("participants")).findElement(By.linkText(EVIL)).click();
    assertEquals(EVIL, wait(By.id("participant-name")).getText());
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    screenshot("hostile-name");
  }

  @Test
  void theForecastDrawsItsFanChart() throws Exception {
    needBrowser();
    Path folder = temp.resolve("forecast");
    Path plan = ForecastHttpTest.midYear(folder);
    try (Dashboard d = Dashboard.start(new Dashboard.Options(plan, folder, null, 0, false, null))) {
      String url = d.analystUrl();
      browser.get(url.replace("/?token=", "/forecast?token="));
      assertTrue(wait(By.cssSelector("#fan-chart canvas")).isDisplayed(), "uPlot drew the fan");
      assertTrue(
          wait(By.id("forecast-totals")).getText().contains("2027-Q3"),
          "an open period's row: " + browser.getPageSource());
      screenshot("forecast");
    }
  }
}
