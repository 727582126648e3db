package compass.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Forecasts;
import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast in compass serve (issue 18 point 3): /forecast and /api/forecast show the figures of
 * {@link Forecasts}, the engine of {@code compass forecast}, computed here a second time directly.
 * The plan is the stdlib's sales budget with win rates (negotiation 40%); the multi-role plan of
 * {@link Fixture} has none.
 */
class ForecastHttpTest {
  static final Path EXAMPLE = Path.of("..", "stdlib-plans", "plans", "sales-budget");

  @TempDir static Path temp;

  static Path folder;
  static Path plan;
  static Dashboard dashboard;
  static String base;
  static String token;
  static String repId;
  static String repToken;
  static Fixture noRates;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    folder = temp.resolve("plan");
    plan = midYear(folder);
    Path share = temp.resolve("links");
    dashboard = Dashboard.start(new Dashboard.Options(plan, folder, null, 0, false, share));
    String url = dashboard.analystUrl();
    base = url.substring(0, url.indexOf("/?token="));
    token = Fixture.tokenOf(url);
    for (Dashboard.SharedLink l : dashboard.sharedLinks())
      if (l.kind().equals("rep") && repId == null) {
        repId = l.who();
        repToken = Fixture.tokenOf(l.url());
      }
    assertNotNull(repId, "a rep's shared link: " + dashboard.sharedLinks());
    noRates = new Fixture(temp.resolve("multi-role"), false);
  }

  /**
   * The stdlib's sales budget with win rates, copied to {@code folder} with the data as known at
   * mid-year: the deals closed by 2027-06-30 and the open ones, so that the forecast's default
   * as-of date (the last closed deal's) leaves the second half open. Returns the plan.
   */
  static Path midYear(Path folder) throws Exception {
    Files.createDirectories(folder);
    for (String name : List.of("sales-budget-forecast.comp", "people.csv", "budgets.csv"))
      Files.copy(EXAMPLE.resolve(name), folder.resolve(name));
    List<String> deals = new ArrayList<>();
    for (String line : Files.readAllLines(EXAMPLE.resolve("deals.csv")))
      if (deals.isEmpty()
          || line.contains(",negotiation,")
          || line.substring(line.lastIndexOf(',') + 1).compareTo("2027-06-30") <= 0)
        deals.add(line);
    Files.write(folder.resolve("deals.csv"), deals);
    return folder.resolve("sales-budget-forecast.comp");
  }

  @AfterAll
  static void stop() {
    dashboard.close();
    noRates.close();
  }

  static HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Forecast direct(int runs, long seed) {
    return direct(null, runs, seed);
  }

  static Forecast direct(java.time.LocalDate asOf, int runs, long seed) {
    Diagnostics diags = new Diagnostics();
    Forecast f = Forecasts.forecast(new Forecasts.Request(plan, folder, asOf, runs, seed), diags);
    assertNotNull(f, diags.all().toString());
    return f;
  }

  @Test
  void theApiGivesTheFiguresOfCompassForecast() throws Exception {
    HttpResponse<String> r = get("/api/forecast?runs=300&seed=7", token);
    assertEquals(200, r.statusCode(), r.body());
    Forecast f = direct(300, 7);
    Map<String, List<String>> got = DashboardHttpTest.fields(r.body());
    List<Forecast.Row> rows = new ArrayList<>(f.totals());
    rows.addAll(f.rows());
    assertTrue(f.totals().size() >= 2, "open periods and their total: " + f.totals());
    assertEquals(List.of("300"), got.get("runs"));
    assertEquals(List.of("7"), got.get("seed"));
    assertEquals(List.of(f.asOf().toString()), got.get("as_of"));
    assertEquals(column(rows, Forecast.Row::participant), got.get("participant"));
    assertEquals(column(rows, Forecast.Row::period), got.get("period"));
    assertEquals(money(rows, Forecast.Row::earnedSoFar), got.get("earned_so_far"));
    assertEquals(money(rows, Forecast.Row::stageWeighted), got.get("stage_weighted"));
    assertEquals(money(rows, Forecast.Row::mean), got.get("mean"));
    assertEquals(money(rows, Forecast.Row::p10), got.get("p10"));
    assertEquals(money(rows, Forecast.Row::p50), got.get("p50"));
    assertEquals(money(rows, Forecast.Row::p90), got.get("p90"));
    assertEquals(money(rows, Forecast.Row::allWon), got.get("all_won"));
    // money at the currency's fixed scale (USD: 2 digits), as the other routes write it
    for (String p50 : got.get("p50")) assertTrue(p50.matches("-?\\d+\\.\\d\\d"), p50);
    // the quantiles are ordered in every period and for every participant
    for (Forecast.Row row : rows) {
      assertTrue(row.p10().compareTo(row.p50()) <= 0, row.toString());
      assertTrue(row.p50().compareTo(row.p90()) <= 0, row.toString());
      assertTrue(row.earnedSoFar().compareTo(row.p10()) <= 0, row.toString());
    }
  }

  @Test
  void anAsOfDateIsTheCommandsAsOf() throws Exception {
    HttpResponse<String> r = get("/api/forecast?runs=50&as_of=2027-03-31", token);
    assertEquals(200, r.statusCode(), r.body());
    Forecast f = direct(java.time.LocalDate.of(2027, 3, 31), 50, 1);
    Map<String, List<String>> got = DashboardHttpTest.fields(r.body());
    assertEquals(List.of("2027-03-31"), got.get("as_of"));
    assertEquals(
        money(f.totals(), Forecast.Row::p50), got.get("p50").subList(0, f.totals().size()));
    assertEquals(4, f.totals().size(), "Q2, Q3, Q4 and their total: " + f.totals());
    HttpResponse<String> bad = get("/api/forecast?as_of=June", token);
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("as_of must be a date YYYY-MM-DD"), bad.body());
  }

  @Test
  void thePageDrawsTheFanOfTheSameFigures() throws Exception {
    HttpResponse<String> r = get("/forecast", token);
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("id=\"fan-chart\""), page);
    assertTrue(page.contains("data-fan="), page);
    assertTrue(page.contains("href=\"/forecast\""), "linked from the nav bar");
    Forecast f = direct(ForecastView.DEFAULT_RUNS, ForecastView.DEFAULT_SEED);
    for (Forecast.Row t : f.totals()) {
      String row = page.substring(page.indexOf("data-period=\"" + t.period() + "\""));
      row = row.substring(0, row.indexOf("</tr>"));
      assertTrue(row.contains(Money.show(t.p10(), "USD")), row);
      assertTrue(row.contains(Money.show(t.p50(), "USD")), row);
      assertTrue(row.contains(Money.show(t.p90(), "USD")), row);
      assertTrue(row.contains(Money.show(t.stageWeighted(), "USD")), row);
      assertTrue(row.contains(Money.show(t.earnedSoFar(), "USD")), row);
    }
  }

  @Test
  void aReloadOfThePageIsServedFromTheCache() throws Exception {
    ForecastView.Outcome first = dashboard.forecasts().get(200, 3);
    assertSame(first, dashboard.forecasts().get(200, 3), "the same runs and seed: kept");
    assertNotSame(first, dashboard.forecasts().get(200, 4), "another seed: computed");
    dashboard.data().reload(); // the files read again: forecast again
    assertNotSame(first, dashboard.forecasts().get(200, 3));
  }

  @Test
  void theTokenIsRequired() throws Exception {
    for (String route : List.of("/forecast", "/api/forecast", "/api/forecast?runs=10")) {
      assertEquals(401, get(route, null).statusCode(), route);
      assertEquals(401, get(route, "not-the-token").statusCode(), route);
    }
  }

  @Test
  void badRunsOrSeedIsA400WithTheReason() throws Exception {
    for (String bad : List.of("0", "-5", "abc", "20001", "1.5")) {
      HttpResponse<String> api = get("/api/forecast?runs=" + bad, token);
      assertEquals(400, api.statusCode(), bad);
      assertTrue(
          api.body().contains("runs must be a whole number from 1 to 20000, not \\\"" + bad),
          api.body());
      HttpResponse<String> page = get("/forecast?runs=" + bad, token);
      assertEquals(400, page.statusCode(), bad);
      assertTrue(page.body().contains("runs must be a whole number from 1 to 20000"), page.body());
    }
    assertEquals(400, get("/api/forecast?seed=x", token).statusCode());
    assertEquals(200, get("/api/forecast?runs=20&seed=-3", token).statusCode());
  }

  @Test
  void aRepSeesOnlyTheirOwnCouldBeEarned() throws Exception {
    assertEquals(403, get("/forecast", repToken).statusCode());
    assertEquals(403, get("/api/forecast", repToken).statusCode());
    HttpResponse<String> own = get("/", repToken);
    assertEquals(200, own.statusCode());
    String page = own.body();
    assertTrue(page.contains("id=\"could-be-earned\""), page);
    assertFalse(page.contains("href=\"/forecast\""), "no nav bar for a rep");
    Forecast f = direct(ForecastView.DEFAULT_RUNS, ForecastView.DEFAULT_SEED);
    String box = page.substring(page.indexOf("id=\"could-be-earned\""));
    box = box.substring(0, box.indexOf("</section>"));
    int rows = 0;
    for (Forecast.Row r : f.rows()) {
      if (!r.participant().equals(repId)) continue;
      rows++;
      String row = box.substring(box.indexOf("data-period=\"" + r.period() + "\""));
      row = row.substring(0, row.indexOf("</tr>"));
      for (var v : List.of(r.p10(), r.p50(), r.p90(), r.stageWeighted(), r.earnedSoFar()))
        assertTrue(row.contains(Money.show(v, "USD")), row);
    }
    assertTrue(rows >= 2, "open periods and their total");
    assertEquals(rows, box.split("data-period=").length - 1, "their rows only: " + box);
  }

  @Test
  void aPlanWithoutWinRatesSaysSoWithTheHint() throws Exception {
    HttpResponse<String> r = noRates.get("/forecast", noRates.token);
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("id=\"forecast-unavailable\""), page);
    assertTrue(page.contains("the plan gives no win rates for its stages"), page);
    assertTrue(page.contains("data-code=\"E0794\""), page);
    assertTrue(page.contains("Hint: declare them"), page);
    assertFalse(page.contains("data-fan="), page);
    HttpResponse<String> api = noRates.get("/api/forecast", noRates.token);
    assertEquals(422, api.statusCode(), api.body());
    assertTrue(api.body().contains("\"code\" : \"E0794\""), api.body());
    // a participant's page has no "could be earned" box then, and still opens
    HttpResponse<String> ann = noRates.get("/participant?id=ann", noRates.token);
    assertEquals(200, ann.statusCode());
    assertFalse(ann.body().contains("could-be-earned"), ann.body());
  }

  private static List<String> column(List<Forecast.Row> rows, Function<Forecast.Row, String> f) {
    return rows.stream().map(f).toList();
  }

  private static List<String> money(
      List<Forecast.Row> rows, Function<Forecast.Row, java.math.BigDecimal> f) {
    return rows.stream().map(r -> Money.fixed(f.apply(r), "USD")).toList();
  }
}
