package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.Forecast;
import compass.web.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * A rep's statement page with its "could be earned" box, opened from disk as {@code compass
 * statements} writes it, in a real headless browser (Debian's chromium, as DashboardBrowserTest):
 * the box is shown, labelled as a forecast, with the figures computed by hand (PipelinePlan); a
 * hostile name stays text. Leaves target/screenshots/statement-could-be-earned.png.
 */
class StatementForecastBrowserTest {
  static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  static final String EVIL = "<img src=x onerror=alert(1)>";

  @TempDir static Path temp;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.start("StatementForecastBrowserTest", 1100, 1600);
    if (browser == null) return;
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
  }

  @Test
  void theRepSeesWhatCouldBeEarnedLabelledAsAForecast() throws Exception {
    Assumptions.assumeTrue(browser != null, "no chromium or chromedriver");
    Path plan = PipelinePlan.write(temp, EVIL);
    Forecast f = PipelinePlan.forecast(plan);
    StatementModel ann = Rendered.of(plan, null).of("ann");
    Path page = temp.resolve("ann.html");
    Files.writeString(page, new StatementPages().page(ann, CouldBeEarned.of(f, "ann", Set.of())));
    browser.get(page.toUri().toString());

    WebElement box =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("could-be-earned")));
    assertEquals(
        "Could be earned a forecast, not pay",
        box.findElement(By.tagName("h2")).getText().replaceAll("\\s+", " "));
    assertEquals("2027-08-15", box.findElement(By.className("st-as-of")).getText());
    assertEquals("1,000", box.findElement(By.className("st-runs")).getText());
    assertEquals("7", box.findElement(By.className("st-seed")).getText());
    // per open period: earned so far, stage-weighted, P10, P50, P90 (PipelinePlan's deals):
    // Q3 100.00 | 10% x (1,000 + 50% x 2,000) = 200.00 | 100.00 (d2 lost) | 300.00 (d2 won);
    // Q4 0.00 | 10% x 20% x 4,000 = 80.00 | 0.00 | 0.00 | 400.00 (d3 won in 1 run in 5)
    assertEquals(
        List.of("2027-Q3", "100.00", "200.00", "100.00", "300.00"), cells(box, "2027-Q3", true));
    assertEquals(
        List.of("2027-Q4", "0.00", "80.00", "0.00", "0.00", "400.00"),
        cells(box, "2027-Q4", false));
    // the statement itself comes first, then the box, visibly apart (its own dashed border)
    WebElement statement = browser.findElement(By.cssSelector("article.st-statement"));
    assertTrue(box.getLocation().getY() > statement.getLocation().getY());
    assertEquals("dashed", box.getCssValue("border-top-style"));
    // the hostile name is the statement's heading, as text; no script ran
    assertEquals(EVIL, browser.findElement(By.className("st-name")).getText());
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView()", box);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve("statement-could-be-earned.png"), png);
  }

  /** A period's row as shown; the P50 of Q3 (100.00 or 300.00: about half the runs) left out. */
  private static List<String> cells(WebElement box, String period, boolean skipP50) {
    WebElement row = box.findElement(By.cssSelector("tr[data-period='" + period + "']"));
    List<String> out = new java.util.ArrayList<>();
    for (WebElement c : row.findElements(By.cssSelector("th, td")))
      if (!(skipP50 && c.getAttribute("class").contains("st-p50"))) out.add(c.getText());
    return out;
  }
}
