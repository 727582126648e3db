package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.result.Explanation;
import compass.testing.Golden;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StatementPagesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "statement");
  private static final Path AE_QUOTA = Rendered.PLANS.resolve("ae-quota/ae-quota.comp");
  private final StatementPages pages = new StatementPages();

  /**
   * The content hash changes with every edit of the plan's comments, the CSS with every touch of
   * the layout: both are checked apart (the hash below, the layout by its screenshot).
   */
  private static String normalised(String html) {
    return html.replaceAll("[0-9a-f]{64}", "HASH")
        .replaceAll("(?s)<style>.*?</style>", "<style>STYLE</style>");
  }

  @Test
  void annOfTheAeQuotaPlan() {
    Rendered r = Rendered.of(AE_QUOTA, null);
    Golden.assertMatches(GOLDEN.resolve("ae-quota-ann.html"), normalised(pages.page(r.of("ann"))));
    Golden.assertMatches(
        GOLDEN.resolve("ae-quota-index.html"),
        normalised(
            pages.index(StatementIndex.of(r.statements().get(0).plan(), "USD", r.statements()))));
  }

  @Test
  void eachPeriodIsExplainedAsCompassExplainExplainsIt() {
    for (String plan :
        List.of("ae-quota", "multi-currency", "recoverable-draw", "sales-budget", "clawback")) {
      Path file = Rendered.PLANS.resolve(plan + "/" + plan + ".comp");
      Rendered r = Rendered.of(file, null);
      for (StatementModel s : r.statements()) {
        for (StatementModel.Period p : s.periods()) {
          compass.api.ExplainResult explain =
              compass.api.Compass.explain(
                  new compass.api.RunRequest(file, null, p.label(), true), s.participant().id());
          assertTrue(explain.ok(), explain.diagnostics()::toString);
          assertEquals(explain.explanation(), p.explanation(), plan + " " + s.participant());
        }
      }
    }
  }

  @Test
  void thePlanIsNamedWithItsVersionAndHash() {
    Rendered r = Rendered.of(AE_QUOTA, null);
    Document page = Jsoup.parse(pages.page(r.of("ann")));
    assertEquals("AE FY2027", page.selectFirst(".st-plan-name").text());
    assertEquals("3", page.selectFirst(".st-version").text());
    assertTrue(page.selectFirst(".st-hash").text().matches("[0-9a-f]{64}"));
    assertEquals("Ann Archer", page.selectFirst(".st-name").text()); // from the people file
    // attainment: Q1 bookings of ann are O-1001..O-1003 = 280,000 against a quota of 250,000
    Element q1 = page.selectFirst("section[data-period=2027-Q1]");
    assertEquals("1.12", q1.selectFirst("[data-attainment]").attr("data-attainment"));
    assertEquals("Attainment 112% of quota 250,000", q1.selectFirst(".st-attain-text").text());
    Element bar = q1.selectFirst("[role=progressbar]");
    assertEquals("100", bar.attr("aria-valuenow")); // full past quota
    assertEquals("112% of quota", bar.attr("aria-valuetext"));
  }

  @Test
  void theTeamComesFromThePeopleFile() {
    Rendered r = Rendered.of(Rendered.PLANS.resolve("sales-budget/sales-budget.comp"), null);
    StatementModel first = r.statements().get(0);
    Document page = Jsoup.parse(pages.page(first));
    assertEquals("ann", first.participant().id()); // people.csv: ann,ae,east
    assertEquals("east", page.selectFirst(".st-team").text());
    Document index =
        Jsoup.parse(pages.index(StatementIndex.of(first.plan(), "USD", r.statements())));
    assertEquals("Team", index.select("thead th").get(2).text());
    // ae-quota's people have no team: no such column
    Rendered ae = Rendered.of(AE_QUOTA, null);
    Document aeIndex =
        Jsoup.parse(
            pages.index(StatementIndex.of(ae.statements().get(0).plan(), "USD", ae.statements())));
    assertEquals(
        List.of("Participant", "Id", "Year to date (USD)"), aeIndex.select("thead th").eachText());
  }

  @Test
  void explanationSourcesNameFilesNotFolders() {
    assertEquals(
        "ae-quota.comp:35:3", StatementFormat.source("/home/analyst/plans/ae-quota.comp:35:3"));
    assertEquals("deals.csv:2", StatementFormat.source("deals.csv:2"));
    assertEquals("people.xlsx", StatementFormat.source("C:\\plans\\people.xlsx"));
  }

  @Test
  void theBodyIsTheStatementWithoutThePage() {
    Rendered r = Rendered.of(AE_QUOTA, "2027-Q1");
    String body = pages.body(r.of("ann"));
    assertTrue(body.strip().startsWith("<article class=\"st-statement\""), body);
    assertFalse(body.contains("<html"));
    assertTrue(pages.page(r.of("ann")).contains(body));
    assertTrue(pages.styles().strip().startsWith("<style>"));
    assertEquals(1, Jsoup.parse(body).select("section.st-period").size()); // --period 2027-Q1
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    Rendered r = Rendered.of(AE_QUOTA, null);
    for (String html :
        List.of(
            pages.page(r.of("ann")),
            pages.index(StatementIndex.of(r.statements().get(0).plan(), "USD", r.statements())))) {
      Document page = Jsoup.parse(html);
      assertEquals(0, page.select("script, link, img, iframe, object").size());
      assertEquals(
          "default-src 'none'; style-src 'unsafe-inline'",
          page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    }
  }

  @Test
  void valuesFromTheDataAreText() {
    String evil = "<script>alert(1)</script>";
    String attr = "\"><img src=x onerror=alert(1)>";
    BigDecimal ten = new BigDecimal("10.00");
    StatementModel model =
        new StatementModel(
            new StatementModel.Plan("Plan " + evil, "1 " + evil, "ab" + evil),
            new StatementModel.Participant(attr, evil, evil),
            "USD",
            ten,
            List.of(
                new StatementModel.Period(
                    "2027-Q1" + attr,
                    ten,
                    ten,
                    ten,
                    ten,
                    BigDecimal.ONE,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    List.of(
                        new StatementModel.Component(
                            evil, ten, List.of(new StatementModel.Line(attr, ten, evil)))),
                    new Explanation(evil, ten, attr, List.of(Explanation.leaf(evil))),
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    "2027-04-15" + evil,
                    null)));
    String html = pages.page(model);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    Document page = Jsoup.parse(html);
    assertEquals(0, page.select("script, img").size());
    assertEquals(evil, page.selectFirst(".st-name").text());
    assertEquals(evil, page.selectFirst(".st-team").text());
    assertEquals(attr, page.selectFirst(".st-id").text());
    assertEquals(attr, page.selectFirst("article").attr("data-participant"));
    assertNotNull(page.selectFirst(".st-note"));
    assertEquals(evil, page.selectFirst(".st-note").text());
    assertEquals(evil, page.selectFirst(".st-tree .st-label").text());
    assertTrue(page.title().contains(evil));
    StatementIndex index = StatementIndex.of(model.plan(), "USD", List.of(model));
    Document indexPage = Jsoup.parse(pages.index(index));
    assertEquals(0, indexPage.select("script, img").size());
    assertEquals(evil, indexPage.selectFirst("tbody th a").text());
    assertEquals(FileNames.href(attr), indexPage.selectFirst("tbody th a").attr("href"));
  }
}
