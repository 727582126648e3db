package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.Forecast;
import compass.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rep's "could be earned" on their statement page (issue 18): the forecast's figures for their
 * open periods, computed here by hand, and labelled as a forecast with its as-of date, runs and
 * seed.
 */
class CouldBeEarnedTest {
  @TempDir Path dir;
  private final StatementPages pages = new StatementPages();

  private Document annsPage(String name, Set<String> paid) throws IOException {
    Path plan = PipelinePlan.write(dir, name);
    Forecast f = PipelinePlan.forecast(plan);
    StatementModel ann = Rendered.of(plan, null).of("ann");
    return Jsoup.parse(pages.page(ann, CouldBeEarned.of(f, "ann", paid)));
  }

  private static String cell(Element box, String period, String column) {
    return box.selectFirst("tr[data-period=" + period + "] ." + column).text();
  }

  @Test
  void theBoxHasTheHandComputedFiguresOfTheRepsOpenPeriods() throws IOException {
    Element box = annsPage("Ann Archer", Set.of()).getElementById("could-be-earned");
    // Q3: earned d1, 10% x 1,000 = 100.00; stage-weighted 10% x (1,000 + 50% x 2,000) = 200.00;
    // a run pays 100.00 (d2 lost) or 300.00 (d2 won), each about half of 1,000 runs: P10 100.00,
    // P90 300.00
    assertEquals("100.00", cell(box, "2027-Q3", "st-so-far"));
    assertEquals("200.00", cell(box, "2027-Q3", "st-weighted"));
    assertEquals("100.00", cell(box, "2027-Q3", "st-p10"));
    assertEquals("300.00", cell(box, "2027-Q3", "st-p90"));
    // Q4: nothing earned; stage-weighted 10% x 20% x 4,000 = 80.00; a run pays 0.00 or 400.00
    // (d3 won in 1 run in 5: more than 1 in 10, so P90 is 400.00, P10 and P50 0.00)
    assertEquals("0.00", cell(box, "2027-Q4", "st-so-far"));
    assertEquals("80.00", cell(box, "2027-Q4", "st-weighted"));
    assertEquals("0.00", cell(box, "2027-Q4", "st-p10"));
    assertEquals("0.00", cell(box, "2027-Q4", "st-p50"));
    assertEquals("400.00", cell(box, "2027-Q4", "st-p90"));
    assertEquals(2, box.select("tbody tr").size()); // the open periods only
    // labelled as a forecast, with what it is
    assertEquals("Could be earned a forecast, not pay", box.selectFirst("h2").text());
    assertEquals("2027-08-15", box.attr("data-as-of"));
    assertEquals("2027-08-15", box.selectFirst(".st-as-of").text());
    assertEquals("1,000", box.selectFirst(".st-runs").text());
    assertEquals("7", box.selectFirst(".st-seed").text());
    assertTrue(box.text().contains("None of it is owed or paid"), box.text());
  }

  @Test
  void aPeriodTheLedgerRecordsAsPaidIsNotForecast() throws IOException {
    Element box = annsPage("Ann Archer", Set.of("2027-Q3")).getElementById("could-be-earned");
    assertEquals(List.of("2027-Q4"), box.select("tbody tr").eachAttr("data-period"));
    Path plan = PipelinePlan.write(dir, "Ann");
    assertNull(CouldBeEarned.of(PipelinePlan.forecast(plan), "ann", Set.of("2027-Q3", "2027-Q4")));
  }

  @Test
  void withoutAForecastThePageIsTheStatementAlone() throws IOException {
    Path plan = PipelinePlan.write(dir, "Ann");
    StatementModel ann = Rendered.of(plan, null).of("ann");
    assertEquals(pages.page(ann), pages.page(ann, null));
    assertNull(Jsoup.parse(pages.page(ann)).getElementById("could-be-earned"));
  }

  @Test
  void aHostileNameStaysText() throws IOException {
    Document page = annsPage("<img src=x onerror=alert(1)>", Set.of());
    assertTrue(page.select("img").isEmpty(), "no element made from the name");
    assertEquals("<img src=x onerror=alert(1)>", page.selectFirst(".st-name").text());
    assertTrue(page.getElementById("could-be-earned") != null);
  }

  /** The box's markup, reviewed in git diff (-Dgolden.update=true rewrites it). */
  @Test
  void theBoxsMarkup() throws IOException {
    Element box = annsPage("Ann Archer", Set.of()).getElementById("could-be-earned");
    Golden.assertMatches(
        Path.of("src", "test", "resources", "statement", "could-be-earned-ann.html"),
        box.outerHtml() + "\n");
  }
}
